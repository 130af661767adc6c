package id.suara.recess;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.UnitType;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.IncomingFile;
import id.suara.intake.Intake;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.StoredImages;
import id.suara.intake.SubmissionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recess visits and what is written down at them (ADR 0032): a visit is planned for a member within a recess at a place
 * of the member's dapil and published on the portal's agenda at once; its guest and attendance lists and the
 * aspirations heard are entered by the secretariat or by the member's companions, each aspiration opening a case of
 * kind ASPIRATION on channel RECESS in the same transaction.
 *
 * <p>Who changes a visit and its entries: the institution's administrator; its officers, division heads and secretary;
 * and, for one member's visits only, the member's companions for that recess and the member's own staff account. Every
 * other staff member of the institution reads; staff of other institutions find nothing.
 */
@Service
public class RecessVisits implements VisitEntries {

    /** Residents are told of a visit at least this many days before it (issue 10). */
    public static final int NOTICE_DAYS = 3;

    static final int PLACE_MAX = 300;
    static final int VILLAGE_MAX = 120;
    static final int PERSON_MAX = 160;
    static final int GROUP_MAX = 200;
    static final int ORGANISATION_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int SUMMARY_MAX = 200;
    static final int PROBLEM_MAX = 5000;
    static final int UNIT_MAX = 40;
    static final int SHEET_MAX = 40;
    public static final Set<String> URGENCIES = Set.of("BIASA", "SEGERA", "SANGAT_SEGERA");

    /** The roles of the secretariat that keep every member's visits. */
    private static final Set<Role> SECRETARIAT = Set.of(Role.OFFICER, Role.DIVISION_HEAD, Role.SECRETARY);

    private static final String VISIT_QUERY = """
            select v.id, v.institution_id, v.recess_id, v.member_id, m.name as member_name, u.name as faction_name,
                   d.name as dapil_name, v.starts_at, v.ends_at, v.place, v.district, v.village,
                   v.expected_participants, v.status, v.published_at, v.version
            from recess_visit v
            join council_member m on m.id = v.member_id
            join unit u on u.id = m.faction_unit_id
            join dapil d on d.id = m.dapil_id
            """;

    private static final String ASPIRATION_QUERY = """
            select a.*, m.name as member_name, s.registration_number
            from recess_aspiration a
            join council_member m on m.id = a.member_id
            join submission s on s.id = a.case_id
            """;

    private final JdbcClient jdbc;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final Intake intake;
    private final StoredImages images;
    private final Clock clock;

    RecessVisits(
            JdbcClient jdbc,
            RecessCalendar calendar,
            CouncilMembers members,
            Institutions institutions,
            Intake intake,
            StoredImages images,
            Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.intake = intake;
        this.images = images;
        this.clock = clock;
    }

    // ---- access ----

    /** A council secretariat the staff member may see, or a 404. */
    public static void requireSeen(StaffMember actor, Institution institution) {
        RecessCalendar.requireCouncil(institution);
        if (!actor.maySee(institution.id())) {
            throw new NotFoundException("Institution " + institution.id() + " not found");
        }
    }

    /** Whether the staff member keeps every member's visits of the institution: its administrator or secretariat. */
    public boolean keepsAllVisits(StaffMember actor, Institution institution) {
        return actor.administers(institution.id()) || actor.mayActAs(SECRETARIAT, institution.id(), null);
    }

    /**
     * Whether the staff member may change a member's visits of a recess: the secretariat, the member's own account, or
     * one of the member's companions for that recess.
     */
    @Transactional(readOnly = true)
    public boolean mayChange(StaffMember actor, Institution institution, UUID recessId, UUID memberId) {
        if (keepsAllVisits(actor, institution)) {
            return true;
        }
        if (actor.id() == null || !institution.id().equals(actor.institutionId())) {
            return false;
        }
        var member = members.findMember(institution.id(), memberId);
        if (member.isPresent() && actor.id().equals(member.get().staffAccountId())) {
            return true;
        }
        return jdbc.sql("""
                        select count(*) from recess_companion
                        where recess_id = ? and member_id = ? and staff_account_id = ?""")
                        .params(recessId, memberId, actor.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The members whose visits of a recess the staff member may change (all for the secretariat). */
    @Transactional(readOnly = true)
    public List<CouncilMember> membersChangeableBy(StaffMember actor, Institution institution, UUID recessId) {
        return members.members(institution.id(), null, null).stream()
                .filter(m -> mayChange(actor, institution, recessId, m.id()))
                .toList();
    }

    private void requireChange(StaffMember actor, Institution institution, UUID recessId, UUID memberId) {
        if (!mayChange(actor, institution, recessId, memberId)) {
            throw new ForbiddenException(
                    "Only the secretariat, the member and the member's companions for the recess change its visits");
        }
    }

    // ---- visits ----

    /** Plans a visit and publishes it on the portal's agenda. */
    @Transactional
    public RecessVisit plan(StaffMember actor, Institution institution, NewVisit entered) {
        requireSeen(actor, institution);
        // who may not plan for the member named (or for anyone) is refused before the fields are checked
        if (!keepsAllVisits(actor, institution)
                && (entered == null
                        || entered.recessId() == null
                        || entered.memberId() == null
                        || !mayChange(actor, institution, entered.recessId(), entered.memberId()))) {
            throw new ForbiddenException(
                    "Only the secretariat, the member and the member's companions for the recess plan its visits");
        }
        var checked = checkedVisit(institution, entered, null);
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                insert into recess_visit (id, institution_id, recess_id, member_id, starts_at, ends_at, place, district,
                    village, expected_participants, status, published_at, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?)""")
                .params(
                        id,
                        institution.id(),
                        checked.recess().id(),
                        checked.member().id(),
                        Timestamp.from(checked.startsAt().toInstant()),
                        checked.endsAt() == null
                                ? null
                                : Timestamp.from(checked.endsAt().toInstant()),
                        checked.place(),
                        checked.district(),
                        checked.village(),
                        checked.expectedParticipants(),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        actor.id())
                .update();
        var visit = visit(institution.id(), id);
        calendar.record(actor, institution, "recess.visit.planned", "recess-visit", id, visitDetails(visit));
        return visit;
    }

    /**
     * Changes a planned visit: the fields given replace the stored ones (the recess and the member stay). A visit whose
     * time or place changes is published again, so that its notice counts from the change.
     */
    @Transactional
    public RecessVisit change(StaffMember actor, Institution institution, UUID visitId, NewVisit entered) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        requirePlanned(visit);
        var errors = new ArrayList<FieldError>();
        if (entered != null && entered.recessId() != null && !entered.recessId().equals(visit.recessId())) {
            errors.add(new FieldError("recessId", "a visit stays in its recess; cancel it and plan a new one"));
        }
        if (entered != null && entered.memberId() != null && !entered.memberId().equals(visit.memberId())) {
            errors.add(new FieldError("memberId", "a visit stays with its member; cancel it and plan a new one"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        var e = entered == null ? new NewVisit(null, null, null, null, null, null, null, null) : entered;
        var merged = new NewVisit(
                visit.recessId(),
                visit.memberId(),
                e.startsAt() != null ? e.startsAt() : visit.startsAt(),
                e.endsAt() != null ? e.endsAt() : (e.startsAt() != null ? null : visit.endsAt()),
                e.place() != null ? e.place() : visit.place(),
                e.district() != null ? e.district() : visit.district(),
                e.village() != null ? e.village() : visit.village(),
                e.expectedParticipants() != null ? e.expectedParticipants() : visit.expectedParticipants());
        var checked = checkedVisit(institution, merged, visit);
        boolean moved = !checked.startsAt().toInstant().equals(visit.startsAt().toInstant())
                || !checked.place().equals(visit.place())
                || !checked.district().equals(visit.district());
        jdbc.sql("""
                update recess_visit set starts_at = ?, ends_at = ?, place = ?, district = ?, village = ?,
                    expected_participants = ?, published_at = ?, version = version + 1
                where id = ?""")
                .params(
                        Timestamp.from(checked.startsAt().toInstant()),
                        checked.endsAt() == null
                                ? null
                                : Timestamp.from(checked.endsAt().toInstant()),
                        checked.place(),
                        checked.district(),
                        checked.village(),
                        checked.expectedParticipants(),
                        Timestamp.from(moved ? clock.instant() : visit.publishedAt()),
                        visitId)
                .update();
        var changed = visit(institution.id(), visitId);
        calendar.record(actor, institution, "recess.visit.changed", "recess-visit", visitId, visitDetails(changed));
        return changed;
    }

    /** Cancels a planned visit; it stays on the agenda marked as cancelled, so that nobody comes in vain. */
    @Transactional
    public RecessVisit cancel(StaffMember actor, Institution institution, UUID visitId) {
        return setStatus(actor, institution, visitId, "CANCELLED", "recess.visit.cancelled");
    }

    /** Marks a planned visit as held, once it has started. */
    @Transactional
    public RecessVisit markHeld(StaffMember actor, Institution institution, UUID visitId) {
        requireSeen(actor, institution);
        var visit = visit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        if (visit.startsAt().toInstant().isAfter(clock.instant())) {
            throw new RecessConflict("status", "visitNotStarted", "the visit has not started yet");
        }
        return setStatus(actor, institution, visitId, "HELD", "recess.visit.held");
    }

    private RecessVisit setStatus(
            StaffMember actor, Institution institution, UUID visitId, String status, String action) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        requirePlanned(visit);
        jdbc.sql("update recess_visit set status = ?, version = version + 1 where id = ?")
                .params(status, visitId)
                .update();
        var changed = visit(institution.id(), visitId);
        calendar.record(actor, institution, action, "recess-visit", visitId, visitDetails(changed));
        return changed;
    }

    private static void requirePlanned(RecessVisit visit) {
        if (!"PLANNED".equals(visit.status())) {
            throw new RecessConflict(
                    "status",
                    "visitNotPlanned",
                    "the visit is " + visit.status().toLowerCase(Locale.ROOT) + " and no longer changes");
        }
    }

    /** A recess's visits in time order, optionally of one member. */
    @Transactional(readOnly = true)
    public List<RecessVisit> visits(StaffMember actor, Institution institution, UUID recessId, UUID memberId) {
        requireSeen(actor, institution);
        calendar.recess(institution.id(), recessId);
        return jdbc.sql(VISIT_QUERY + " where v.institution_id = ? and v.recess_id = ?"
                        + " and (cast(? as uuid) is null or v.member_id = ?) order by v.starts_at, m.name")
                .params(institution.id(), recessId, memberId, memberId)
                .query((rs, n) -> visit(rs))
                .list();
    }

    /** One visit of the institution, or a 404. */
    @Transactional(readOnly = true)
    public RecessVisit visit(StaffMember actor, Institution institution, UUID visitId) {
        requireSeen(actor, institution);
        return visit(institution.id(), visitId);
    }

    RecessVisit visit(UUID institutionId, UUID visitId) {
        return findVisit(institutionId, visitId)
                .orElseThrow(() -> new NotFoundException("Visit " + visitId + " not found"));
    }

    private Optional<RecessVisit> findVisit(UUID institutionId, UUID visitId) {
        return jdbc.sql(VISIT_QUERY + " where v.institution_id = ? and v.id = ?")
                .params(institutionId, visitId)
                .query((rs, n) -> visit(rs))
                .optional();
    }

    /** The visit, locked until the transaction ends: entries of one visit are written one after the other. */
    private RecessVisit lockedVisit(UUID institutionId, UUID visitId) {
        var found = jdbc.sql("select id from recess_visit where institution_id = ? and id = ? for update")
                .params(institutionId, visitId)
                .query(UUID.class)
                .optional();
        if (found.isEmpty()) {
            throw new NotFoundException("Visit " + visitId + " not found");
        }
        return visit(institutionId, visitId);
    }

    /**
     * The published visits of an institution from {@code from} on, for the public agenda: what residents need to come,
     * no personal data beyond the member's name.
     */
    @Transactional(readOnly = true)
    public List<RecessVisit> agenda(UUID institutionId, Instant from, int limit) {
        return jdbc.sql(VISIT_QUERY + " where v.institution_id = ? and v.published_at is not null"
                        + " and coalesce(v.ends_at, v.starts_at) >= ? order by v.starts_at, m.name limit ?")
                .params(institutionId, Timestamp.from(from), limit)
                .query((rs, n) -> visit(rs))
                .list();
    }

    private record CheckedVisit(
            SittingPeriod recess,
            CouncilMember member,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            String district,
            String village,
            Integer expectedParticipants) {}

    private CheckedVisit checkedVisit(Institution institution, NewVisit entered, RecessVisit before) {
        var errors = new ArrayList<FieldError>();
        var e = entered == null ? new NewVisit(null, null, null, null, null, null, null, null) : entered;
        var recess = e.recessId() == null
                ? Optional.<SittingPeriod>empty()
                : calendar.findPeriod(institution.id(), e.recessId()).filter(p -> p.kind() == PeriodKind.RECESS);
        if (recess.isEmpty()) {
            errors.add(new FieldError("recessId", "must be a recess (masa reses) of the institution"));
        }
        var member = e.memberId() == null
                ? Optional.<CouncilMember>empty()
                : members.findMember(institution.id(), e.memberId());
        if (member.isEmpty()) {
            errors.add(new FieldError("memberId", "must be a council member of the institution"));
        } else if (recess.isPresent()
                && !member.get()
                        .activeDuring(recess.get().startsOn(), recess.get().endsOn())) {
            errors.add(new FieldError("memberId", member.get().name() + " is not in office during the recess"));
        }
        var zone = institution.zone();
        if (e.startsAt() == null) {
            errors.add(new FieldError("startsAt", "must be the date and time the visit starts"));
        } else if (recess.isPresent()) {
            var day = e.startsAt().atZoneSameInstant(zone).toLocalDate();
            if (day.isBefore(recess.get().startsOn())
                    || day.isAfter(recess.get().endsOn())) {
                errors.add(new FieldError(
                        "startsAt",
                        "must lie within the recess " + recess.get().startsOn() + " – "
                                + recess.get().endsOn()));
            }
        }
        if (e.endsAt() != null && e.startsAt() != null) {
            if (!e.endsAt().isAfter(e.startsAt())) {
                errors.add(new FieldError("endsAt", "must be after the start"));
            } else if (Duration.between(e.startsAt(), e.endsAt()).toHours() > 24) {
                errors.add(new FieldError("endsAt", "a visit lasts at most a day"));
            }
        }
        var place = strip(e.place());
        if (place == null || place.length() > PLACE_MAX) {
            errors.add(
                    new FieldError("place", "must name where the visit is held, at most " + PLACE_MAX + " characters"));
        }
        String district = null;
        if (member.isPresent()) {
            district = dapilDistrict(institution, member.get(), e.district());
            if (district == null) {
                errors.add(new FieldError(
                        "district",
                        "must be a district (kecamatan) of the member's dapil: "
                                + String.join(", ", districtsOf(institution, member.get()))));
            }
        } else if (strip(e.district()) == null) {
            errors.add(new FieldError("district", "must be a district (kecamatan) of the member's dapil"));
        }
        var village = strip(e.village());
        if (village != null && village.length() > VILLAGE_MAX) {
            errors.add(new FieldError("village", "at most " + VILLAGE_MAX + " characters"));
        }
        if (e.expectedParticipants() != null && (e.expectedParticipants() < 0 || e.expectedParticipants() > 100_000)) {
            errors.add(new FieldError("expectedParticipants", "must be between 0 and 100000"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        return new CheckedVisit(
                recess.get(),
                member.get(),
                e.startsAt(),
                e.endsAt(),
                place,
                district,
                village,
                e.expectedParticipants());
    }

    /** The districts of the member's dapil, in order. */
    public List<String> districtsOf(Institution institution, CouncilMember member) {
        return members.findDapil(institution.id(), member.dapilId())
                .map(Dapil::districts)
                .orElse(List.of());
    }

    /** The district of the member's dapil as the dapil spells it, or null when it is not one of them. */
    private String dapilDistrict(Institution institution, CouncilMember member, String entered) {
        var wanted = strip(entered);
        if (wanted == null) {
            return null;
        }
        return districtsOf(institution, member).stream()
                .filter(d -> d.equalsIgnoreCase(wanted))
                .findFirst()
                .orElse(null);
    }

    /** "Masa Reses II Tahun 2026": how the secretariat names a recess on its documents. */
    public static String recessLabel(SittingPeriod recess) {
        var roman = switch (recess.sitting()) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> String.valueOf(recess.sitting());
        };
        return "Masa Reses " + roman + " Tahun " + recess.year();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VisitSheet> sheetOf(UUID institutionId, UUID visitId) {
        var institution = institutions.get(institutionId);
        return findVisit(institutionId, visitId).map(visit -> {
            var recess = calendar.recess(institutionId, visit.recessId());
            var member = members.findMember(institutionId, visit.memberId()).orElseThrow();
            return new VisitSheet(
                    institutionId,
                    visitId,
                    institution.name(),
                    recessLabel(recess),
                    member.name(),
                    member.factionName(),
                    member.dapilName(),
                    districtsOf(institution, member),
                    // in the institution's time zone, as the sheet prints it
                    visit.startsAt().atZoneSameInstant(institution.zone()).toOffsetDateTime(),
                    visit.place(),
                    visit.district(),
                    visit.village());
        });
    }

    // ---- attendees ----

    @Override
    @Transactional
    public boolean addAttendee(StaffMember actor, Institution institution, UUID visitId, NewAttendee entered) {
        return add(actor, institution, visitId, entered).isPresent();
    }

    /** Adds a guest or attendee; empty when its source line was entered before. */
    @Transactional
    public Optional<VisitAttendee> add(StaffMember actor, Institution institution, UUID visitId, NewAttendee entered) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        requireNotCancelled(visit);
        var errors = new ArrayList<FieldError>();
        var e = entered == null ? new NewAttendee(null, null, null, false, false, null) : entered;
        var name = strip(e.name());
        if (name == null || name.length() > PERSON_MAX) {
            errors.add(new FieldError("name", "must be the person's name, at most " + PERSON_MAX + " characters"));
        }
        var organisation = strip(e.organisation());
        if (organisation != null && organisation.length() > ORGANISATION_MAX) {
            errors.add(new FieldError("organisation", "at most " + ORGANISATION_MAX + " characters"));
        }
        var address = strip(e.address());
        if (address != null && address.length() > ADDRESS_MAX) {
            errors.add(new FieldError("address", "at most " + ADDRESS_MAX + " characters"));
        }
        if (!e.invited() && !e.attended()) {
            errors.add(new FieldError("attended", "a person is on the guest list (invited), attended, or both"));
        }
        checkSource(e.source(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (e.source() != null && attendeeFrom(visitId, e.source()).isPresent()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_visit_attendee (id, visit_id, name, organisation, address, invited, attended,
                    source_sheet, source_line)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        visitId,
                        name,
                        organisation,
                        address,
                        e.invited(),
                        e.attended(),
                        e.source() == null ? null : e.source().sheet().strip(),
                        e.source() == null ? null : e.source().line())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("visit", visitId.toString());
        details.put("invited", e.invited());
        details.put("attended", e.attended());
        sourceDetails(e.source(), details);
        calendar.record(actor, institution, "recess.attendee.added", "recess-visit", visitId, details);
        return attendees(visitId).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private Optional<UUID> attendeeFrom(UUID visitId, SourceLine source) {
        return jdbc.sql(
                        "select id from recess_visit_attendee where visit_id = ? and source_sheet = ? and source_line = ?")
                .params(visitId, source.sheet().strip(), source.line())
                .query(UUID.class)
                .optional();
    }

    /** A visit's guests and attendees by name. */
    @Transactional(readOnly = true)
    public List<VisitAttendee> attendees(StaffMember actor, Institution institution, UUID visitId) {
        requireSeen(actor, institution);
        visit(institution.id(), visitId);
        return attendees(visitId);
    }

    private List<VisitAttendee> attendees(UUID visitId) {
        return jdbc.sql("select * from recess_visit_attendee where visit_id = ? order by lower(name), created_at")
                .param(visitId)
                .query((rs, n) -> new VisitAttendee(
                        rs.getObject("id", UUID.class),
                        rs.getObject("visit_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("organisation"),
                        rs.getString("address"),
                        rs.getBoolean("invited"),
                        rs.getBoolean("attended"),
                        source(rs)))
                .list();
    }

    @Transactional
    public void removeAttendee(StaffMember actor, Institution institution, UUID visitId, UUID attendeeId) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        var removed = jdbc.sql("delete from recess_visit_attendee where visit_id = ? and id = ?")
                .params(visitId, attendeeId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Attendee " + attendeeId + " not found");
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("visit", visitId.toString());
        details.put("attendee", attendeeId.toString());
        calendar.record(actor, institution, "recess.attendee.removed", "recess-visit", visitId, details);
    }

    // ---- photos ----

    /** A visit has at most this many photos: the documentation of one meeting, not an album. */
    public static final int PHOTOS_MAX = 30;

    static final int CAPTION_MAX = 300;

    /** Stores a photo of the visit (JPEG, PNG or WebP), with an optional caption. */
    @Transactional
    public VisitPhoto addPhoto(
            StaffMember actor, Institution institution, UUID visitId, IncomingFile file, String caption) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        requireNotCancelled(visit);
        var text = strip(caption);
        if (text != null && text.length() > CAPTION_MAX) {
            throw InvalidInputException.invalid("caption", "at most " + CAPTION_MAX + " characters");
        }
        if (file == null) {
            throw InvalidInputException.invalid("file", "choose a photo: JPEG, PNG or WebP");
        }
        var count = jdbc.sql("select count(*) from recess_visit_photo where visit_id = ?")
                .param(visitId)
                .query(Long.class)
                .single();
        if (count >= PHOTOS_MAX) {
            throw InvalidInputException.unprocessable("file", "a visit has at most " + PHOTOS_MAX + " photos");
        }
        var stored = images.store(file, "file");
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                insert into recess_visit_photo (id, visit_id, file_name, media_type, size_bytes, sha256, storage_key,
                    caption, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        visitId,
                        stored.fileName(),
                        stored.mediaType(),
                        stored.size(),
                        stored.sha256(),
                        stored.storageKey(),
                        text,
                        Timestamp.from(now),
                        actor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("visit", visitId.toString());
        details.put("photo", id.toString());
        details.put("sha256", stored.sha256());
        calendar.record(actor, institution, "recess.photo.added", "recess-visit", visitId, details);
        return photo(visitId, id).orElseThrow();
    }

    /** Changes (or clears) a photo's caption. */
    @Transactional
    public VisitPhoto caption(StaffMember actor, Institution institution, UUID visitId, UUID photoId, String caption) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        photo(visitId, photoId).orElseThrow(() -> new NotFoundException("Photo " + photoId + " not found"));
        var text = strip(caption);
        if (text != null && text.length() > CAPTION_MAX) {
            throw InvalidInputException.invalid("caption", "at most " + CAPTION_MAX + " characters");
        }
        jdbc.sql("update recess_visit_photo set caption = ? where id = ?")
                .params(text, photoId)
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("visit", visitId.toString());
        details.put("photo", photoId.toString());
        calendar.record(actor, institution, "recess.photo.captioned", "recess-visit", visitId, details);
        return photo(visitId, photoId).orElseThrow();
    }

    /** A visit's photos in the order taken up. */
    @Transactional(readOnly = true)
    public List<VisitPhoto> photos(StaffMember actor, Institution institution, UUID visitId) {
        requireSeen(actor, institution);
        visit(institution.id(), visitId);
        return jdbc.sql(PHOTO_QUERY + " where visit_id = ? order by uploaded_at, id")
                .param(visitId)
                .query((rs, n) -> photo(rs))
                .list();
    }

    /** A photo with its bytes, for staff of the institution. */
    public record PhotoContent(VisitPhoto info, java.util.function.Supplier<InputStream> content) {}

    @Transactional(readOnly = true)
    public PhotoContent photoContent(StaffMember actor, Institution institution, UUID visitId, UUID photoId) {
        requireSeen(actor, institution);
        visit(institution.id(), visitId);
        var info = photo(visitId, photoId).orElseThrow(() -> new NotFoundException("Photo " + photoId + " not found"));
        var key = jdbc.sql("select storage_key from recess_visit_photo where id = ?")
                .param(photoId)
                .query(String.class)
                .single();
        return new PhotoContent(info, () -> {
            try {
                return images.open(key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Optional<VisitPhoto> photo(UUID visitId, UUID photoId) {
        return jdbc.sql(PHOTO_QUERY + " where visit_id = ? and id = ?")
                .params(visitId, photoId)
                .query((rs, n) -> photo(rs))
                .optional();
    }

    private static final String PHOTO_QUERY =
            "select id, visit_id, file_name, media_type, size_bytes, caption, uploaded_at from recess_visit_photo";

    private static VisitPhoto photo(ResultSet rs) throws SQLException {
        return new VisitPhoto(
                rs.getObject("id", UUID.class),
                rs.getObject("visit_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("caption"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    // ---- aspirations ----

    @Override
    @Transactional
    public boolean recordAspiration(StaffMember actor, Institution institution, UUID visitId, NewAspiration entered) {
        return record(actor, institution, visitId, entered).isPresent();
    }

    /**
     * Records an aspiration heard at a visit and opens its case (kind ASPIRATION, channel RECESS) through intake, in one
     * transaction; empty when its source line was entered before.
     */
    @Transactional
    public Optional<RecessAspiration> record(
            StaffMember actor, Institution institution, UUID visitId, NewAspiration entered) {
        requireSeen(actor, institution);
        var visit = lockedVisit(institution.id(), visitId);
        requireChange(actor, institution, visit.recessId(), visit.memberId());
        requireNotCancelled(visit);
        var member = members.findMember(institution.id(), visit.memberId()).orElseThrow();
        var e = entered == null
                ? new NewAspiration(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : entered;
        var errors = new ArrayList<FieldError>();
        var person = strip(e.personName());
        if (person != null && person.length() > PERSON_MAX) {
            errors.add(new FieldError("personName", "at most " + PERSON_MAX + " characters"));
        }
        var group = strip(e.groupName());
        if (group != null && group.length() > GROUP_MAX) {
            errors.add(new FieldError("groupName", "at most " + GROUP_MAX + " characters"));
        }
        var district = dapilDistrict(institution, member, e.district());
        if (district == null) {
            errors.add(new FieldError(
                    "district",
                    "must be a district (kecamatan) of the member's dapil: "
                            + String.join(", ", districtsOf(institution, member))));
        }
        var village = strip(e.village());
        if (village != null && village.length() > VILLAGE_MAX) {
            errors.add(new FieldError("village", "at most " + VILLAGE_MAX + " characters"));
        }
        var summary = strip(e.summary());
        if (summary == null || summary.length() > SUMMARY_MAX) {
            errors.add(new FieldError(
                    "summary", "must say in a line what is asked for, at most " + SUMMARY_MAX + " characters"));
        }
        var problem = strip(e.problem());
        if (problem == null || problem.length() > PROBLEM_MAX) {
            errors.add(new FieldError(
                    "problem", "must describe the problem as heard, at most " + PROBLEM_MAX + " characters"));
        }
        if (e.category() == null) {
            errors.add(new FieldError("category", "must be one of " + List.of(AspirationCategory.values())));
        }
        var urgency = strip(e.urgency());
        if (urgency == null || !URGENCIES.contains(urgency)) {
            errors.add(new FieldError("urgency", "must be BIASA, SEGERA or SANGAT_SEGERA"));
        }
        var unit = strip(e.volumeUnit());
        if (e.volume() != null) {
            if (e.volume().signum() <= 0
                    || e.volume().scale() > 2
                    || e.volume().precision() - e.volume().scale() > 12) {
                errors.add(new FieldError(
                        "volume", "must be a number above 0 with at most two decimals, e.g. 300 or 1.5"));
            }
            if (unit == null || unit.length() > UNIT_MAX) {
                errors.add(new FieldError(
                        "volumeUnit", "must name the unit of the volume (m, unit, paket …), at most " + UNIT_MAX));
            }
        } else if (unit != null) {
            errors.add(new FieldError("volume", "must be given with its unit"));
        }
        var cost = e.estimatedCost();
        if (cost != null
                && (cost.signum() < 0
                        || cost.stripTrailingZeros().scale() > 0
                        || cost.setScale(0, java.math.RoundingMode.DOWN).precision() > 18)) {
            errors.add(new FieldError("estimatedCost", "must be whole rupiah, 0 or more"));
        }
        if (e.targetUnitId() != null
                && institutions
                        .findUnit(e.targetUnitId())
                        .filter(u ->
                                u.institutionId().equals(institution.id()) && u.type() == UnitType.GOVERNMENT_OFFICE)
                        .isEmpty()) {
            errors.add(new FieldError("targetUnitId", "must be a government office (OPD) unit of the institution"));
        }
        checkSource(e.source(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.invalid(errors);
        }
        if (e.source() != null && aspirationFrom(visitId, e.source()).isPresent()) {
            return Optional.empty();
        }
        var request = new RegistrationRequest(
                institution.code(),
                SubmissionKind.ASPIRATION,
                Channel.RECESS,
                complainant(person, group, district, village),
                false,
                false,
                null,
                summary,
                purpose(summary, e.category(), urgency, e.volume(), unit, cost),
                substance(problem, visit, member),
                null,
                null);
        id.suara.intake.Registration registration;
        try {
            registration = intake.register(request, List.of(), actor.id());
        } catch (InvalidInputException refused) {
            throw renamed(refused);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_aspiration (id, institution_id, visit_id, recess_id, member_id, case_id, person_name,
                    group_name, district, village, summary, problem, category, urgency, volume, volume_unit,
                    estimated_cost, target_unit_id, source_sheet, source_line, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        institution.id(),
                        visitId,
                        visit.recessId(),
                        visit.memberId(),
                        registration.submissionId(),
                        person,
                        group,
                        district,
                        village,
                        summary,
                        problem,
                        e.category().name(),
                        urgency,
                        e.volume(),
                        e.volume() == null ? null : unit,
                        cost,
                        e.targetUnitId(),
                        e.source() == null ? null : e.source().sheet().strip(),
                        e.source() == null ? null : e.source().line(),
                        Timestamp.from(clock.instant()),
                        actor.id())
                .update();
        var details = new LinkedHashMap<String, Object>();
        details.put("visit", visitId.toString());
        details.put("member", member.name());
        details.put("case", registration.registrationNumber());
        details.put("category", e.category().name());
        details.put("urgency", urgency);
        sourceDetails(e.source(), details);
        calendar.record(actor, institution, "recess.aspiration.recorded", "recess-aspiration", id, details);
        return Optional.of(aspiration(institution.id(), id).orElseThrow());
    }

    /**
     * Who raised an aspiration, as its case names the complainant: the person (with their group), the group, or — heard
     * from the floor — the residents of the place as a group ("Warga Desa X, Kecamatan Y").
     */
    static Complainant complainant(String person, String group, String district, String village) {
        var address = (village == null ? "" : village + ", ") + "Kecamatan " + district;
        if (person != null) {
            return new Complainant(ComplainantType.INDIVIDUAL, person, group, null, address, null, null);
        }
        var organisation = group != null ? group : "Warga " + (village == null ? "Kecamatan " + district : address);
        return new Complainant(ComplainantType.GROUP, null, organisation, null, address, null, null);
    }

    private static String purpose(
            String summary,
            AspirationCategory category,
            String urgency,
            BigDecimal volume,
            String unit,
            BigDecimal cost) {
        var purpose = new StringBuilder("Aspirasi reses: ").append(summary);
        purpose.append("\nKategori: ")
                .append(category.name())
                .append("; urgensi: ")
                .append(urgency);
        if (volume != null) {
            purpose.append("\nVolume: ")
                    .append(volume.stripTrailingZeros().toPlainString())
                    .append(' ')
                    .append(unit);
        }
        if (cost != null) {
            purpose.append("\nPerkiraan biaya: Rp")
                    .append(NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"))
                            .format(cost));
        }
        return purpose.toString();
    }

    private static String substance(String problem, RecessVisit visit, CouncilMember member) {
        return problem + "\n\nDisampaikan pada kunjungan reses " + member.name() + " (" + member.factionName() + ") di "
                + visit.place() + ", " + visit.startsAt().format(DateTimeFormatter.ISO_LOCAL_DATE) + ".";
    }

    /** A refusal of intake named by this form's fields. */
    private static InvalidInputException renamed(InvalidInputException refused) {
        var names = Map.of(
                "title", "summary",
                "substance", "problem",
                "purpose", "summary",
                "complainant.name", "personName",
                "complainant.organisation", "groupName",
                "complainant.address", "village");
        var errors = refused.errors().stream()
                .map(e -> new FieldError(names.getOrDefault(e.field(), e.field()), e.message()))
                .toList();
        return refused.unprocessable()
                ? InvalidInputException.unprocessable(errors)
                : InvalidInputException.invalid(errors);
    }

    private Optional<UUID> aspirationFrom(UUID visitId, SourceLine source) {
        return jdbc.sql("select id from recess_aspiration where visit_id = ? and source_sheet = ? and source_line = ?")
                .params(visitId, source.sheet().strip(), source.line())
                .query(UUID.class)
                .optional();
    }

    /** The aspirations heard at a visit, in the order entered. */
    @Transactional(readOnly = true)
    public List<RecessAspiration> aspirations(StaffMember actor, Institution institution, UUID visitId) {
        requireSeen(actor, institution);
        visit(institution.id(), visitId);
        return jdbc.sql(ASPIRATION_QUERY + " where a.visit_id = ? order by a.created_at, a.source_sheet, a.source_line")
                .param(visitId)
                .query((rs, n) -> aspiration(rs))
                .list();
    }

    Optional<RecessAspiration> aspiration(UUID institutionId, UUID aspirationId) {
        return jdbc.sql(ASPIRATION_QUERY + " where a.institution_id = ? and a.id = ?")
                .params(institutionId, aspirationId)
                .query((rs, n) -> aspiration(rs))
                .optional();
    }

    /** The aspiration that opened a case, if it was heard at a recess visit. */
    @Transactional(readOnly = true)
    public Optional<RecessAspiration> aspirationOfCase(UUID caseId) {
        return jdbc.sql(ASPIRATION_QUERY + " where a.case_id = ?")
                .param(caseId)
                .query((rs, n) -> aspiration(rs))
                .optional();
    }

    /** The visit an aspiration was heard at. */
    @Transactional(readOnly = true)
    public Optional<RecessVisit> visitOfAspiration(RecessAspiration aspiration) {
        return findVisit(aspiration.institutionId(), aspiration.visitId());
    }

    private static void requireNotCancelled(RecessVisit visit) {
        if (visit.cancelled()) {
            throw new RecessConflict("status", "visitCancelled", "the visit was cancelled");
        }
    }

    private static void checkSource(SourceLine source, List<FieldError> errors) {
        if (source == null) {
            return;
        }
        if (source.sheet() == null
                || source.sheet().isBlank()
                || source.sheet().strip().length() > SHEET_MAX) {
            errors.add(
                    new FieldError("source.sheet", "must be the sheet's code, at most " + SHEET_MAX + " characters"));
        }
        if (source.line() < 1 || source.line() > 100_000) {
            errors.add(new FieldError("source.line", "must be the line number on the sheet, from 1"));
        }
    }

    private static void sourceDetails(SourceLine source, Map<String, Object> details) {
        if (source != null) {
            details.put("sheet", source.sheet().strip());
            details.put("line", source.line());
        }
    }

    private static Map<String, Object> visitDetails(RecessVisit visit) {
        var details = new LinkedHashMap<String, Object>();
        details.put("member", visit.memberName());
        details.put("startsAt", visit.startsAt().toString());
        details.put("place", visit.place());
        details.put("district", visit.district());
        if (visit.village() != null) {
            details.put("village", visit.village());
        }
        details.put("status", visit.status());
        return details;
    }

    static String strip(String value) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static SourceLine source(ResultSet rs) throws SQLException {
        var sheet = rs.getString("source_sheet");
        return sheet == null ? null : new SourceLine(sheet, rs.getInt("source_line"));
    }

    private static RecessVisit visit(ResultSet rs) throws SQLException {
        var startsAt = rs.getObject("starts_at", OffsetDateTime.class);
        var published = rs.getTimestamp("published_at");
        var publishedAt = published == null ? null : published.toInstant();
        Integer expected = rs.getObject("expected_participants", Integer.class);
        return new RecessVisit(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("recess_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getString("faction_name"),
                rs.getString("dapil_name"),
                startsAt,
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("place"),
                rs.getString("district"),
                rs.getString("village"),
                expected,
                rs.getString("status"),
                publishedAt,
                publishedAt != null && publishedAt.isAfter(startsAt.toInstant().minus(Duration.ofDays(NOTICE_DAYS))),
                rs.getInt("version"));
    }

    static RecessAspiration aspiration(ResultSet rs) throws SQLException {
        return new RecessAspiration(
                rs.getObject("id", UUID.class),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("visit_id", UUID.class),
                rs.getObject("recess_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("member_name"),
                rs.getObject("case_id", UUID.class),
                rs.getString("registration_number"),
                rs.getString("person_name"),
                rs.getString("group_name"),
                rs.getString("district"),
                rs.getString("village"),
                rs.getString("summary"),
                rs.getString("problem"),
                AspirationCategory.valueOf(rs.getString("category")),
                rs.getString("urgency"),
                rs.getBigDecimal("volume"),
                rs.getString("volume_unit"),
                rs.getBigDecimal("estimated_cost"),
                rs.getObject("target_unit_id", UUID.class),
                rs.getObject("group_id", UUID.class),
                source(rs),
                rs.getTimestamp("created_at").toInstant());
    }
}
