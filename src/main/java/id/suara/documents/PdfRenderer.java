package id.suara.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a document's Thymeleaf template (always in Indonesian, the language of official documents) to PDF with
 * openhtmltopdf, in DejaVu Sans (shipped in the jar, so every character a citizen can type is printed on any machine).
 */
@Component
class PdfRenderer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The embedded font's files by weight. */
    private static final Map<Integer, String> FONTS =
            Map.of(400, "documents/fonts/DejaVuSans.ttf", 700, "documents/fonts/DejaVuSans-Bold.ttf");

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    PdfRenderer(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    byte[] render(DocumentType type, Map<String, Object> variables) {
        // official documents are in Indonesian whatever the reader's language; @pageFormat reads the locale from here
        var readers = LocaleContextHolder.getLocaleContext();
        String html;
        try {
            LocaleContextHolder.setLocale(INDONESIAN);
            var context = new Context(INDONESIAN, variables);
            // lets templates use beans (@pageFormat) as pages do
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, null));
            html = templates.process(type.template(), context);
        } finally {
            LocaleContextHolder.setLocaleContext(readers);
        }
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            FONTS.forEach((weight, file) -> {
                var resource = new ClassPathResource(file);
                builder.useFont(
                        () -> {
                            try {
                                return resource.getInputStream();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        "DejaVu Sans",
                        weight,
                        FontStyle.NORMAL,
                        true);
            });
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered", e);
        }
        return pdf.toByteArray();
    }

    /** A QR code of {@code text} as a PNG data URI, for an {@code img} in a template. */
    static String qrCode(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            int scale = 4;
            var image = new BufferedImage(
                    matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for this text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
