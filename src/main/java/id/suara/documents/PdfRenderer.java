package id.suara.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.suara.institution.Institution;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiPredicate;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The template is the institution's own when its administrator changed it (run in the {@link TemplateSandbox}), else the
 * one shipped with Suara. A PDF loads nothing from outside its HTML: only {@code data:} URIs (the QR code, the emblem);
 * no file, no web address.
 */
@Component
class PdfRenderer {

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The embedded font's files by weight. */
    private static final Map<Integer, String> FONTS =
            Map.of(400, "documents/fonts/DejaVuSans.ttf", 700, "documents/fonts/DejaVuSans-Bold.ttf");

    /** Parsed fonts not in use by a document now (see {@link #parsedFonts()}). */
    private final Queue<Map<Integer, TrueTypeFont>> idleFonts = new ConcurrentLinkedQueue<>();

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final TemplateSandbox sandbox;
    private final TemplateVersions versions;

    PdfRenderer(
            ITemplateEngine templates,
            ApplicationContext application,
            TemplateSandbox sandbox,
            TemplateVersions versions) {
        this.templates = templates;
        this.application = application;
        this.sandbox = sandbox;
        this.versions = versions;
    }

    /** A rendered document and the version of the institution's template that printed it; null: the shipped one. */
    record Rendered(byte[] pdf, Integer templateVersion) {}

    /**
     * The document of this type for the institution, from its current template. Should the institution's template fail
     * on this document's data (its text was checked with sample data only), the shipped template prints it instead and
     * the failure is logged: a document is never refused because of its layout.
     */
    Rendered render(Institution institution, DocumentType type, Map<String, Object> variables) {
        var own = versions.current(institution.id(), type);
        if (own.isPresent()) {
            try {
                var html = sandbox.processStored(own.get().id(), variables);
                return new Rendered(pdf(html, new ArrayList<>()), own.get().version());
            } catch (RuntimeException failed) {
                log.warn(
                        "Version {} of {}'s {} template failed; the shipped template prints this document: {}",
                        own.get().version(),
                        institution.code(),
                        type,
                        failed.getMessage());
            }
        }
        return new Rendered(pdf(shipped(type, variables), new ArrayList<>()), null);
    }

    /**
     * A PDF of a shipped template that is not an issued document (a blank form printed to be filled by hand), so never
     * the institution's own version of a document type.
     */
    byte[] renderShipped(String template, Map<String, Object> variables) {
        return pdf(shipped(template, variables), new ArrayList<>());
    }

    /** The HTML of the shipped template of this type. */
    private String shipped(DocumentType type, Map<String, Object> variables) {
        return shipped(type.template(), variables);
    }

    /** The HTML of a shipped template under {@code templates/}. */
    private String shipped(String template, Map<String, Object> variables) {
        // official documents are in Indonesian whatever the reader's language; @pageFormat reads the locale from here
        var readers = LocaleContextHolder.getLocaleContext();
        try {
            LocaleContextHolder.setLocale(INDONESIAN);
            var context = new Context(INDONESIAN, variables);
            // lets the shipped templates use beans (@pageFormat) as pages do
            context.setVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, null));
            return templates.process(template, context);
        } finally {
            LocaleContextHolder.setLocaleContext(readers);
        }
    }

    /**
     * The PDF of a document's HTML. Every resource it names other than a {@code data:} URI is refused and added to
     * {@code refused}, unloaded.
     */
    byte[] pdf(String html, List<String> refused) {
        var pdf = new ByteArrayOutputStream();
        var fonts = idleFonts.poll();
        if (fonts == null) {
            fonts = parsedFonts();
        }
        try (var document = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (var font : fonts.entrySet()) {
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(document, font.getValue(), true)),
                        "DejaVu Sans",
                        font.getKey(),
                        FontStyle.NORMAL,
                        true);
            }
            BiPredicate<String, ExternalResourceType> onlyData = (uri, kind) -> {
                if (uri != null && uri.regionMatches(true, 0, "data:", 0, 5)) {
                    return true;
                }
                synchronized (refused) {
                    refused.add(uri);
                }
                return false;
            };
            builder.useExternalResourceAccessControl(
                    onlyData, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(onlyData, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be rendered", e);
        } finally {
            idleFonts.offer(fonts);
        }
        return pdf.toByteArray();
    }

    /**
     * The embedded font's files parsed, by weight. Reading and parsing them took ~2–4 ms of each document (a response
     * letter 36 → 32 ms at the median in bench/jmh); a parsed font is kept for the next document but serves one document
     * at a time (it reads its glyphs lazily from its file), so there are as many as documents were ever rendered at once.
     */
    private Map<Integer, TrueTypeFont> parsedFonts() {
        var parsed = new java.util.TreeMap<Integer, TrueTypeFont>();
        FONTS.forEach((weight, file) -> {
            try (var in = new ClassPathResource(file).getInputStream()) {
                parsed.put(weight, new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded font " + file + " could not be read", e);
            }
        });
        return parsed;
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
