package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.shared.InvalidInputException;
import id.suara.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the attachment store keeps and refuses, without a database: types from the bytes, office documents walked for zip
 * bombs and nested archives, and file names that cannot hurt whoever downloads them.
 */
class AttachmentSafetyTest {

    @TempDir
    Path directory;

    AttachmentStore store() {
        return new AttachmentStore(new IntakeSettings(directory, 10, 10 * 1024 * 1024, 25 * 1024 * 1024));
    }

    record Upload(String originalName, String declaredType, byte[] content) implements IncomingFile {

        @Override
        public long size() {
            return content.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    // ---- Office documents --------------------------------------------------------------------------------------

    @Test
    void keepsWordDocumentAsDocx() {
        var stored = store().store(new Upload("surat.docx", OfficeFiles.DOCX, OfficeFiles.docx()), "files[0]");

        assertThat(stored.mediaType()).isEqualTo(OfficeFiles.DOCX);
        assertThat(stored.fileName()).isEqualTo("surat.docx");
    }

    @Test
    void tellsWordFromExcelByTheContentsWhenTheTypeIsNotDeclared() {
        var word = store().store(new Upload("surat", "application/octet-stream", OfficeFiles.docx()), "files[0]");
        var excel = store().store(new Upload("tabel", null, OfficeFiles.xlsx()), "files[1]");

        assertThat(word.mediaType()).isEqualTo(OfficeFiles.DOCX);
        assertThat(word.fileName()).isEqualTo("surat.docx");
        assertThat(excel.mediaType()).isEqualTo(OfficeFiles.XLSX);
        assertThat(excel.fileName()).isEqualTo("tabel.xlsx");
    }

    @Test
    void keepsOpenDocumentText() {
        var stored = store().store(new Upload("surat.odt", OfficeFiles.ODT, OfficeFiles.odt()), "files[0]");

        assertThat(stored.mediaType()).isEqualTo(OfficeFiles.ODT);
    }

    @Test
    void refusesWorkbookDeclaredAsWordDocument() {
        assertRefused(new Upload("surat.docx", OfficeFiles.DOCX, OfficeFiles.xlsx()), "declared as");
    }

    @Test
    void refusesPresentationThoughItIsOoxml() {
        assertRefused(new Upload("slide.docx", OfficeFiles.DOCX, OfficeFiles.pptx()), "not accepted");
    }

    @Test
    void refusesZipBombDocxWithoutUnpackingIt() {
        var bomb = OfficeFiles.zipBombDocx();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertRefused(new Upload("bom.docx", OfficeFiles.DOCX, bomb), "packed more than 100 times");
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @Test
    void refusesDocumentUnpackingToMoreThanFiftyMegabytesInSmallEntries() {
        // 600 entries of 99 KB zeros: each below the ratio's grace, together 58 MB
        var many = OfficeFiles.docxWithEntries(600, 99 * 1024);
        assertThat(many.length).isLessThan(2 * 1024 * 1024);

        assertRefused(new Upload("banyak.docx", OfficeFiles.DOCX, many), "unpacks to more than");
    }

    @Test
    void refusesDocumentWithMoreThanAThousandEntries() {
        assertRefused(
                new Upload("banyak.docx", OfficeFiles.DOCX, OfficeFiles.docxWithEntries(1000, 1)),
                "more than 1000 entries");
    }

    @Test
    void keepsDocumentWithManyImagesWithinTheLimits() {
        var stored = store().store(
                        new Upload("album.docx", OfficeFiles.DOCX, OfficeFiles.docxWithEntries(900, 1024)), "files[0]");

        assertThat(stored.mediaType()).isEqualTo(OfficeFiles.DOCX);
    }

    @Test
    void refusesDocumentWithAnArchiveInside() {
        assertRefused(
                new Upload(
                        "surat.docx",
                        OfficeFiles.DOCX,
                        OfficeFiles.docxWith("word/embeddings/lampiran.bin", TestFiles.zipWithExecutable())),
                "holds another archive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../evil.sh", "word/../../evil.sh", "word\\..\\..\\evil.sh"})
    void refusesDocumentWithEntryLeavingItsFolder(String entry) {
        assertRefused(
                new Upload("surat.docx", OfficeFiles.DOCX, OfficeFiles.docxWith(entry, "x".getBytes())),
                "leaves its folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/cron.d/evil", "\\windows\\evil.dll", "C:/evil.dll", "c:\\evil.dll"})
    void refusesDocumentWithEntryAtAnAbsolutePath(String entry) {
        assertRefused(
                new Upload("surat.docx", OfficeFiles.DOCX, OfficeFiles.docxWith(entry, "x".getBytes())),
                "absolute path");
    }

    @Test
    void refusesPlainZipArchiveEvenNamedAndDeclaredAsDocx() {
        assertRefused(new Upload("surat.docx", OfficeFiles.DOCX, TestFiles.zipWithExecutable()), "application/zip");
    }

    @Test
    void refusesPlainZipArchive() {
        assertRefused(new Upload("arsip.zip", "application/zip", TestFiles.zipWithExecutable()), "application/zip");
    }

    @Test
    void refusesTruncatedDocument() {
        var docx = OfficeFiles.docx();
        var truncated = java.util.Arrays.copyOf(docx, docx.length - 40);

        assertRefused(new Upload("surat.docx", OfficeFiles.DOCX, truncated), "cannot be read");
    }

    // ---- Types that can carry script ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"image/svg+xml", "image/png", "application/octet-stream"})
    void refusesSvgHoweverItIsDeclared(String declared) {
        var svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)">\
                <script>alert(1)</script><circle r="4"/></svg>""".getBytes(StandardCharsets.UTF_8);

        assertRefused(new Upload("peta.svg", declared, svg), "not accepted");
    }

    @Test
    void refusesHtmlPage() {
        assertRefused(new Upload("surat.html", "text/html", TestFiles.html()), "not accepted");
    }

    @Test
    void refusesPngCarryingHtmlWhenDeclaredAsHtml() {
        assertRefused(new Upload("foto.html", "text/html", pngWithHtml()), "declared as text/html");
    }

    @Test
    void keepsPngCarryingHtmlOnlyAsAnImageNamedAsOne() {
        var stored = store().store(new Upload("foto.html", "image/png", pngWithHtml()), "files[0]");

        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.fileName()).isEqualTo("foto.html.png");
    }

    @Test
    void keepsPdfCarryingHtmlOnlyAsPdf() {
        var stored = store().store(new Upload("surat.pdf", null, pdfWithHtml()), "files[0]");

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
    }

    // ---- File names --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "C:\\x\\..\\evil.pdf | evil.pdf",
                "..\\..\\windows\\system32\\evil.pdf | evil.pdf",
                "../../etc/passwd | passwd",
                "/etc/passwd.pdf | passwd.pdf",
                "\\\\server\\share\\evil.pdf | evil.pdf",
                "surat.pdf. . . | surat.pdf",
                "... | lampiran",
                "CON | _CON",
                "nul.pdf | _nul.pdf",
                "LPT1.txt.pdf | _LPT1.txt.pdf",
                "console.pdf | console.pdf",
                "foto jalan (1).pdf | foto jalan _1_.pdf",
                "Surat Bu Sri—Kebumen.pdf | Surat Bu Sri_Kebumen.pdf",
                "ﬁle.pdf | file.pdf",
                "..%2F..%2Fevil.pdf | _2F._2Fevil.pdf",
                "surat..pdf | surat.pdf"
            })
    void sanitisesFileNames(String name, String expected) {
        assertThat(AttachmentStore.sanitiseName(name)).isEqualTo(expected);
    }

    @Test
    void neutralisesRightToLeftOverrideThatDisguisesTheExtension() {
        var name = AttachmentStore.nameFor("invoice\u202Efdp.exe", "application/pdf");

        assertThat(name).isEqualTo("invoice_fdp.exe.pdf").doesNotContain("\u202E");
    }

    @Test
    void replacesNulAndOtherControlCharacters() {
        assertThat(AttachmentStore.nameFor("surat.pdf\u0000.html", "application/pdf"))
                .isEqualTo("surat.pdf_.html.pdf");
        assertThat(AttachmentStore.sanitiseName("a\u0007b\u001Bc\nd\u2066e\uFEFFf.pdf"))
                .isEqualTo("a_b_c_d_e_f.pdf");
    }

    @Test
    void shortensVeryLongNamesKeepingTheExtension() {
        var name = AttachmentStore.nameFor("a".repeat(10_000) + ".pdf", "application/pdf");

        assertThat(name).hasSize(120).endsWith("a.pdf");
    }

    @Test
    void shortensVeryLongNamesWithoutExtensionAndAddsOne() {
        var name = AttachmentStore.nameFor("ä".repeat(500), "image/png");

        assertThat(name).hasSize(120).endsWith("ä.png");
    }

    @Test
    void addsTheDetectedTypesExtensionWhenTheNameLacksIt() {
        assertThat(AttachmentStore.nameFor("foto", "image/jpeg")).isEqualTo("foto.jpg");
        assertThat(AttachmentStore.nameFor("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
        assertThat(AttachmentStore.nameFor("surat.pdf", "image/png")).isEqualTo("surat.pdf.png");
        assertThat(AttachmentStore.nameFor(null, "application/pdf")).isEqualTo("lampiran.pdf");
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private void assertRefused(Upload upload, String reason) {
        assertThatThrownBy(() -> store().store(upload, "files[3]"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("files[3]"));
        assertThat(filesLeft()).as("files left behind").isZero();
    }

    private long filesLeft() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] pngWithHtml() {
        var png = TestFiles.png();
        var html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        var bytes = java.util.Arrays.copyOf(png, png.length + html.length);
        System.arraycopy(html, 0, bytes, png.length, html.length);
        return bytes;
    }

    static byte[] pdfWithHtml() {
        return ("%PDF-1.4\n<html><head><script>alert(document.cookie)</script></head>"
                        + "<body><img src=x onerror=alert(1)></body></html>\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
