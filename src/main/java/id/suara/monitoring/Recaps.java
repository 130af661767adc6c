package id.suara.monitoring;

import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.ReportDocument;
import id.suara.documents.ReportDocument.Part;
import id.suara.documents.ReportDocument.Table;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.intake.Submissions;
import id.suara.monitoring.Dashboard.Count;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffMember;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recap reports (rekapitulasi, issue 12, ADR 0041): the recap per organ or unit, a division's monitoring and evaluation
 * report and the yearly inventory, in the laporan layout (GOVDOCS §1.6) as PDF, and as XLSX and CSV. The figures are the
 * dashboard's ({@link Monitoring#dashboard}), read from the tallies; the inventory reads the year's cases in one query.
 * A recap of a period that has ended may be issued: stored once as an issued document with its checksum and
 * verification code, so that what the leadership received can be shown later.
 */
@Service
public class Recaps {

    /** The most rows an inventory lists; a year of one secretariat is far below it. */
    static final int INVENTORY_LIMIT = 20_000;

    /** Who may issue a recap: the Secretary, the divisions that monitor and evaluate (003 BAB V), the administrator. */
    static final Set<Role> ISSUERS =
            Set.of(Role.SECRETARY, Role.PUBLIC_RELATIONS, Role.COMPLAINTS_DIVISION, Role.INSTITUTION_ADMIN);

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

    private final Monitoring monitoring;
    private final Institutions institutions;
    private final SopVersions sopVersions;
    private final Submissions submissions;
    private final Documents documents;
    private final Signatories signatories;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    Recaps(
            Monitoring monitoring,
            Institutions institutions,
            SopVersions sopVersions,
            Submissions submissions,
            Documents documents,
            Signatories signatories,
            MessageSource messages,
            JdbcClient jdbc,
            Clock clock) {
        this.monitoring = monitoring;
        this.institutions = institutions;
        this.sopVersions = sopVersions;
        this.submissions = submissions;
        this.documents = documents;
        this.signatories = signatories;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------- files

    /** The recap as worked out now from the figures. */
    @Transactional(readOnly = true)
    public Recap recap(Institution institution, UUID unitId, RecapKind kind, ReportPeriod period) {
        return switch (kind) {
            case REKAPITULASI -> rekapitulasi(institution, unitId, period);
            case MONEV -> monev(institution, unitId, period);
            case INVENTARIS -> inventaris(institution, unitId, period);
        };
    }

    /** The recap as a file of the format; a PDF printed now is a working copy (no number, no verification code). */
    @Transactional(readOnly = true)
    public byte[] file(Institution institution, UUID unitId, RecapKind kind, ReportPeriod period, RecapFormat format) {
        var recap = recap(institution, unitId, kind, period);
        return switch (format) {
            case PDF -> documents.renderWorking(institution, "recap", pdfContent(institution, recap, null));
            case XLSX -> RecapFiles.xlsx(recap);
            case CSV -> RecapFiles.csv(recap.main());
        };
    }

    private Map<String, Object> pdfContent(Institution institution, Recap recap, String issuedBy) {
        var content = new LinkedHashMap<String, Object>();
        content.put("report", recap.document());
        content.put("signatory", secretary(institution).orElse(null));
        content.put("issuedBy", issuedBy);
        return content;
    }

    /** The Secretary's signatory: the active one whose position names the Secretary, else the first active one. */
    private Optional<Signatory> secretary(Institution institution) {
        var active = signatories.of(institution.id()).stream()
                .filter(Signatory::active)
                .toList();
        return active.stream()
                .filter(s -> s.position().toLowerCase(Locale.ROOT).contains("sekretaris"))
                .findFirst()
                .or(() -> active.stream().findFirst());
    }

    // ----------------------------------------------------------------------------------------------------- issuing

    /**
     * Issues the recap of a period that has ended (its last day is before today in the institution's zone): its PDF
     * stored as an issued document. Issuing the same kind, period and unit again returns the one stored, unchanged
     * ({@code created} false). Refused naming {@code period} (409) while the period runs, and (403) to staff without
     * one of {@link #ISSUERS}.
     */
    @Transactional
    public Issued issue(StaffMember staff, Institution institution, UUID unitId, RecapKind kind, ReportPeriod period) {
        if (!staff.holds(Role.SYSTEM_ADMIN) && ISSUERS.stream().noneMatch(staff::holds)) {
            throw new ForbiddenException("Only the Secretary, the public relations or complaints division or the"
                    + " institution's administrator issue recaps");
        }
        if (!period.to().isBefore(clock.instant().atZone(institution.zone()).toLocalDate())) {
            throw new ConflictException("period", "has not ended yet; a recap is issued once its last day has passed");
        }
        var recordKey = recordKey(kind, period, unitId);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params(recordKey, DocumentType.RECAP.name())
                .query((rs, n) -> 1)
                .list();
        var stored = find(institution.id(), kind, period.key(), unitId);
        if (stored.isPresent()) {
            return new Issued(stored.get(), false);
        }
        var recap = recap(institution, unitId, kind, period);
        var number = number(institution, kind, period, unitId);
        var pdf = documents.issueRecord(
                null,
                recordKey,
                DocumentType.RECAP,
                new Documents.Draft(institution, number, pdfContent(institution, recap, staff.displayName())));
        var document = pdf.document();
        jdbc.sql("""
                insert into recap_issue (document_id, institution_id, kind, period_key, unit_id, number, issued_at,
                    issued_by, issued_by_name, sha256, verification_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        document.id(),
                        institution.id(),
                        kind.name(),
                        period.key(),
                        unitId == null ? Monitoring.NO_UNIT : unitId,
                        number,
                        Timestamp.from(document.issuedAt()),
                        staff.id(),
                        staff.displayName(),
                        document.sha256(),
                        document.verificationCode())
                .update();
        return new Issued(
                new IssuedRecap(
                        document.id(),
                        kind,
                        period.key(),
                        unitId,
                        number,
                        document.issuedAt(),
                        staff.displayName(),
                        document.sha256(),
                        document.verificationCode()),
                true);
    }

    /** An issued recap, and whether this request issued it (false: it had been issued before). */
    public record Issued(IssuedRecap recap, boolean created) {}

    /** The recaps issued at an institution, newest first; only those of {@code unitId} when one is given. */
    @Transactional(readOnly = true)
    public List<IssuedRecap> issued(UUID institutionId, UUID unitId) {
        return jdbc.sql("select " + ISSUED_COLUMNS + " from recap_issue where institution_id = ?"
                        + (unitId == null ? "" : " and unit_id = ?") + " order by issued_at desc, number")
                .params(unitId == null ? List.of(institutionId) : List.of(institutionId, unitId))
                .query((rs, n) -> issuedRecap(rs))
                .list();
    }

    /** An issued recap's stored PDF, exactly as issued; empty when the institution has no such recap. */
    @Transactional(readOnly = true)
    public Optional<StoredPdf> issuedPdf(UUID institutionId, UUID documentId) {
        return jdbc.sql("select " + ISSUED_COLUMNS + " from recap_issue where institution_id = ? and document_id = ?")
                .params(institutionId, documentId)
                .query((rs, n) -> issuedRecap(rs))
                .optional()
                .flatMap(recap -> documents
                        .findRecord(recordKey(recap), documentId)
                        .map(pdf -> new StoredPdf(recap, pdf.content())));
    }

    /** An issued recap and its PDF. */
    public record StoredPdf(IssuedRecap recap, byte[] content) {
        public String fileName() {
            return recap.kind().slug() + "-" + recap.period().replace("..", "_") + ".pdf";
        }
    }

    private Optional<IssuedRecap> find(UUID institutionId, RecapKind kind, String periodKey, UUID unitId) {
        return jdbc.sql("select " + ISSUED_COLUMNS
                        + " from recap_issue where institution_id = ? and kind = ? and period_key = ? and unit_id = ?")
                .params(institutionId, kind.name(), periodKey, unitId == null ? Monitoring.NO_UNIT : unitId)
                .query((rs, n) -> issuedRecap(rs))
                .optional();
    }

    private static final String ISSUED_COLUMNS =
            "document_id, kind, period_key, unit_id, number, issued_at, issued_by_name, sha256, verification_code";

    private static IssuedRecap issuedRecap(java.sql.ResultSet rs) throws java.sql.SQLException {
        var unit = rs.getObject("unit_id", UUID.class);
        return new IssuedRecap(
                rs.getObject("document_id", UUID.class),
                RecapKind.valueOf(rs.getString("kind")),
                rs.getString("period_key"),
                Monitoring.NO_UNIT.equals(unit) ? null : unit,
                rs.getString("number"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("issued_by_name"),
                rs.getString("sha256"),
                rs.getString("verification_code"));
    }

    /** What the documents module keys the recap's document by: at most 80 characters. */
    static String recordKey(RecapKind kind, ReportPeriod period, UUID unitId) {
        return "recap:" + kind.slug() + ":" + period.key() + ":" + (unitId == null ? "all" : unitId);
    }

    private static String recordKey(IssuedRecap recap) {
        return "recap:" + recap.kind().slug() + ":" + recap.period() + ":"
                + (recap.unitId() == null ? "all" : recap.unitId());
    }

    /** E.g. {@code REKAP/REKAPITULASI/2026-q1/KOMISI-A/DPRD-KBM}. */
    private String number(Institution institution, RecapKind kind, ReportPeriod period, UUID unitId) {
        var unit = unitId == null
                ? ""
                : "/"
                        + institutions
                                .findUnit(unitId)
                                .map(Unit::code)
                                .orElse("unit")
                                .toUpperCase(Locale.ROOT);
        var number = "REKAP/" + kind.name() + "/" + period.key() + unit + "/"
                + institution.code().toUpperCase(Locale.ROOT);
        return number.length() > 120 ? number.substring(0, 120) : number;
    }

    // -------------------------------------------------------------------------------------------------- the kinds

    private Recap rekapitulasi(Institution institution, UUID unitId, ReportPeriod period) {
        var d = monitoring.dashboard(institution.id(), unitId, period);
        var scope = scope(institution, unitId, period);
        var units = unitNames(institution.id());

        var rows = new ArrayList<List<Object>>();
        long[] totals = new long[11];
        int no = 1;
        for (var u : d.perUnit()) {
            long[] f = {
                u.aspirations(),
                u.complaints(),
                u.carbonCopies(),
                u.others(),
                u.received(),
                u.open(),
                u.answered(),
                u.closedWithoutAnswer(),
                u.answeredOnTime(),
                u.answeredLate()
            };
            var row = new ArrayList<Object>();
            row.add(no++);
            row.add(unitName(units, u.unitId()));
            for (int i = 0; i < f.length; i++) {
                row.add(f[i]);
                totals[i] += f[i];
            }
            rows.add(row);
        }
        var total = new ArrayList<Object>();
        total.add("");
        total.add("Jumlah");
        for (int i = 0; i < 10; i++) {
            total.add(totals[i]);
        }
        rows.add(total);
        var perUnit = new Table(
                "Per unit",
                "Tabel 3. Rekapitulasi per alat kelengkapan/unit: diterima, tindak lanjut dan hasil",
                List.of(
                        "No",
                        "Alat kelengkapan/Unit",
                        "Aspirasi",
                        "Pengaduan",
                        "Tembusan",
                        "Lainnya",
                        "Jumlah diterima",
                        "Masih diproses",
                        "Dijawab",
                        "Ditutup tanpa jawaban",
                        "Dijawab tepat waktu",
                        "Dijawab terlambat"),
                List.copyOf(rows),
                true);
        var byKind = countTable("Per jenis", "Tabel 1. Diterima per jenis", "Jenis", d.byKind(), this::kindName);
        var byChannel =
                countTable("Per saluran", "Tabel 2. Diterima per saluran", "Saluran", d.byChannel(), this::channelName);
        var outcomes = countTable("Hasil", "Tabel 4. Hasil penanganan", "Hasil", d.outcomes(), this::outcomeName);

        var parts = List.of(
                new Part(
                        "A. Pendahuluan",
                        List.of(
                                "1. Umum: " + institution.name() + " menerima, mencatat dan menindaklanjuti"
                                        + " aspirasi, pengaduan dan tembusan surat masyarakat sesuai prosedur"
                                        + " operasional standar yang berlaku.",
                                "2. Maksud dan tujuan: menyampaikan kepada Pimpinan DPRD rekapitulasi surat aspirasi"
                                        + " dan pengaduan beserta tindak lanjut dan hasilnya per alat kelengkapan DPRD.",
                                "3. Ruang lingkup: " + scope + ".",
                                "4. Dasar: pedoman penanganan aspirasi dan pengaduan masyarakat pada Sekretariat DPRD"
                                        + " (laporan Sekretaris DPRD tentang rekapitulasi surat aspirasi dan"
                                        + " pengaduan serta tindak lanjutnya)."),
                        List.of(),
                        List.of()),
                new Part(
                        "B. Kegiatan yang dilaksanakan",
                        List.of("Dalam periode ini diterima dan dicatat " + d.received() + " aspirasi, pengaduan dan"
                                + " tembusan"
                                + (d.merged() > 0
                                        ? ", " + d.merged() + " di antaranya digabungkan" + " dengan perkara yang sama"
                                        : "")
                                + "."),
                        List.of(
                                chart("Grafik 1. Diterima per jenis", d.byKind(), this::kindName),
                                chart("Grafik 2. Diterima per saluran", d.byChannel(), this::channelName)),
                        List.of(byKind, byChannel)),
                new Part(
                        "C. Hasil yang dicapai",
                        List.of("Dalam periode ini " + d.answered() + " dijawab (" + d.answeredOnTime()
                                + " tepat waktu, " + d.answeredLate() + " terlambat) dan "
                                + (sum(d.outcomes()) - d.answered()) + " ditutup tanpa jawaban; "
                                + d.openNowTotal() + " perkara masih dalam proses saat laporan ini dibuat."),
                        List.of(),
                        List.of(perUnit, outcomes)),
                new Part("D. Kesimpulan dan saran", List.of(rekapConclusion(d, units)), List.of(), List.of()),
                closing());
        var document = new ReportDocument(
                "Rekapitulasi Aspirasi dan Pengaduan Masyarakat serta Tindak Lanjutnya", scope, parts, true);
        return new Recap(RecapKind.REKAPITULASI, period, unitId, document, perUnit);
    }

    private String rekapConclusion(Dashboard d, Map<UUID, String> units) {
        if (d.received() == 0 && d.outcomes().isEmpty()) {
            return "Dalam periode ini tidak ada aspirasi dan pengaduan yang diterima maupun diselesaikan.";
        }
        var busiest = d.perUnit().stream()
                .max(Comparator.comparingLong(Dashboard.UnitFigures::received))
                .map(u -> unitName(units, u.unitId()) + " (" + u.received() + ")")
                .orElse("-");
        var text = "Alat kelengkapan/unit yang paling banyak menerima: " + busiest + ". ";
        if (d.answeredLate() > 0) {
            text += "Sebanyak " + d.answeredLate() + " jawaban melewati batas waktu prosedur; disarankan"
                    + " percepatan tindak lanjut pada unit yang bersangkutan.";
        } else {
            text += "Seluruh jawaban dalam periode ini diberikan dalam batas waktu prosedur.";
        }
        return text;
    }

    private Recap monev(Institution institution, UUID unitId, ReportPeriod period) {
        var d = monitoring.dashboard(institution.id(), unitId, period);
        var scope = scope(institution, unitId, period);
        var definitions = new HashMap<UUID, SopDefinition>();

        var summary = new Table(
                "Ringkasan",
                "Tabel 2. Ringkasan hasil monitoring",
                List.of("Uraian", "Nilai"),
                List.of(
                        List.of("Diterima", d.received()),
                        List.of("Digabungkan", d.merged()),
                        List.of("Selesai (hasil)", sum(d.outcomes())),
                        List.of("Dijawab", d.answered()),
                        List.of("Dijawab tepat waktu", d.answeredOnTime()),
                        List.of("Dijawab terlambat", d.answeredLate()),
                        List.of(
                                "Median waktu penanganan (hari kerja)",
                                d.medianWorkingDays() == null ? "-" : d.medianWorkingDays()),
                        List.of(
                                "Persentil ke-90 waktu penanganan (hari kerja)",
                                d.p90WorkingDays() == null ? "-" : d.p90WorkingDays()),
                        List.of("Keberatan", d.objected()),
                        List.of("Masih diproses saat ini", d.openNowTotal()),
                        List.of("Melewati tenggat saat ini", d.overdueCount()),
                        List.of(
                                "IKM",
                                d.satisfaction().enoughResponses()
                                        ? (Object) d.satisfaction().ikm()
                                        : "-"),
                        List.of("Responden IKM", d.satisfaction().respondents())),
                false);
        var outcomes = countTable("Hasil", "Tabel 3. Hasil penanganan", "Hasil", d.outcomes(), this::outcomeName);
        var procedureRows = new ArrayList<List<Object>>();
        for (var p : d.procedures()) {
            procedureRows.add(List.of(
                    sopTitle(definitions, p.sopVersionId()),
                    p.limitWorkingDays() == null ? "-" : p.limitWorkingDays(),
                    p.onTime(),
                    p.late()));
        }
        var procedures = new Table(
                "Per prosedur",
                "Tabel 4. Ketepatan waktu jawaban per prosedur",
                List.of("Prosedur", "Batas (hari kerja)", "Tepat waktu", "Terlambat"),
                List.copyOf(procedureRows),
                false);
        var stepRows = new ArrayList<List<Object>>();
        for (var s : d.steps()) {
            stepRows.add(List.of(
                    sopTitle(definitions, s.sopVersionId()),
                    stepName(definitions, s.sopVersionId(), s.step()),
                    s.onTime(),
                    s.late()));
        }
        var steps = new Table(
                "Per langkah",
                "Tabel 5. Ketepatan waktu per langkah prosedur",
                List.of("Prosedur", "Langkah", "Tepat waktu", "Terlambat"),
                List.copyOf(stepRows),
                false);
        var byChannel =
                countTable("Per saluran", "Tabel 1. Diterima per saluran", "Saluran", d.byChannel(), this::channelName);

        var mostLate = d.steps().stream()
                .filter(s -> s.late() > 0)
                .max(Comparator.comparingLong(Dashboard.StepTimeliness::late));
        long lateSteps =
                d.steps().stream().mapToLong(Dashboard.StepTimeliness::late).sum();
        var obstacles = "Hambatan: " + lateSteps + " langkah diselesaikan melewati tenggat"
                + mostLate.map(s -> ", terbanyak pada langkah \"" + stepName(definitions, s.sopVersionId(), s.step())
                                + "\" (" + s.late() + ")")
                        .orElse("")
                + "; " + d.overdueCount() + " perkara saat ini melewati tenggat langkahnya.";
        var conclusions = new ArrayList<String>();
        long answered = d.answered();
        conclusions.add(
                answered == 0
                        ? "Dalam periode ini belum ada jawaban yang diberikan."
                        : "Dari " + answered + " jawaban, " + d.answeredOnTime() + " ("
                                + percent(d.answeredOnTime(), answered) + ") diberikan tepat waktu.");
        conclusions.add(mostLate.map(s -> "Langkah yang paling sering terlambat adalah \""
                        + stepName(definitions, s.sopVersionId(), s.step())
                        + "\"; disarankan agar penanggung jawab langkah tersebut mempercepat penyelesaiannya.")
                .orElse("Tidak ada langkah yang terlambat dalam periode ini."));
        if (d.overdueCount() > 0) {
            conclusions.add(
                    "Disarankan agar " + d.overdueCount() + " perkara yang melewati tenggat segera ditindaklanjuti.");
        }
        if (d.objected() > 0) {
            conclusions.add("Terdapat " + d.objected() + " keberatan pengadu atas jawaban; mutu jawaban perlu dijaga.");
        }
        if (d.satisfaction().enoughResponses()) {
            conclusions.add("Indeks kepuasan masyarakat (IKM) "
                    + d.satisfaction().ikm() + " dari " + d.satisfaction().respondents() + " responden.");
        }

        var parts = List.of(
                new Part(
                        "A. Pendahuluan",
                        List.of(
                                "1. Umum: monitoring dan evaluasi penanganan aspirasi dan pengaduan dilaksanakan pada"
                                        + " akhir setiap masa sidang dan dilaporkan kepada Pimpinan DPRD, alat"
                                        + " kelengkapan DPRD dan Sekretaris DPRD.",
                                "2. Maksud dan tujuan: menilai ketepatan waktu dan hasil penanganan aspirasi dan"
                                        + " pengaduan sebagai bahan perbaikan pelayanan.",
                                "3. Ruang lingkup: " + scope + ".",
                                "4. Dasar: pedoman penanganan aspirasi dan pengaduan masyarakat pada Sekretariat DPRD,"
                                        + " bab monitoring dan evaluasi."),
                        List.of(),
                        List.of()),
                new Part(
                        "B. Kegiatan yang dilaksanakan",
                        List.of("Pemantauan atas " + d.received() + " aspirasi dan pengaduan yang diterima dalam"
                                + " periode ini dan atas perkara yang diselesaikan dalam periode yang sama."),
                        List.of(chart("Grafik 1. Diterima per saluran", d.byChannel(), this::channelName)),
                        List.of(byChannel)),
                new Part(
                        "C. Hasil yang dicapai",
                        List.of(
                                "Dijawab " + answered + " (" + d.answeredOnTime() + " tepat waktu, "
                                        + d.answeredLate() + " terlambat); median waktu penanganan "
                                        + days(d.medianWorkingDays()) + ", persentil ke-90 "
                                        + days(d.p90WorkingDays()) + "; " + d.objected() + " keberatan.",
                                obstacles),
                        List.of(ReportDocument.chart(
                                "Grafik 2. Jawaban tepat waktu dan terlambat",
                                List.of("Tepat waktu", "Terlambat"),
                                List.of(d.answeredOnTime(), d.answeredLate()))),
                        List.of(summary, outcomes, procedures, steps)),
                new Part("D. Kesimpulan dan saran", List.copyOf(conclusions), List.of(), List.of()),
                closing());
        var document = new ReportDocument(
                "Monitoring dan Evaluasi Penanganan Aspirasi dan Pengaduan Masyarakat", scope, parts, false);
        return new Recap(RecapKind.MONEV, period, unitId, document, summary);
    }

    private Recap inventaris(Institution institution, UUID unitId, ReportPeriod period) {
        if (period.kind() != ReportPeriod.Kind.YEAR) {
            throw InvalidInputException.invalid("period", "the inventory covers a calendar year, e.g. 2026");
        }
        var zone = institution.zone();
        var from = period.from().atStartOfDay(zone).toInstant();
        var to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        var units = unitNames(institution.id());
        var definitions = new HashMap<UUID, SopDefinition>();
        var cases = new ArrayList<InventoryCase>();
        jdbc.sql("""
                        select c.id, c.registration_number, c.registered_at, c.channel, c.kind, c.title,
                            c.assigned_unit_id, c.sop_version_id, c.current_step, c.status, c.answered_at, c.closed_at,
                            c.merged_into, s.confidential, s.anonymous,
                            case when c.merged_into is null and coalesce(c.answered_at, c.closed_at) is not null
                                then suara_working_days(c.institution_id, :zone, c.registered_at,
                                    coalesce(c.answered_at, c.closed_at)) end as working_days
                        from case_file c join submission s on s.id = c.id
                        where c.institution_id = :institution and c.registered_at >= :from and c.registered_at < :to""" + (unitId == null ? "" : " and c.assigned_unit_id = :unit") + """

                        order by c.registered_at, c.registration_number, c.id
                        limit :limit""")
                .param("institution", institution.id())
                .param("zone", zone.getId())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("unit", unitId == null ? Monitoring.NO_UNIT : unitId)
                .param("limit", INVENTORY_LIMIT)
                .withFetchSize(500)
                .query(rs -> {
                    var answeredAt = rs.getTimestamp("answered_at");
                    var closedAt = rs.getTimestamp("closed_at");
                    var finished = answeredAt != null ? answeredAt : closedAt;
                    var days = (Integer) rs.getObject("working_days");
                    cases.add(new InventoryCase(
                            rs.getObject("id", UUID.class),
                            rs.getString("registration_number"),
                            rs.getTimestamp("registered_at")
                                    .toInstant()
                                    .atZone(zone)
                                    .toLocalDate(),
                            rs.getString("channel"),
                            rs.getString("kind"),
                            rs.getString("title"),
                            rs.getObject("assigned_unit_id", UUID.class),
                            rs.getObject("sop_version_id", UUID.class),
                            rs.getString("current_step"),
                            rs.getString("status"),
                            answeredAt != null,
                            rs.getObject("merged_into") != null,
                            rs.getBoolean("confidential"),
                            rs.getBoolean("anonymous"),
                            rs.getObject("merged_into") != null || finished == null
                                    ? null
                                    : finished.toInstant().atZone(zone).toLocalDate(),
                            days));
                });
        // names only of cases neither confidential nor anonymous, decrypted in batches (ADR 0009, 0041)
        var names = new HashMap<UUID, String>();
        var open = cases.stream()
                .filter(c -> !c.confidential() && !c.anonymous())
                .map(InventoryCase::id)
                .toList();
        for (int i = 0; i < open.size(); i += 500) {
            names.putAll(submissions.namesForLists(open.subList(i, Math.min(open.size(), i + 500))));
        }
        var rows = new ArrayList<List<Object>>();
        var results = new LinkedHashMap<String, Long>();
        int no = 1;
        for (var c : cases) {
            var result = c.merged() ? "Digabungkan" : c.answered() ? outcomeName("ANSWERED") : statusName(c.status());
            results.merge(result, 1L, Long::sum);
            var row = new ArrayList<Object>();
            row.add(no++);
            row.add(c.registrationNumber());
            row.add(DATE.format(c.registeredOn()));
            row.add(channelName(c.channel()));
            row.add(kindName(c.kind()));
            row.add(c.anonymous() ? "Anonim" : c.confidential() ? "Dirahasiakan" : names.getOrDefault(c.id(), "-"));
            row.add(c.title());
            row.add(unitName(units, c.unitId()));
            row.add(stepName(definitions, c.sopVersionId(), c.step()));
            row.add(result);
            row.add(c.finishedOn() == null ? "" : DATE.format(c.finishedOn()));
            row.add(c.workingDays() == null ? (Object) "" : (Object) (long) c.workingDays());
            rows.add(row);
        }
        var list = new Table(
                "Daftar inventaris " + period.year(),
                "Tabel 1. Daftar inventaris penanganan aspirasi dan pengaduan tahun " + period.year(),
                List.of(
                        "No",
                        "Nomor registrasi",
                        "Tanggal diterima",
                        "Saluran",
                        "Jenis",
                        "Dari",
                        "Perihal",
                        "Alat kelengkapan/Unit",
                        "Tindak lanjut",
                        "Hasil",
                        "Tanggal selesai",
                        "Hari kerja"),
                List.copyOf(rows),
                false);
        var resultRows = new ArrayList<List<Object>>();
        results.forEach((result, n) -> resultRows.add(List.of(result, n)));
        resultRows.sort(
                Comparator.comparing((List<Object> r) -> (Long) r.get(1)).reversed());
        var resultTable = new Table(
                "Rekap hasil", "Tabel 2. Rekap hasil", List.of("Hasil", "Jumlah"), List.copyOf(resultRows), false);
        var scope = scope(institution, unitId, period);
        var parts = List.of(
                new Part(
                        "A. Pendahuluan",
                        List.of(
                                "1. Umum: daftar inventaris penanganan aspirasi dan pengaduan masyarakat dibuat setiap"
                                        + " tahun takwim.",
                                "2. Maksud dan tujuan: mencatat setiap aspirasi dan pengaduan yang diterima beserta"
                                        + " tindak lanjut dan hasilnya.",
                                "3. Ruang lingkup: " + scope + "; identitas pengadu yang meminta kerahasiaan ditulis"
                                        + " \"Dirahasiakan\" dan pengaduan tanpa identitas ditulis \"Anonim\".",
                                "4. Dasar: pedoman penanganan aspirasi dan pengaduan masyarakat pada Sekretariat DPRD,"
                                        + " bab monitoring dan evaluasi."),
                        List.of(),
                        List.of()),
                new Part(
                        "B. Kegiatan yang dilaksanakan",
                        List.of("Pencatatan " + cases.size() + " aspirasi dan pengaduan yang diterima pada tahun "
                                + period.year()
                                + (cases.size() >= INVENTORY_LIMIT
                                        ? " (dibatasi " + INVENTORY_LIMIT + " baris pertama)"
                                        : "")
                                + "."),
                        List.of(),
                        List.of()),
                new Part("C. Hasil yang dicapai", List.of(), List.of(), List.of(list, resultTable)),
                new Part(
                        "D. Kesimpulan dan saran",
                        List.of("Daftar ini menjadi bahan monitoring dan evaluasi tahun berikutnya; perkara yang"
                                + " masih dalam proses agar diselesaikan sesuai prosedur."),
                        List.of(),
                        List.of()),
                closing());
        var document = new ReportDocument(
                "Daftar Inventaris Penanganan Aspirasi dan Pengaduan Masyarakat Tahun " + period.year(),
                scope,
                parts,
                true);
        return new Recap(RecapKind.INVENTARIS, period, unitId, document, list);
    }

    private record InventoryCase(
            UUID id,
            String registrationNumber,
            LocalDate registeredOn,
            String channel,
            String kind,
            String title,
            UUID unitId,
            UUID sopVersionId,
            String step,
            String status,
            boolean answered,
            boolean merged,
            boolean confidential,
            boolean anonymous,
            LocalDate finishedOn,
            Integer workingDays) {}

    // ------------------------------------------------------------------------------------------------------ labels

    private static Part closing() {
        return new Part(
                "E. Penutup",
                List.of("Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya."),
                List.of(),
                List.of());
    }

    /** "Sekretariat DPRD Kabupaten Kebumen — Komisi A — Masa Sidang I Tahun 2026 (1 Januari 2026 s.d. 30 April 2026)". */
    String scope(Institution institution, UUID unitId, ReportPeriod period) {
        var unit = unitId == null
                ? ""
                : " — " + institutions.findUnit(unitId).map(Unit::name).orElse("-");
        return institution.name() + unit + " — " + periodName(period);
    }

    static String periodName(ReportPeriod period) {
        var dates = DATE.format(period.from()) + " s.d. " + DATE.format(period.to());
        return switch (period.kind()) {
            case YEAR -> "Tahun " + period.year();
            case QUARTER -> "Triwulan " + ROMAN[period.number()] + " Tahun " + period.year() + " (" + dates + ")";
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN).format(period.from());
            case SESSION -> "Masa Sidang " + ROMAN[period.number()] + " Tahun " + period.year() + " (" + dates + ")";
            case RECESS -> "Masa Reses " + ROMAN[period.number()] + " Tahun " + period.year() + " (" + dates + ")";
            case RANGE -> dates;
        };
    }

    private Map<UUID, String> unitNames(UUID institutionId) {
        var names = new HashMap<UUID, String>();
        for (var unit : institutions.units(institutionId)) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    private static String unitName(Map<UUID, String> units, UUID unitId) {
        return unitId == null ? "Belum ditugaskan" : units.getOrDefault(unitId, "-");
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, INDONESIAN);
    }

    String kindName(String kind) {
        return message("web.office.kind." + kind, kind);
    }

    String channelName(String channel) {
        return message("web.office.channel." + channel, channel);
    }

    String statusName(String status) {
        return message("web.office.status." + status, status);
    }

    /** ANSWERED, or the status a case was closed with. */
    String outcomeName(String outcome) {
        return "ANSWERED".equals(outcome) ? "Dijawab" : statusName(outcome);
    }

    private SopDefinition definition(Map<UUID, SopDefinition> cache, UUID versionId) {
        return cache.computeIfAbsent(versionId, sopVersions::definition);
    }

    private String sopTitle(Map<UUID, SopDefinition> cache, UUID versionId) {
        return definition(cache, versionId).title().in(INDONESIAN);
    }

    private String stepName(Map<UUID, SopDefinition> cache, UUID versionId, String step) {
        return definition(cache, versionId).steps().stream()
                .filter(s -> s.code().equals(step))
                .findFirst()
                .map(s -> s.name().in(INDONESIAN))
                .orElse(step);
    }

    private static Table countTable(
            String name,
            String caption,
            String header,
            List<Count> counts,
            java.util.function.Function<String, String> label) {
        var rows = new ArrayList<List<Object>>();
        long total = 0;
        for (var c : counts) {
            rows.add(List.of(label.apply(c.key()), c.n()));
            total += c.n();
        }
        rows.add(List.of("Jumlah", total));
        return new Table(name, caption, List.of(header, "Jumlah"), List.copyOf(rows), true);
    }

    private static ReportDocument.Chart chart(
            String caption, List<Count> counts, java.util.function.Function<String, String> label) {
        return ReportDocument.chart(
                caption,
                counts.stream().map(c -> label.apply(c.key())).toList(),
                counts.stream().map(Count::n).toList());
    }

    private static long sum(List<Count> counts) {
        return counts.stream().mapToLong(Count::n).sum();
    }

    private static String percent(long part, long whole) {
        return new BigDecimal(100.0 * part / whole).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    private static String days(Double days) {
        return days == null ? "-" : days.longValue() + " hari kerja";
    }
}
