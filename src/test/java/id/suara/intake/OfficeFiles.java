package id.suara.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office documents (ZIP containers) built in memory, benign and hostile, for attachment tests. */
final class OfficeFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>""";

    private static byte[] zipBomb;

    private OfficeFiles() {}

    /** A minimal Word document. */
    static byte[] docx() {
        return ooxml("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Jalan desa rusak</w:t></w:r></w:p></w:body></w:document>""");
    }

    /** A minimal Excel workbook. */
    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");
    }

    /** A minimal PowerPoint presentation: OOXML, but not a type Suara accepts. */
    static byte[] pptx() {
        return ooxml("ppt/presentation.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>""");
    }

    /** A minimal OpenDocument text: the uncompressed {@code mimetype} entry first, as the standard requires. */
    static byte[] odt() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            var mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>""");
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A Word document whose body unpacks to 200 MB of zeros, about 200 KB packed: written through the deflater in
     * chunks, so neither the test nor its memory ever holds the 200 MB.
     */
    static synchronized byte[] zipBombDocx() {
        if (zipBomb == null) {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                put(zip, "[Content_Types].xml", CONTENT_TYPES);
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                var zeros = new byte[1 << 20];
                for (int i = 0; i < 200; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            zipBomb = bytes.toByteArray();
        }
        return zipBomb.clone();
    }

    /** A Word document with {@code count} extra entries of {@code size} zero bytes each. */
    static byte[] docxWithEntries(int count, int size) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "word/document.xml", "<w:document/>");
            var zeros = new byte[size];
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".bin"));
                zip.write(zeros);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Word document with one more entry of the given name and content. */
    static byte[] docxWith(String entryName, byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "word/document.xml", "<w:document/>");
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] ooxml(String mainPart, String content) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""");
            put(zip, mainPart, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
