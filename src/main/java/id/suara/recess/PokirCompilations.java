package id.suara.recess;

import static id.suara.recess.RecessEditors.requireEditor;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pokir compilation of a planning year (GOVDOCS §3; ADR 0034): the secretariat draws the aspirations of chosen
 * recesses into items — one per aspiration group, listing every proposing member and visit, one per ungrouped
 * aspiration — adds other aspiration cases it chooses, edits the planner's fields, reviews each item (accepted, returned
 * or rejected with a reason) and later records the target office's decision.
 */
@Service
public class PokirCompilations {

    static final int TITLE_MAX = 200;
    static final int REASON_MAX = 1000;

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final Institutions institutions;
    private final Clock clock;

    PokirCompilations(JdbcClient jdbc, RecessCalendar calendar, Institutions institutions, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** Which items a view shows; every part optional. */
    public record Filter(
            UUID member, UUID dapil, UUID faction, UUID opd, AspirationCategory category, PokirReview review) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        /** Whether an item passes the filter. */
        public Predicate<PokirItem> predicate() {
            return item -> (member == null || item.proposedBy(member))
                    && (dapil == null || item.sources().stream().anyMatch(s -> dapil.equals(s.dapilId())))
                    && (faction == null || item.sources().stream().anyMatch(s -> faction.equals(s.factionId())))
                    && (opd == null || opd.equals(item.targetUnitId()))
                    && (category == null || category == item.category())
                    && (review == null || review == item.review());
        }
    }

    // ---- compilations ----

    @Transactional(readOnly = true)
    public List<PokirCompilation> compilations(UUID institutionId) {
        return jdbc.sql(COMPILATION_QUERY
                        + " where c.institution_id = ? order by c.planning_year desc, c.created_at desc")
                .param(institutionId)
                .query((rs, n) -> compilation(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public PokirCompilation compilation(UUID institutionId, UUID compilationId) {
        return jdbc.sql(COMPILATION_QUERY + " where c.institution_id = ? and c.id = ?")
                .params(institutionId, compilationId)
                .query((rs, n) -> compilation(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Pokir compilation " + compilationId + " not found"));
    }

    /** Creates a compilation and draws the aspirations of its recesses into items. */
    @Transactional
    public PokirCompilation create(StaffMember editor, Institution institution, NewPokirCompilation entered) {
        requireEditor(editor, institution);
        var errors = new ArrayList<FieldError>();
        if (entered == null
                || entered.planningYear() == null
                || entered.planningYear() < 2000
                || entered.planningYear() > 2100) {
            errors.add(new FieldError("planningYear", "must be the planning (RKPD) year, e.g. 2028"));
        }
        var title = entered == null || entered.title() == null
                ? ""
                : entered.title().strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "must be given, at most " + TITLE_MAX + " characters"));
        }
        var recesses = new LinkedHashSet<UUID>();
        if (entered == null
                || entered.recessIds() == null
                || entered.recessIds().isEmpty()) {
            errors.add(new FieldError("recessIds", "must name at least one recess the compilation draws from"));
        } else {
            for (var recessId : entered.recessIds()) {
                if (recessId == null
                        || calendar.findPeriod(institution.id(), recessId)
                                .filter(p -> p.kind() == PeriodKind.RECESS)
                                .isEmpty()) {
                    errors.add(new FieldError("recessIds", "names a period that is not a recess of the institution"));
                    break;
                }
                recesses.add(recessId);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into pokir_compilation (id, institution_id, planning_year, title, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        institution.id(),
                        entered.planningYear(),
                        title,
                        Timestamp.from(clock.instant()),
                        editor.id())
                .update();
        for (var recessId : recesses) {
            jdbc.sql("insert into pokir_compilation_recess (compilation_id, recess_id) values (?, ?)")
                    .params(id, recessId)
                    .update();
        }
        int drawn = draw(id, entered.planningYear(), recesses);
        var details = new LinkedHashMap<String, Object>();
        details.put("planningYear", entered.planningYear());
        details.put("title", title);
        details.put("recessIds", recesses.stream().map(UUID::toString).toList());
        details.put("items", drawn);
        calendar.record(editor, institution, "recess.pokir.created", "pokir_compilation", id, details);
        return compilation(institution.id(), id);
    }

    /** Draws into the compilation the aspirations of its recesses heard since it was created (or last drawn). */
    @Transactional
    public PokirCompilation redraw(StaffMember editor, Institution institution, UUID compilationId) {
        requireEditor(editor, institution);
        var compilation = lockedCompilation(institution, compilationId);
        int drawn = draw(compilationId, compilation.planningYear(), compilation.recessIds());
        calendar.record(
                editor, institution, "recess.pokir.drawn", "pokir_compilation", compilationId, Map.of("items", drawn));
        return compilation(institution.id(), compilationId);
    }

    /**
     * Adds items for the recess aspirations of these recesses not in the compilation yet: one per group (its fields from
     * the group's first aspiration, its title as the proposal), one per ungrouped aspiration. Answers how many.
     */
    private int draw(UUID compilationId, int planningYear, java.util.Collection<UUID> recessIds) {
        if (recessIds.isEmpty()) {
            return 0;
        }
        var rows = jdbc.sql("""
                        select a.id, a.case_id, a.group_id, g.title as group_title, a.summary, a.problem, a.village,
                               a.district, a.category, a.volume, a.volume_unit, a.estimated_cost, a.target_unit_id
                        from recess_aspiration a
                        left join recess_aspiration_group g on g.id = a.group_id
                        where a.recess_id = any(?)
                          and not exists (select 1 from pokir_item_case c
                                          where c.compilation_id = ? and c.case_id = a.case_id)
                        order by a.created_at, a.id""")
                .params(recessIds.toArray(UUID[]::new), compilationId)
                .query((rs, n) -> new Drawn(
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("group_id", UUID.class),
                        rs.getString("group_title"),
                        rs.getString("summary"),
                        rs.getString("problem"),
                        rs.getString("village"),
                        rs.getString("district"),
                        rs.getString("category"),
                        rs.getBigDecimal("volume"),
                        rs.getString("volume_unit"),
                        rs.getBigDecimal("estimated_cost"),
                        rs.getObject("target_unit_id", UUID.class)))
                .list();
        int added = 0;
        var position = nextPosition(compilationId);
        for (var row : rows) {
            UUID itemId = null;
            if (row.groupId() != null) {
                itemId = jdbc.sql("select id from pokir_item where compilation_id = ? and group_id = ?")
                        .params(compilationId, row.groupId())
                        .query(UUID.class)
                        .optional()
                        .orElse(null);
            }
            if (itemId == null) {
                itemId = UUID.randomUUID();
                jdbc.sql("""
                                insert into pokir_item (id, compilation_id, position, group_id, category, proposal, problem,
                                    village, district, target_unit_id, volume, volume_unit, estimated_cost, year)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                itemId,
                                compilationId,
                                position++,
                                row.groupId(),
                                row.category(),
                                row.groupId() != null ? row.groupTitle() : row.summary(),
                                row.problem(),
                                row.village(),
                                row.district(),
                                row.targetUnitId(),
                                row.volume(),
                                row.volumeUnit(),
                                row.estimatedCost(),
                                planningYear)
                        .update();
                added++;
            }
            jdbc.sql("insert into pokir_item_case (item_id, compilation_id, case_id) values (?, ?, ?)")
                    .params(itemId, compilationId, row.caseId())
                    .update();
        }
        return added;
    }

    private record Drawn(
            UUID caseId,
            UUID groupId,
            String groupTitle,
            String summary,
            String problem,
            String village,
            String district,
            String category,
            BigDecimal volume,
            String volumeUnit,
            BigDecimal estimatedCost,
            UUID targetUnitId) {}

    /** Adds another aspiration case of the institution (not heard at a recess) as an item of its own. */
    @Transactional
    public PokirItem addCase(StaffMember editor, Institution institution, UUID compilationId, UUID caseId) {
        requireEditor(editor, institution);
        var compilation = lockedCompilation(institution, compilationId);
        if (caseId == null) {
            throw InvalidInputException.invalid("caseId", "must name an aspiration case of the institution");
        }
        var found = jdbc.sql("select title, substance from submission"
                        + " where id = ? and institution_id = ? and kind = 'ASPIRATION'")
                .params(caseId, institution.id())
                .query((rs, n) -> new String[] {rs.getString("title"), rs.getString("substance")})
                .optional()
                .orElseThrow(() -> InvalidInputException.unprocessable(
                        "caseId", "must name an aspiration case of the institution"));
        var taken = jdbc.sql("select count(*) from pokir_item_case where compilation_id = ? and case_id = ?")
                .params(compilationId, caseId)
                .query(Long.class)
                .single();
        if (taken > 0) {
            throw new RecessConflict("caseId", "caseInCompilation", "the case is in the compilation already");
        }
        var category = jdbc.sql("select category from recess_aspiration where case_id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .orElse(AspirationCategory.OTHER.name());
        var itemId = UUID.randomUUID();
        var problem = found[1].length() > 5000 ? found[1].substring(0, 5000) : found[1];
        jdbc.sql("""
                        insert into pokir_item (id, compilation_id, position, category, proposal, problem, year)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        itemId,
                        compilationId,
                        nextPosition(compilationId),
                        category,
                        found[0],
                        problem,
                        compilation.planningYear())
                .update();
        jdbc.sql("insert into pokir_item_case (item_id, compilation_id, case_id) values (?, ?, ?)")
                .params(itemId, compilationId, caseId)
                .update();
        calendar.record(
                editor,
                institution,
                "recess.pokir.caseAdded",
                "pokir_item",
                itemId,
                Map.of("compilationId", compilationId.toString(), "caseId", caseId.toString()));
        return item(compilationId, itemId);
    }

    private int nextPosition(UUID compilationId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from pokir_item where compilation_id = ?")
                .param(compilationId)
                .query(Integer.class)
                .single();
    }

    private PokirCompilation lockedCompilation(Institution institution, UUID compilationId) {
        jdbc.sql("select id from pokir_compilation where id = ? and institution_id = ? for update")
                .params(compilationId, institution.id())
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Pokir compilation " + compilationId + " not found"));
        return compilation(institution.id(), compilationId);
    }

    // ---- items ----

    /** The compilation's items in order, those the filter lets through. */
    @Transactional(readOnly = true)
    public List<PokirItem> items(UUID institutionId, UUID compilationId, Filter filter) {
        compilation(institutionId, compilationId);
        return loadItems(compilationId, null).stream()
                .filter((filter == null ? Filter.ALL : filter).predicate())
                .toList();
    }

    @Transactional(readOnly = true)
    public PokirItem item(UUID institutionId, UUID compilationId, UUID itemId) {
        compilation(institutionId, compilationId);
        return item(compilationId, itemId);
    }

    private PokirItem item(UUID compilationId, UUID itemId) {
        return loadItems(compilationId, itemId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Pokir item " + itemId + " not found"));
    }

    /**
     * Changes an item: the planner's fields, the review (a returned or rejected item needs a reason; an accepted one a
     * target office) and the target office's decision (only on an accepted item, with its date).
     */
    @Transactional
    public PokirItem change(
            StaffMember editor, Institution institution, UUID compilationId, UUID itemId, PokirItemChange change) {
        requireEditor(editor, institution);
        lockedCompilation(institution, compilationId);
        jdbc.sql("select id from pokir_item where id = ? and compilation_id = ? for update")
                .params(itemId, compilationId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Pokir item " + itemId + " not found"));
        var before = item(compilationId, itemId);
        if (change == null) {
            throw InvalidInputException.invalid("review", "nothing to change");
        }
        var errors = new ArrayList<FieldError>();
        var proposal = text(change.proposal(), before.proposal(), "proposal", 200, true, errors);
        var problem = text(change.problem(), before.problem(), "problem", 5000, true, errors);
        var village = text(change.village(), before.village(), "village", 120, false, errors);
        var district = text(change.district(), before.district(), "district", 120, false, errors);
        var volumeUnit = text(change.volumeUnit(), before.volumeUnit(), "volumeUnit", 40, false, errors);
        var targetUnitId = change.targetUnitId() != null ? change.targetUnitId() : before.targetUnitId();
        if (change.targetUnitId() != null
                && institutions
                        .findUnit(change.targetUnitId())
                        .filter(u ->
                                u.institutionId().equals(institution.id()) && u.type() == UnitType.GOVERNMENT_OFFICE)
                        .isEmpty()) {
            errors.add(new FieldError("targetUnitId", "must be a government office (OPD) of the institution"));
        }
        var volume = change.volume() != null ? change.volume() : before.volume();
        if (change.volume() != null
                && (change.volume().signum() <= 0
                        || change.volume().scale() > 2
                        || change.volume().precision() - change.volume().scale() > 12)) {
            errors.add(new FieldError("volume", "must be a positive number with at most two decimals"));
        }
        if (volumeUnit != null && volume == null) {
            errors.add(new FieldError("volume", "must be given with its unit"));
        }
        var cost = change.estimatedCost() != null ? change.estimatedCost() : before.estimatedCost();
        if (change.estimatedCost() != null
                && (change.estimatedCost().signum() < 0
                        || change.estimatedCost().stripTrailingZeros().scale() > 0
                        || change.estimatedCost().precision()
                                        - change.estimatedCost().scale()
                                > 18)) {
            errors.add(new FieldError("estimatedCost", "must be a whole number of rupiah, not negative"));
        }
        var year = change.year() != null ? change.year() : before.year();
        if (change.year() != null && (year < 2000 || year > 2100)) {
            errors.add(new FieldError("year", "must be a year, e.g. 2028"));
        }
        var review = before.review();
        var reason = before.reviewReason();
        var reviewed = false;
        if (change.review() != null) {
            var given = parse(PokirReview.class, change.review());
            if (given == null || given == PokirReview.PENDING) {
                errors.add(new FieldError("review", "must be ACCEPTED, RETURNED or REJECTED"));
            } else {
                review = given;
                reviewed = true;
                reason = change.reason() == null || change.reason().isBlank()
                        ? null
                        : change.reason().strip();
                if (given != PokirReview.ACCEPTED && reason == null) {
                    errors.add(new FieldError("reason", "must say why the item is returned or rejected"));
                }
                if (reason != null && reason.length() > REASON_MAX) {
                    errors.add(new FieldError("reason", "at most " + REASON_MAX + " characters"));
                }
                if (given == PokirReview.ACCEPTED && targetUnitId == null) {
                    errors.add(new FieldError("targetUnitId", "an accepted item needs its target office (OPD)"));
                }
            }
        } else if (change.reason() != null) {
            errors.add(new FieldError("review", "a reason is given with the review it explains"));
        }
        var decision = before.opdDecision();
        var program = before.opdProgram();
        var note = before.opdNote();
        var decidedOn = before.opdDecidedOn();
        var decided = change.opdDecision() != null;
        if (decided) {
            decision = parse(OpdDecision.class, change.opdDecision());
            if (decision == null) {
                errors.add(new FieldError("opdDecision", "must be ADOPTED, DECLINED or DEFERRED"));
            } else if (review != PokirReview.ACCEPTED) {
                errors.add(new FieldError("opdDecision", "only an accepted item goes to the office for a decision"));
            }
            decidedOn = change.opdDecidedOn();
            if (decidedOn == null) {
                errors.add(new FieldError("opdDecidedOn", "must be the day the office decided"));
            } else if (decidedOn.isAfter(
                    clock.instant().atZone(institution.zone()).toLocalDate())) {
                errors.add(new FieldError("opdDecidedOn", "must not be in the future"));
            }
            program = text(change.opdProgram(), null, "opdProgram", 300, false, errors);
            note = text(change.opdNote(), null, "opdNote", 1000, false, errors);
        } else if (change.opdProgram() != null || change.opdNote() != null || change.opdDecidedOn() != null) {
            errors.add(new FieldError("opdDecision", "the office's program, note and date come with its decision"));
        } else if (reviewed && review != PokirReview.ACCEPTED && decision != null) {
            errors.add(new FieldError("review", "the office has decided on this item already"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        update pokir_item set proposal = ?, problem = ?, village = ?, district = ?, target_unit_id = ?,
                            volume = ?, volume_unit = ?, estimated_cost = ?, year = ?, version = version + 1
                        where id = ?""")
                .params(proposal, problem, village, district, targetUnitId, volume, volumeUnit, cost, year, itemId)
                .update();
        if (reviewed) {
            jdbc.sql(
                            "update pokir_item set review = ?, review_reason = ?, reviewed_at = ?, reviewed_by = ? where id = ?")
                    .params(review.name(), reason, now, editor.id(), itemId)
                    .update();
        }
        if (decided) {
            jdbc.sql("""
                            update pokir_item set opd_decision = ?, opd_program = ?, opd_note = ?, opd_decided_on = ?,
                                opd_recorded_at = ?, opd_recorded_by = ?
                            where id = ?""")
                    .params(decision.name(), program, note, decidedOn, now, editor.id(), itemId)
                    .update();
        }
        var after = item(compilationId, itemId);
        var details = new LinkedHashMap<String, Object>();
        details.put("compilationId", compilationId.toString());
        details.put("proposal", after.proposal());
        if (reviewed) {
            details.put("review", review.name());
            if (reason != null) {
                details.put("reason", reason);
            }
        }
        if (decided) {
            details.put("opdDecision", decision.name());
            details.put("opdDecidedOn", decidedOn.toString());
        }
        var action = decided ? "recess.pokir.opdDecision" : reviewed ? "recess.pokir.reviewed" : "recess.pokir.changed";
        calendar.record(editor, institution, action, "pokir_item", itemId, details);
        return after;
    }

    private static String text(
            String given, String current, String field, int max, boolean required, List<FieldError> errors) {
        if (given == null) {
            return current;
        }
        var value = given.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "must not be empty"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- the portal ----

    /**
     * What became of the case with this tracking number in the pokir compilations it is in, the newest planning year
     * first; for the portal, once the complainant's access code has been checked.
     */
    @Transactional(readOnly = true)
    public List<PokirOutcome> outcomesOf(String trackingNumber) {
        return jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(UUID.class)
                .optional()
                .map(this::outcomes)
                .orElse(List.of());
    }

    /** What became of a case in the pokir compilations it is in, the newest planning year first. */
    @Transactional(readOnly = true)
    public List<PokirOutcome> outcomes(UUID caseId) {
        return jdbc.sql("""
                        select c.planning_year, c.title, i.review, i.review_reason, u.name as target_name,
                               i.opd_decision, i.opd_program, i.opd_note, i.opd_decided_on
                        from pokir_item_case ic
                        join pokir_item i on i.id = ic.item_id
                        join pokir_compilation c on c.id = ic.compilation_id
                        left join unit u on u.id = i.target_unit_id
                        where ic.case_id = ?
                        order by c.planning_year desc, c.created_at desc""")
                .param(caseId)
                .query((rs, n) -> new PokirOutcome(
                        rs.getInt("planning_year"),
                        rs.getString("title"),
                        PokirReview.valueOf(rs.getString("review")),
                        rs.getString("review_reason"),
                        rs.getString("target_name"),
                        rs.getString("opd_decision") == null ? null : OpdDecision.valueOf(rs.getString("opd_decision")),
                        rs.getString("opd_program"),
                        rs.getString("opd_note"),
                        rs.getObject("opd_decided_on", java.time.LocalDate.class)))
                .list();
    }

    // ---- reading ----

    private static final String COMPILATION_QUERY = """
            select c.id, c.institution_id, c.planning_year, c.title, c.created_at,
                   (select array_agg(r.recess_id order by p.starts_on) from pokir_compilation_recess r
                        join sitting_period p on p.id = r.recess_id where r.compilation_id = c.id) as recesses,
                   (select count(*) from pokir_item i where i.compilation_id = c.id) as items,
                   (select count(*) from pokir_item i where i.compilation_id = c.id and i.review = 'PENDING') as pending,
                   (select count(*) from pokir_item i where i.compilation_id = c.id and i.review = 'ACCEPTED') as accepted,
                   (select count(*) from pokir_item i where i.compilation_id = c.id and i.review = 'RETURNED') as returned,
                   (select count(*) from pokir_item i where i.compilation_id = c.id and i.review = 'REJECTED') as rejected
            from pokir_compilation c""";

    private static PokirCompilation compilation(ResultSet rs) throws SQLException {
        var array = rs.getArray("recesses");
        var recesses = array == null ? List.<UUID>of() : List.of((UUID[]) array.getArray());
        return new PokirCompilation(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getInt("planning_year"),
                rs.getString("title"),
                recesses,
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("items"),
                rs.getInt("pending"),
                rs.getInt("accepted"),
                rs.getInt("returned"),
                rs.getInt("rejected"));
    }

    private List<PokirItem> loadItems(UUID compilationId, UUID onlyItem) {
        var sources = new LinkedHashMap<UUID, List<PokirItem.Source>>();
        jdbc.sql("""
                        select ic.item_id, ic.case_id, s.tracking_number, a.member_id, m.name as member_name,
                               m.faction_unit_id, f.name as faction_name, m.dapil_id, d.name as dapil_name,
                               a.recess_id, p.year as recess_year, p.sitting as recess_sitting, a.visit_id,
                               v.starts_at, v.place
                        from pokir_item_case ic
                        join submission s on s.id = ic.case_id
                        left join recess_aspiration a on a.case_id = ic.case_id
                        left join council_member m on m.id = a.member_id
                        left join unit f on f.id = m.faction_unit_id
                        left join dapil d on d.id = m.dapil_id
                        left join sitting_period p on p.id = a.recess_id
                        left join recess_visit v on v.id = a.visit_id
                        where ic.compilation_id = ? and (cast(? as uuid) is null or ic.item_id = ?)
                        order by m.name nulls last, v.starts_at, s.tracking_number""").params(compilationId, onlyItem, onlyItem).query(rs -> {
            var startsAt = rs.getTimestamp("starts_at");
            sources.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                    .add(new PokirItem.Source(
                            rs.getObject("case_id", UUID.class),
                            rs.getString("tracking_number"),
                            rs.getObject("member_id", UUID.class),
                            rs.getString("member_name"),
                            rs.getObject("faction_unit_id", UUID.class),
                            rs.getString("faction_name"),
                            rs.getObject("dapil_id", UUID.class),
                            rs.getString("dapil_name"),
                            rs.getObject("recess_id", UUID.class),
                            (Integer) rs.getObject("recess_year"),
                            (Integer) rs.getObject("recess_sitting"),
                            rs.getObject("visit_id", UUID.class),
                            startsAt == null ? null : startsAt.toInstant(),
                            rs.getString("place")));
        });
        return jdbc.sql("""
                        select i.*, u.name as target_name
                        from pokir_item i left join unit u on u.id = i.target_unit_id
                        where i.compilation_id = ? and (cast(? as uuid) is null or i.id = ?)
                        order by i.position""")
                .params(compilationId, onlyItem, onlyItem)
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    var reviewedAt = rs.getTimestamp("reviewed_at");
                    return new PokirItem(
                            id,
                            compilationId,
                            rs.getInt("position"),
                            rs.getObject("group_id", UUID.class),
                            category(rs.getString("category")),
                            rs.getString("proposal"),
                            rs.getString("problem"),
                            rs.getString("village"),
                            rs.getString("district"),
                            rs.getObject("target_unit_id", UUID.class),
                            rs.getString("target_name"),
                            rs.getBigDecimal("volume"),
                            rs.getString("volume_unit"),
                            rs.getBigDecimal("estimated_cost"),
                            rs.getInt("year"),
                            PokirReview.valueOf(rs.getString("review")),
                            rs.getString("review_reason"),
                            reviewedAt == null ? null : reviewedAt.toInstant(),
                            rs.getString("opd_decision") == null
                                    ? null
                                    : OpdDecision.valueOf(rs.getString("opd_decision")),
                            rs.getString("opd_program"),
                            rs.getString("opd_note"),
                            rs.getObject("opd_decided_on", java.time.LocalDate.class),
                            List.copyOf(sources.getOrDefault(id, List.of())));
                })
                .list();
    }

    private static AspirationCategory category(String value) {
        try {
            return AspirationCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return AspirationCategory.OTHER;
        }
    }

    /** The institution's government offices (OPD) an item may target. */
    @Transactional(readOnly = true)
    public List<id.suara.institution.Unit> offices(UUID institutionId) {
        return institutions.units(institutionId).stream()
                .filter(u -> u.type() == UnitType.GOVERNMENT_OFFICE)
                .toList();
    }

    Optional<PokirCompilation> find(UUID institutionId, UUID compilationId) {
        try {
            return Optional.of(compilation(institutionId, compilationId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
