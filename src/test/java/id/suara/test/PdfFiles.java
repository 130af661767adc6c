package id.suara.test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
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

    /** A PNG of the last page, kept under target/documents: where a letter's signature, initials and QR code are. */
    public static BufferedImage keepLastPageAsPng(byte[] pdf, String name) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var image = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
            var directory = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(image, "png", directory.resolve(name + ".png").toFile());
            return image;
        }
    }

    /** What the QR code printed on the page says, read as a phone would. */
    public static String qrCodeOn(BufferedImage page) throws Exception {
        var pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        // trying harder, as a phone's reader does: without it some positions of the code on the page are not found
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
