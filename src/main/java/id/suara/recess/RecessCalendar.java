package id.suara.recess;

import id.suara.audit.AuditEvent;
import id.suara.audit.AuditLog;
import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council secretariat's session calendar: its five-year terms and, per sitting year, its session periods (masa sidang)
 * and recess periods (masa reses), kept by its administrator (GOVDOCS §2, ADR 0030).
 *
 * <p>Rules: terms of one institution do not overlap and last at most five years; a period lies within one term and within
 * its sitting year; periods of one institution do not overlap; each masa persidangan (1–3 a year) has at most one masa
 * sidang and one masa reses, and a year's periods run in order (masa sidang I, masa reses I, masa sidang II, …); and
 * no recess is held in the term's last masa persidangan: a recess needs a masa sidang of the same term after it, or the
 * term must go on for longer than {@value #MASA_PERSIDANGAN_DAYS} days (about one masa persidangan, a third of a year)
 * after the recess ends.
 */
@Service
public class RecessCalendar {

    /** About one masa persidangan: three a year. */
    static final int MASA_PERSIDANGAN_DAYS = 120;

    private static final String TERM_COLUMNS = "id, institution_id, starts_on, ends_on";
    private static final String PERIOD_COLUMNS = "id, institution_id, kind, year, sitting, starts_on, ends_on";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RecessCalendar(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The institution's terms, the latest first. */
    @Transactional(readOnly = true)
    public List<CouncilTerm> terms(UUID institutionId) {
        return jdbc.sql("select " + TERM_COLUMNS
                        + " from council_term where institution_id = ? order by starts_on desc")
                .param(institutionId)
                .query((rs, n) -> term(rs))
                .list();
    }

    /** The term in force on a day, if any. */
    @Transactional(readOnly = true)
    public Optional<CouncilTerm> termOn(UUID institutionId, LocalDate day) {
        return terms(institutionId).stream().filter(t -> t.covers(day, day)).findFirst();
    }

    /** Adds a term, refusing one that overlaps another or lasts more than five years. */
    @Transactional
    public CouncilTerm addTerm(StaffMember editor, Institution institution, NewTerm entered) {
        requireAdministrator(editor, institution);
        var errors = new ArrayList<FieldError>();
        if (entered == null || entered.startsOn() == null) {
            errors.add(new FieldError("startsOn", "must be the date of the oath"));
        }
        if (entered == null || entered.endsOn() == null) {
            errors.add(new FieldError("endsOn", "must be the term's last day"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (!plausible(entered.startsOn())) {
            throw InvalidInputException.invalid("startsOn", "must be a date between 1950 and 2200");
        }
        if (!plausible(entered.endsOn())) {
            throw InvalidInputException.invalid("endsOn", "must be a date between 1950 and 2200");
        }
        if (!entered.endsOn().isAfter(entered.startsOn())) {
            throw InvalidInputException.invalid("endsOn", "must be after the start of the term");
        }
        if (entered.endsOn().isAfter(entered.startsOn().plusYears(5))) {
            throw InvalidInputException.invalid("endsOn", "a term (periode keanggotaan) lasts at most five years");
        }
        lock(institution.id());
        for (var other : terms(institution.id())) {
            if (!entered.startsOn().isAfter(other.endsOn()) && !entered.endsOn().isBefore(other.startsOn())) {
                throw new RecessConflict(
                        "startsOn",
                        "termOverlap",
                        "overlaps the term " + other.startsOn() + " – " + other.endsOn() + " of this institution");
            }
        }
        var term = new CouncilTerm(UUID.randomUUID(), institution.id(), entered.startsOn(), entered.endsOn());
        jdbc.sql("insert into council_term (id, institution_id, starts_on, ends_on) values (?, ?, ?, ?)")
                .params(term.id(), term.institutionId(), term.startsOn(), term.endsOn())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("startsOn", term.startsOn().toString());
        details.put("endsOn", term.endsOn().toString());
        record(editor, institution, "recess.term.added", "council-term", term.id(), details);
        return term;
    }

    /** The institution's periods of a sitting year (all years when null), in date order. */
    @Transactional(readOnly = true)
    public List<SittingPeriod> periods(UUID institutionId, Integer year) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from sitting_period where institution_id = ?"
                        + (year == null ? "" : " and year = " + year.intValue())
                        + " order by starts_on")
                .param(institutionId)
                .query((rs, n) -> period(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SittingPeriod> findPeriod(UUID institutionId, UUID periodId) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from sitting_period where institution_id = ? and id = ?")
                .params(institutionId, periodId)
                .query((rs, n) -> period(rs))
                .optional();
    }

    /** One of the institution's recesses, or a 404. */
    @Transactional(readOnly = true)
    public SittingPeriod recess(UUID institutionId, UUID periodId) {
        return findPeriod(institutionId, periodId)
                .filter(p -> p.kind() == PeriodKind.RECESS)
                .orElseThrow(() -> new NotFoundException("Recess " + periodId + " not found"));
    }

    /** A recess of any institution by its id, for pages whose address names only the recess. */
    @Transactional(readOnly = true)
    public Optional<SittingPeriod> findRecess(UUID recessId) {
        return jdbc.sql("select " + PERIOD_COLUMNS + " from sitting_period where id = ? and kind = 'RECESS'")
                .param(recessId)
                .query((rs, n) -> period(rs))
                .optional();
    }

    /** Adds a masa sidang or masa reses, refusing it whole when it breaks a rule of the calendar. */
    @Transactional
    public SittingPeriod addPeriod(StaffMember editor, Institution institution, NewPeriod entered) {
        requireAdministrator(editor, institution);
        var errors = new ArrayList<FieldError>();
        if (entered == null || entered.kind() == null) {
            errors.add(new FieldError("kind", "must be SESSION (masa sidang) or RECESS (masa reses)"));
        }
        if (entered == null || entered.year() == null || entered.year() < 1950 || entered.year() > 2200) {
            errors.add(new FieldError("year", "must be the sitting year, e.g. 2026"));
        }
        if (entered == null || entered.sitting() == null || entered.sitting() < 1 || entered.sitting() > 3) {
            errors.add(new FieldError("sitting", "must be the masa persidangan of the year: 1, 2 or 3"));
        }
        if (entered == null || entered.startsOn() == null) {
            errors.add(new FieldError("startsOn", "must be the period's first day"));
        }
        if (entered == null || entered.endsOn() == null) {
            errors.add(new FieldError("endsOn", "must be the period's last day"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (entered.endsOn().isBefore(entered.startsOn())) {
            throw InvalidInputException.invalid("endsOn", "must not be before the first day");
        }
        if (entered.startsOn().getYear() != entered.year() || entered.endsOn().getYear() != entered.year()) {
            throw InvalidInputException.invalid(
                    "startsOn", "the period must lie within its sitting year " + entered.year());
        }
        lock(institution.id());
        var term = terms(institution.id()).stream()
                .filter(t -> t.covers(entered.startsOn(), entered.endsOn()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.unprocessable(
                        "startsOn", "the period must lie within a term (periode keanggotaan) of the institution"));
        var existing = periods(institution.id(), null);
        for (var other : existing) {
            if (other.year() == entered.year()
                    && other.sitting() == entered.sitting()
                    && other.kind() == entered.kind()) {
                throw new RecessConflict(
                        "sitting",
                        "sittingTaken",
                        "masa persidangan " + entered.sitting() + " of " + entered.year() + " already has its "
                                + (entered.kind() == PeriodKind.RECESS ? "masa reses" : "masa sidang"));
            }
            if (other.overlaps(entered.startsOn(), entered.endsOn())) {
                throw new RecessConflict(
                        "startsOn",
                        "overlap",
                        "overlaps the " + (other.kind() == PeriodKind.RECESS ? "masa reses" : "masa sidang") + " "
                                + other.startsOn() + " – " + other.endsOn());
            }
        }
        int place = order(entered.sitting(), entered.kind());
        for (var other : existing) {
            if (other.year() == entered.year()
                    && (place < order(other.sitting(), other.kind()))
                            != entered.startsOn().isBefore(other.startsOn())) {
                throw new RecessConflict(
                        "sitting",
                        "order",
                        "a year runs masa sidang I, masa reses I, masa sidang II … in this order; this period would "
                                + "come " + (place < order(other.sitting(), other.kind()) ? "after" : "before")
                                + " the "
                                + (other.kind() == PeriodKind.RECESS ? "masa reses" : "masa sidang")
                                + " of masa persidangan "
                                + other.sitting());
            }
        }
        if (entered.kind() == PeriodKind.RECESS && inLastMasaPersidangan(term, entered.endsOn(), existing)) {
            throw new RecessConflict(
                    "startsOn",
                    "lastSitting",
                    "no recess in the last masa persidangan of the term ending " + term.endsOn()
                            + " (UU 23/2014 Pasal 125): no masa sidang of the term follows it");
        }
        var period = new SittingPeriod(
                UUID.randomUUID(),
                institution.id(),
                entered.kind(),
                entered.year(),
                entered.sitting(),
                entered.startsOn(),
                entered.endsOn());
        jdbc.sql("""
                insert into sitting_period (id, institution_id, kind, year, sitting, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        period.id(),
                        institution.id(),
                        period.kind().name(),
                        period.year(),
                        period.sitting(),
                        period.startsOn(),
                        period.endsOn())
                .update();
        record(editor, institution, "recess.period.added", "sitting-period", period.id(), periodDetails(period));
        return period;
    }

    /**
     * Removes a period; a recess takes its companions with it. A masa sidang a recess needs (without it the recess would
     * fall in the term's last masa persidangan) stays, and so does a recess whose facilitation was opened (ADR 0031).
     */
    @Transactional
    public void removePeriod(StaffMember editor, Institution institution, UUID periodId) {
        requireAdministrator(editor, institution);
        var period = findPeriod(institution.id(), periodId)
                .orElseThrow(() -> new NotFoundException("Period " + periodId + " not found"));
        if (period.kind() == PeriodKind.RECESS
                && jdbc.sql("select count(*) from recess_facilitation where recess_id = ?")
                                .param(periodId)
                                .query(Long.class)
                                .single()
                        > 0) {
            throw new RecessConflict(
                    "periodId",
                    "recessFacilitated",
                    "the recess's facilitation was opened (its checklist and service complaints refer to it)");
        }
        if (period.kind() == PeriodKind.SESSION) {
            lock(institution.id());
            var remaining = periods(institution.id(), null).stream()
                    .filter(p -> !p.id().equals(periodId))
                    .toList();
            for (var term : terms(institution.id())) {
                for (var recess : remaining) {
                    if (recess.kind() == PeriodKind.RECESS
                            && term.covers(recess.startsOn(), recess.endsOn())
                            && inLastMasaPersidangan(term, recess.endsOn(), remaining)) {
                        throw new RecessConflict(
                                "periodId",
                                "recessNeedsSession",
                                "the masa reses " + recess.startsOn() + " – " + recess.endsOn()
                                        + " needs this masa sidang after it: without it the recess would fall in the "
                                        + "last masa persidangan of the term; remove the recess first");
                    }
                }
            }
        }
        jdbc.sql("delete from sitting_period where id = ?").param(periodId).update();
        record(editor, institution, "recess.period.removed", "sitting-period", period.id(), periodDetails(period));
    }

    /**
     * Whether a recess ending on {@code recessEnds} would fall in the term's last masa persidangan: no masa sidang of the
     * term starts after it and the term ends within about one masa persidangan.
     */
    static boolean inLastMasaPersidangan(CouncilTerm term, LocalDate recessEnds, List<SittingPeriod> periods) {
        boolean sessionFollows = periods.stream()
                .anyMatch(p -> p.kind() == PeriodKind.SESSION
                        && p.startsOn().isAfter(recessEnds)
                        && term.covers(p.startsOn(), p.endsOn()));
        return !sessionFollows && !term.endsOn().isAfter(recessEnds.plusDays(MASA_PERSIDANGAN_DAYS));
    }

    /** A period's place in its year: masa sidang I, masa reses I, masa sidang II, … */
    private static int order(int sitting, PeriodKind kind) {
        return sitting * 2 + (kind == PeriodKind.RECESS ? 1 : 0);
    }

    /** Whether a date is one a council's calendar or membership can have (far-off dates would not even store). */
    static boolean plausible(LocalDate date) {
        return date.getYear() >= 1950 && date.getYear() <= 2200;
    }

    /** Only council secretariats keep a session calendar; only their administrator edits it. */
    static void requireAdministrator(StaffMember editor, Institution institution) {
        requireCouncil(institution);
        if (!editor.administers(institution.id())) {
            throw new ForbiddenException("Only the institution's administrator keeps its recess calendar and members");
        }
    }

    /** Refuses an institution that is not a DPRD secretariat. */
    public static void requireCouncil(Institution institution) {
        if (institution.kind() != InstitutionKind.COUNCIL_SECRETARIAT) {
            throw new NotFoundException("Institution " + institution.id() + " has no council");
        }
    }

    /** Serialises the calendar's changes of one institution, so that two overlapping periods cannot both pass. */
    void lock(UUID institutionId) {
        jdbc.sql("select id from institution where id = ? for update")
                .param(institutionId)
                .query(UUID.class)
                .single();
    }

    void record(
            StaffMember editor,
            Institution institution,
            String action,
            String subjectType,
            UUID subjectId,
            Map<String, Object> details) {
        audit.record(new AuditEvent(
                action, institution.id(), editor.id(), editor.username(), subjectType, subjectId.toString(), details));
    }

    private static Map<String, Object> periodDetails(SittingPeriod period) {
        var details = new LinkedHashMap<String, Object>();
        details.put("kind", period.kind().name());
        details.put("year", period.year());
        details.put("sitting", period.sitting());
        details.put("startsOn", period.startsOn().toString());
        details.put("endsOn", period.endsOn().toString());
        return details;
    }

    private static CouncilTerm term(ResultSet rs) throws SQLException {
        return new CouncilTerm(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    private static SittingPeriod period(ResultSet rs) throws SQLException {
        return new SittingPeriod(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                PeriodKind.valueOf(rs.getString("kind")),
                rs.getInt("year"),
                rs.getInt("sitting"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
