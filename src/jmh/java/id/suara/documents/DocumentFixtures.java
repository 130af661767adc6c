package id.suara.documents;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Role;
import id.suara.shared.web.PageFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The documents module built by hand for benchmarks, without Spring Boot and without a database: the shipped templates
 * through a Thymeleaf engine set up as Spring Boot sets it up (classpath:/templates/, .html, UTF-8, cached), the
 * {@code messages} bundle, {@code @pageFormat} from a minimal application context, and letterheads, signatories and
 * template versions that answer from memory (a letterhead with a 300 × 360 emblem, a Secretary as signatory, no
 * institution template of its own). Everything else is the production code: {@link Documents#variables} (QR code
 * included), {@link PdfRenderer#render} and {@link Documents#renderWorking}.
 */
public final class DocumentFixtures {

    public static final Institution KEBUMEN = new Institution(
            UUID.fromString("00000000-0000-0000-0000-00000000b001"),
            "dprd-kebumen",
            "Sekretariat DPRD Kabupaten Kebumen",
            InstitutionKind.COUNCIL_SECRETARIAT,
            ZoneId.of("Asia/Jakarta"),
            "{seq:4}/{kind}/DPRD-KBM/{roman-month}/{year}");

    public static final Signatory SECRETARY = new Signatory(
            UUID.fromString("00000000-0000-0000-0000-00000000c001"),
            KEBUMEN.id(),
            "Drs. Bambang Sutrisno, M.Si.",
            "Sekretaris DPRD Kabupaten Kebumen",
            "Pembina Utama Muda (IV/c)",
            "196809031993021001",
            true);

    static final Instant ISSUED_AT = Instant.parse("2026-03-17T03:12:45Z");

    private final GenericApplicationContext application;
    private final Documents documents;
    private final PdfRenderer renderer;
    private final Signatories signatories;
    private final SpringTemplateEngine engine;

    public DocumentFixtures() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        application = new GenericApplicationContext();
        application.registerBean("messageSource", MessageSource.class, () -> messages);
        // PageFormat's constructor is package-private, so it is named the message source as its argument
        application.registerBean(
                "pageFormat",
                PageFormat.class,
                definition -> definition.getConstructorArgumentValues().addGenericArgumentValue(messages));
        application.refresh();

        var resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(application);
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);

        var letterhead = new Letterhead(
                "Pemerintah Kabupaten Kebumen",
                "Sekretariat Dewan Perwakilan Rakyat Daerah",
                "Jl. Arungbinang No. 19, Kebumen 54311",
                "(0287) 381100",
                "setwan@kebumenkab.go.id",
                "dprd.kebumenkab.go.id",
                "Kebumen");
        var emblem = new Letterheads.Emblem(emblem(), "image/png");
        var letterheads = new Letterheads(null, null, null, null) {
            @Override
            public Letterhead of(Institution institution) {
                return letterhead;
            }

            @Override
            public Optional<Emblem> emblem(UUID institutionId) {
                return Optional.of(emblem);
            }
        };
        var versions = new TemplateVersions(null) {
            @Override
            Optional<Current> current(UUID institutionId, DocumentType type) {
                return Optional.empty();
            }
        };
        renderer = new PdfRenderer(engine, application, null, versions);
        documents = new Documents(
                null,
                renderer,
                new DocumentSettings("https://suara.kebumenkab.go.id"),
                letterheads,
                application,
                Clock.fixed(ISSUED_AT, KEBUMEN.zone()));
        signatories = new Signatories(null, null, null, null) {
            @Override
            public List<Signatory> of(UUID institutionId) {
                return List.of(SECRETARY);
            }
        };
    }

    public Documents documents() {
        return documents;
    }

    public Signatories signatories() {
        return signatories;
    }

    public MessageSource messages() {
        return application;
    }

    /** A signed response letter as Letters keeps it: four paragraphs, three initials, two copies. */
    public static Letter responseLetter() {
        var drafted = Instant.parse("2026-03-12T02:00:00Z");
        return new Letter(
                UUID.fromString("00000000-0000-0000-0000-00000000d001"),
                KEBUMEN.id(),
                UUID.fromString("00000000-0000-0000-0000-00000000e001"),
                DocumentType.RESPONSE_LETTER,
                Letter.Status.SIGNED,
                "Tanggapan atas pengaduan kerusakan Jalan Melati, Desa Sruweng",
                "Sdri. Siti Nurhaliza Rahmawati",
                "Kebumen",
                """
                Menindaklanjuti pengaduan Saudari yang kami terima pada tanggal 3 Maret 2026 dengan nomor registrasi \
                0417/PGD/DPRD-KBM/III/2026 mengenai kerusakan jalan sepanjang kurang lebih 300 meter di Jalan Melati, \
                Desa Sruweng, Kecamatan Sruweng, bersama ini kami sampaikan tanggapan sebagai berikut.

                Komisi C DPRD Kabupaten Kebumen telah membahas pengaduan tersebut dalam rapat kerja bersama Dinas \
                Pekerjaan Umum dan Penataan Ruang pada tanggal 10 Maret 2026. Dinas telah melakukan peninjauan lapangan \
                dan menyatakan bahwa kerusakan memerlukan pengaspalan ulang serta perbaikan saluran air di sisi timur \
                jalan, yang akan diusulkan dalam perubahan Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2026.

                Sambil menunggu penganggaran, Dinas Pekerjaan Umum dan Penataan Ruang akan melakukan penambalan \
                sementara pada titik-titik yang membahayakan pengguna jalan paling lambat pada akhir bulan April 2026, \
                serta memasang rambu peringatan. Pemerintah Desa Sruweng bersama warga telah menyatakan kesediaan \
                untuk membantu kerja bakti pembersihan saluran air.

                Apabila Saudari memerlukan keterangan lebih lanjut atau tidak puas dengan tanggapan ini, Saudari dapat \
                mengajukan keberatan melalui kanal pengaduan Suara dengan nomor pelacakan yang tercantum pada tanda \
                terima dalam waktu 14 (empat belas) hari kerja sejak surat ini diterima. Demikian kami sampaikan; atas \
                perhatian Saudari kami ucapkan terima kasih.""",
                Map.of(
                        "nature",
                        "Biasa",
                        "attachment",
                        "1 (satu) berkas",
                        "copies",
                        "Ketua DPRD Kabupaten Kebumen\nKetua Komisi C DPRD Kabupaten Kebumen\nArsip"),
                SECRETARY.id(),
                List.of(Role.COMPLAINTS_DIVISION, Role.GENERAL_AFFAIRS, Role.SECRETARY),
                Role.SECRETARY,
                2,
                "000.1.6/0057/Setwan/III/2026",
                drafted,
                "Rina Kartikasari, S.H.",
                ISSUED_AT,
                "Drs. Bambang Sutrisno, M.Si.",
                List.of(
                        new Letter.Initial(
                                1, Role.COMPLAINTS_DIVISION, "Dwi Handayani, S.Sos.", drafted.plusSeconds(7200)),
                        new Letter.Initial(2, Role.GENERAL_AFFAIRS, "Teguh Santoso, S.E.", drafted.plusSeconds(86_400)),
                        new Letter.Initial(3, Role.SECRETARY, "Drs. Bambang Sutrisno, M.Si.", ISSUED_AT)),
                0);
    }

    /** The response letter's PDF as {@code Documents.issue} renders it, without storing it. */
    public byte[] responseLetterPdf(Letter letter) {
        var variables = responseLetterVariables(letter);
        return renderer.render(KEBUMEN, DocumentType.RESPONSE_LETTER, variables).pdf();
    }

    /** The response letter's HTML, as the shipped template makes it (Thymeleaf only, no PDF). */
    public String responseLetterHtml(Letter letter) {
        var variables = responseLetterVariables(letter);
        var context = new Context(PdfRenderer.INDONESIAN, variables);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        LocaleContextHolder.setLocale(PdfRenderer.INDONESIAN);
        try {
            return engine.process(DocumentType.RESPONSE_LETTER.template(), context);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** A PDF of this HTML: openhtmltopdf with the embedded fonts, as every document is made. */
    public byte[] pdf(String html) {
        return renderer.pdf(html, new ArrayList<>());
    }

    /** A plain drawn emblem (a shield with a star), as a PNG of the size administrators upload. */
    private static byte[] emblem() {
        var image = new BufferedImage(300, 360, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1b5e20));
        g.fillPolygon(new int[] {10, 290, 290, 150, 10}, new int[] {10, 10, 220, 350, 220}, 5);
        g.setColor(new Color(0xfdd835));
        g.setStroke(new BasicStroke(8));
        g.drawPolygon(new int[] {20, 280, 280, 150, 20}, new int[] {20, 20, 215, 338, 215}, 5);
        g.fillPolygon(
                new int[] {150, 170, 230, 180, 200, 150, 100, 120, 70, 130},
                new int[] {60, 120, 120, 155, 215, 180, 215, 155, 120, 120},
                10);
        g.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** What the response letter's template is given when the letter is issued. */
    private Map<String, Object> responseLetterVariables(Letter letter) {
        return documents.variables(
                KEBUMEN,
                letter.number(),
                1,
                ISSUED_AT,
                "K7M3QX9TB2VNR4HWJ8PD",
                Documents.letterContent(letter, SECRETARY));
    }
}
