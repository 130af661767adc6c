package id.suara.test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads issued PDFs as a person would: their text, their first page as a picture, and the QR code on it. */
public final class PdfFiles {

    private PdfFiles() {}

    /** The text, as PDFBox extracts it. */
    public static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text as a PDF reader copies it: without PDFBox's folding of ligatures such as "ﬁ" into "fi". */
    public static String rawText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    var raw = new StringBuilder();
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    super.writeString(raw.toString(), positions);
                }
            };
            return stripper.getText(document);
        }
    }

    /** How many pages it has. */
    public static int pages(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** A PNG of the first page, kept under target/documents for people to look at. */
    public static BufferedImage keepFirstPageAsPng(byte[] pdf, String name) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            var directory = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(image, "png", directory.resolve(name + ".png").toFile());
            return image;
        }
    }

    /** A PNG of the page at {@code index} (0 is the first), kept under target/documents for people to look at. */
    public static BufferedImage keepPageAsPng(byte[] pdf, int index, String name) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(index, 150);
            var directory = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(image, "png", directory.resolve(name + ".png").toFile());
            return image;
        }
    }

    /** The text of the page at {@code index} (0 is the first), as PDFBox extracts it. */
    public static String pageText(byte[] pdf, int index) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            return stripper.getText(document);
        }
    }

    /** A PNG of the last page, kept under target/documents: where a letter's signature, initials and QR code are. */
    public static BufferedImage keepLastPageAsPng(byte[] pdf, String name) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
            var directory = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(image, "png", directory.resolve(name + ".png").toFile());
            return image;
        }
    }

    /**
     * What the QR code printed on the page says, read as a phone would: trying harder, and, where one reading of the
     * 150 dpi page gets a module wrong (a checksum error for some codes' patterns), reading it again with the other
     * binarizer and at twice the size, as a phone reads the next frame.
     */
    public static String qrCodeOn(BufferedImage page) throws Exception {
        Exception last = null;
        for (var image : List.of(page, twiceAsLarge(page))) {
            var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            for (var bitmap : List.of(
                    new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText();
                } catch (ChecksumException | FormatException | NotFoundException e) {
                    last = e;
                }
            }
        }
        throw last;
    }

    private static BufferedImage twiceAsLarge(BufferedImage page) {
        var large = new BufferedImage(page.getWidth() * 2, page.getHeight() * 2, BufferedImage.TYPE_INT_RGB);
        var graphics = large.createGraphics();
        graphics.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(page, 0, 0, large.getWidth(), large.getHeight(), null);
        graphics.dispose();
        return large;
    }
}
