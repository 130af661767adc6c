package id.suara.recess;

import id.suara.calendar.InstitutionCalendars;
import id.suara.documents.Documents;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.shared.ForbiddenException;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' recess reports (laporan reses; PP 12/2018 Pasal 88(4)–(6), ADR 0034): composed from the visits and
 * aspirations of a recess, printed in the official report layout (GOVDOCS §1.6), submitted once by the secretariat or
 * the member, and flagged as missing when a member in office during the recess has not submitted it by its due day. A
 * faction's compilation gathers its members' reports of a recess for the plenary meeting.
 */
@Service
public class RecessReports {

    /** A report is due this many working days after the recess's last day (the institution's working calendar). */
    public static final int DUE_WORKING_DAYS = 5;

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final InstitutionCalendars workingCalendars;
    private final Documents documents;
    private final Clock clock;

    RecessReports(
            JdbcClient jdbc,
            RecessCalendar calendar,
            CouncilMembers members,
            Institutions institutions,
            InstitutionCalendars workingCalendars,
            Documents documents,
            Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.workingCalendars = workingCalendars;
        this.documents = documents;
        this.clock = clock;
    }

    /** The day a recess's reports are due: {@link #DUE_WORKING_DAYS} working days after its last day. */
    public LocalDate dueOn(SittingPeriod recess) {
        var working = workingCalendars.forInstitution(recess.institutionId());
        var day = recess.endsOn();
        for (int counted = 0; counted < DUE_WORKING_DAYS; ) {
            day = day.plusDays(1);
            if (working.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Every member in office during the recess with where their report stands, by name. */
    @Transactional(readOnly = true)
    public List<RecessReportRow> reports(Institution institution, UUID recessId) {
        return reports(institution, calendar.recess(institution.id(), recessId), null);
    }

    private List<RecessReportRow> reports(Institution institution, SittingPeriod recess, UUID factionId) {
        var dueOn = dueOn(recess);
        var today = clock.instant().atZone(institution.zone()).toLocalDate();
        var counts = new HashMap<UUID, int[]>();
        jdbc.sql("""
                        select m.id,
                               (select count(*) from recess_visit v where v.recess_id = ? and v.member_id = m.id
                                    and v.status = 'HELD') as visits,
                               (select count(*) from recess_aspiration a where a.recess_id = ? and a.member_id = m.id)
                                    as aspirations
                        from council_member m where m.institution_id = ?""").params(recess.id(), recess.id(), institution.id()).query(rs -> {
            counts.put(rs.getObject("id", UUID.class), new int[] {rs.getInt("visits"), rs.getInt("aspirations")});
        });
        var submitted = new HashMap<UUID, Object[]>();
        jdbc.sql("select member_id, submitted_at, sha256 from recess_report where recess_id = ?")
                .param(recess.id())
                .query(rs -> {
                    submitted.put(
                            rs.getObject("member_id", UUID.class),
                            new Object[] {rs.getTimestamp("submitted_at").toInstant(), rs.getString("sha256")});
                });
        var rows = new ArrayList<RecessReportRow>();
        for (var member : members.members(institution.id(), factionId, null)) {
            if (!member.activeDuring(recess.startsOn(), recess.endsOn())) {
                continue;
            }
            var count = counts.getOrDefault(member.id(), new int[2]);
            var report = submitted.get(member.id());
            RecessReportStatus status;
            if (report != null) {
                status = RecessReportStatus.SUBMITTED;
            } else if (today.isAfter(dueOn)) {
                status = RecessReportStatus.MISSING;
            } else if (count[0] > 0) {
                status = RecessReportStatus.DRAFT;
            } else {
                status = RecessReportStatus.NOT_STARTED;
            }
            rows.add(new RecessReportRow(
                    member.id(),
                    member.name(),
                    member.factionId(),
                    member.factionName(),
                    member.dapilName(),
                    status,
                    count[0],
                    count[1],
                    dueOn,
                    report == null ? null : (Instant) report[0],
                    report == null ? null : (String) report[1]));
        }
        return rows;
    }

    /** A member's report of a recess composed from the data as it is now. */
    @Transactional(readOnly = true)
    public MemberReport compose(Institution institution, UUID recessId, UUID memberId) {
        var recess = calendar.recess(institution.id(), recessId);
        var member = members.findMember(institution.id(), memberId)
                .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                .orElseThrow(() -> new NotFoundException("No member " + memberId + " in office during the recess"));
        var row = reports(institution, recess, member.factionId()).stream()
                .filter(r -> r.memberId().equals(memberId))
                .findFirst()
                .orElseThrow();
        return compose(recess, member, row);
    }

    private MemberReport compose(SittingPeriod recess, CouncilMember member, RecessReportRow row) {
        var visits = jdbc.sql("""
                        select id, starts_at, ends_at, place, district, village from recess_visit
                        where recess_id = ? and member_id = ? and status = 'HELD' order by starts_at, id""")
                .params(recess.id(), member.id())
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("starts_at").toInstant(),
                    rs.getTimestamp("ends_at") == null
                            ? null
                            : rs.getTimestamp("ends_at").toInstant(),
                    rs.getString("place"),
                    rs.getString("district"),
                    rs.getString("village")
                })
                .list();
        var ids = visits.stream().map(v -> (UUID) v[0]).toArray(UUID[]::new);
        var attendees = new HashMap<UUID, List<MemberReport.Attendee>>();
        var invited = new HashMap<UUID, Integer>();
        jdbc.sql("select visit_id, name, organisation, invited, attended from recess_visit_attendee"
                        + " where visit_id = any(?) order by name, id")
                .param(ids)
                .query(rs -> {
                    var visit = rs.getObject("visit_id", UUID.class);
                    if (rs.getBoolean("invited")) {
                        invited.merge(visit, 1, Integer::sum);
                    }
                    if (rs.getBoolean("attended")) {
                        attendees
                                .computeIfAbsent(visit, k -> new ArrayList<>())
                                .add(new MemberReport.Attendee(rs.getString("name"), rs.getString("organisation")));
                    }
                });
        var photos = new HashMap<UUID, List<String>>();
        jdbc.sql("select visit_id, coalesce(caption, file_name) as caption from recess_visit_photo"
                        + " where visit_id = any(?) order by uploaded_at, id")
                .param(ids)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getObject("visit_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("caption"));
                });
        var heard = new HashMap<UUID, List<MemberReport.Heard>>();
        jdbc.sql("""
                        select a.visit_id, a.summary, a.person_name, a.group_name, a.district, a.village, a.category,
                               s.tracking_number
                        from recess_aspiration a join submission s on s.id = a.case_id
                        where a.recess_id = ? and a.member_id = ? order by a.created_at, a.id""").params(recess.id(), member.id()).query(rs -> {
            var category = category(rs.getString("category"));
            var from = rs.getString("group_name") != null ? rs.getString("group_name") : rs.getString("person_name");
            heard.computeIfAbsent(rs.getObject("visit_id", UUID.class), k -> new ArrayList<>())
                    .add(new MemberReport.Heard(
                            rs.getString("summary"),
                            from,
                            rs.getString("district"),
                            rs.getString("village"),
                            category,
                            categoryLabel(category),
                            rs.getString("tracking_number")));
        });
        var composed = new ArrayList<MemberReport.Visit>();
        for (var v : visits) {
            var id = (UUID) v[0];
            composed.add(new MemberReport.Visit(
                    id,
                    (Instant) v[1],
                    (Instant) v[2],
                    (String) v[3],
                    (String) v[4],
                    (String) v[5],
                    invited.getOrDefault(id, 0),
                    List.copyOf(attendees.getOrDefault(id, List.of())),
                    List.copyOf(heard.getOrDefault(id, List.of())),
                    List.copyOf(photos.getOrDefault(id, List.of()))));
        }
        return new MemberReport(recess, member, row.dueOn(), row, List.copyOf(composed));
    }

    /**
     * The report's PDF: as submitted when it was, else a draft composed now (marked as not submitted).
     */
    @Transactional(readOnly = true)
    public byte[] pdf(Institution institution, UUID recessId, UUID memberId) {
        var report = compose(institution, recessId, memberId);
        if (report.row().status() == RecessReportStatus.SUBMITTED) {
            return jdbc.sql("select pdf from recess_report where recess_id = ? and member_id = ?")
                    .params(recessId, memberId)
                    .query((rs, n) -> rs.getBytes("pdf"))
                    .single();
        }
        return render(institution, report, null, null);
    }

    private byte[] render(Institution institution, MemberReport report, Instant submittedAt, String submittedBy) {
        var content = new LinkedHashMap<String, Object>();
        content.put("report", report);
        content.put("submittedAt", submittedAt);
        content.put("submittedBy", submittedBy);
        return documents.renderWorking(institution, "recess-report", content);
    }

    /**
     * Submits a member's report: composed and printed now, stored with its SHA-256 and never changed. The secretariat's
     * editors submit any member's; a member signed in with their own account submits their own. A report is submitted
     * once, after the recess has ended, with at least one held visit.
     */
    @Transactional
    public RecessReportRow submit(StaffMember editor, Institution institution, UUID recessId, UUID memberId) {
        RecessCalendar.requireCouncil(institution);
        var member = members.findMember(institution.id(), memberId)
                .orElseThrow(() -> new NotFoundException("Member " + memberId + " not found"));
        var ownReport = editor.id().equals(member.staffAccountId());
        if (!ownReport && !RecessEditors.mayChange(editor, institution)) {
            throw new ForbiddenException("Only the secretariat or the member themselves submit a member's report");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("recess-report:" + recessId + ":" + memberId)
                .query((rs, n) -> 1)
                .list();
        var report = compose(institution, recessId, memberId);
        var today = clock.instant().atZone(institution.zone()).toLocalDate();
        if (report.row().status() == RecessReportStatus.SUBMITTED) {
            throw new RecessConflict("memberId", "reportSubmitted", "the member's report is submitted already");
        }
        if (!today.isAfter(report.recess().endsOn())) {
            throw new RecessConflict("recessId", "recessNotEnded", "a report is submitted after the recess has ended");
        }
        if (report.visits().isEmpty()) {
            throw new RecessConflict("visits", "noHeldVisit", "the member has no held visit to report");
        }
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var pdf = render(institution, report, now, editor.displayName());
        var sha256 = Documents.checksum(pdf);
        jdbc.sql("""
                        insert into recess_report (id, institution_id, recess_id, member_id, submitted_at, submitted_by,
                            visits, aspirations, sha256, pdf)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        institution.id(),
                        recessId,
                        memberId,
                        Timestamp.from(now),
                        editor.id(),
                        report.visits().size(),
                        report.aspirationCount(),
                        sha256,
                        pdf)
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("recessId", recessId.toString());
        details.put("member", member.name());
        details.put("visits", report.visits().size());
        details.put("aspirations", report.aspirationCount());
        details.put("sha256", sha256);
        details.put("byMember", ownReport);
        calendar.record(editor, institution, "recess.report.submitted", "council_member", memberId, details);
        return reports(institution, report.recess(), member.factionId()).stream()
                .filter(r -> r.memberId().equals(memberId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A faction's compilation of its members' reports of a recess: the list of its members with where each report
     * stands, the submitted reports, and the members whose report is missing.
     */
    @Transactional(readOnly = true)
    public byte[] factionPdf(Institution institution, UUID recessId, UUID factionId) {
        var recess = calendar.recess(institution.id(), recessId);
        var faction = institutions
                .findUnit(factionId)
                .filter(u -> u.institutionId().equals(institution.id()) && u.type() == UnitType.FACTION)
                .orElseThrow(() -> new NotFoundException("Faction " + factionId + " not found"));
        var rows = reports(institution, recess, factionId);
        var reports = new ArrayList<MemberReport>();
        for (var row : rows) {
            if (row.status() == RecessReportStatus.SUBMITTED) {
                var member =
                        members.findMember(institution.id(), row.memberId()).orElseThrow();
                reports.add(compose(recess, member, row));
            }
        }
        var content = new LinkedHashMap<String, Object>();
        content.put("faction", faction);
        content.put("recess", recess);
        content.put("recessName", PokirExports.recess(recess.sitting(), recess.year()));
        content.put("rows", rows);
        content.put("reports", reports);
        content.put("missing", rows.stream().filter(RecessReportRow::missing).toList());
        content.put("statusLabels", statusLabels());
        return documents.renderWorking(institution, "recess-faction-report", content);
    }

    static Map<String, String> statusLabels() {
        return Map.of(
                "SUBMITTED", "Sudah diserahkan",
                "DRAFT", "Belum diserahkan",
                "NOT_STARTED", "Belum ada kegiatan",
                "MISSING", "Tidak ada laporan (lewat batas waktu)");
    }

    private static AspirationCategory category(String value) {
        try {
            return AspirationCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return AspirationCategory.OTHER;
        }
    }

    /** The category as printed on official documents (always Indonesian). */
    static String categoryLabel(AspirationCategory category) {
        return switch (category) {
            case INFRASTRUCTURE -> "Infrastruktur";
            case EDUCATION -> "Pendidikan";
            case HEALTH -> "Kesehatan";
            case ECONOMY -> "Ekonomi";
            case SOCIAL -> "Sosial";
            case ENVIRONMENT -> "Lingkungan hidup";
            case GOVERNANCE -> "Pemerintahan";
            case OTHER -> "Lainnya";
        };
    }
}
