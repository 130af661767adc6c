package id.suara.casework;

import id.suara.calendar.InstitutionCalendars;
import id.suara.calendar.WorkingCalendar;
import id.suara.institution.Institutions;
import id.suara.institution.Unit;
import id.suara.intake.Intake;
import id.suara.intake.ReceptionHours;
import id.suara.intake.SubmissionDetails;
import id.suara.intake.Submissions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.web.PageFormat;
import id.suara.sop.ActionField.FieldEffect;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The places of a council organ's days and the rules an audience's agreed time keeps (003 III.A.2, IV.A.3–5; ADR
 * 0026): inside the institution's reception hours, no sooner than 3 working days after the request, no more people than
 * the delegation may bring (5, or the number the leadership set for it), and at most 3 delegations per organ per
 * working day. Applied in the transaction of the move that agrees the time (a field with the effect
 * {@link FieldEffect#AUDIENCE_SLOT}, such as the Secretary's {@code coordinate} and Humas's {@code reschedule}), with
 * the organ's day locked, so that two agreements for its last place cannot both pass. A refusal names the field and the
 * rule in the reader's language and offers the next times with room; a case that ends without its audience frees its
 * place.
 */
@Component
class AudienceSlots {

    /** 003 III.A.2: a council organ receives at most 3 delegations in one working day. */
    static final int DELEGATIONS_PER_DAY = 3;

    /** How many next times a refusal offers. */
    static final int NEXT_SLOTS = 3;

    /** How many days ahead the next times are looked for. */
    static final int SEARCH_DAYS = 92;

    /** Offered times keep this far from another delegation of the same organ, and start on the hour from opening. */
    static final Duration SLOT = Duration.ofHours(1);

    /** The rules an agreed time can break, in the order they are judged; named in a refusal's {@code rule}. */
    enum Rule {
        PAST,
        HOURS,
        NOTICE,
        DAILY_LIMIT,
        DELEGATION_SIZE
    }

    private final AudienceStore store;
    private final ReceptionHours receptionHours;
    private final InstitutionCalendars calendars;
    private final Institutions institutions;
    private final Submissions submissions;
    private final PageFormat format;
    private final MessageSource messages;

    AudienceSlots(
            AudienceStore store,
            ReceptionHours receptionHours,
            InstitutionCalendars calendars,
            Institutions institutions,
            Submissions submissions,
            PageFormat format,
            MessageSource messages) {
        this.store = store;
        this.receptionHours = receptionHours;
        this.calendars = calendars;
        this.institutions = institutions;
        this.submissions = submissions;
        this.format = format;
        this.messages = messages;
    }

    /**
     * After a case moved with {@code values}: an audience time given with the move is judged and, if it keeps the rules,
     * agreed (replacing the case's earlier one, whose place is freed); a case that ended without an answer frees the place
     * of an audience it had not held.
     *
     * @param after the case as the move leaves it: its assigned unit is the organ receiving the delegation
     * @throws InvalidInputException 422 naming the field (e.g. {@code fields.meetingAt}) or {@code delegationSize},
     *     with {@code rule} and {@code nextSlots}, when the time breaks a rule
     */
    void moved(CaseFile after, Map<String, ActionFields.Value> values, UUID actorId, Instant now) {
        var agreed = values.entrySet().stream()
                .filter(e -> e.getValue().effect() == FieldEffect.AUDIENCE_SLOT)
                .findFirst();
        if (agreed.isPresent()) {
            agree(
                    after,
                    "fields." + agreed.get().getKey(),
                    (Instant) agreed.get().getValue().value(),
                    actorId,
                    now);
        } else if (after.closed() && AvailableAction.endsWithoutAnswer(after.status())) {
            store.endAgreed(after.id(), AudienceStatus.CANCELLED, now);
        }
    }

    /** The number of members a delegation may bring: the one the leadership set for it, else 5 (003 IV.A.4). */
    int delegationLimit(UUID caseId) {
        return store.delegationLimit(caseId)
                .map(AudienceStore.DelegationLimit::maxMembers)
                .orElse(Intake.MAX_PUBLIC_DELEGATION);
    }

    private void agree(CaseFile c, String field, Instant at, UUID actorId, Instant now) {
        var calendar = calendars.forInstitution(c.institutionId());
        var zone = calendar.zone();
        var day = at.atZone(zone).toLocalDate();
        var unitId = c.assignedUnitId();
        if (unitId != null) {
            store.lockDay(unitId, day);
        }
        var errors = new ArrayList<FieldError>();
        var rule = slotRuleBroken(c, calendar, unitId, at, now);
        if (rule != null) {
            errors.add(new FieldError(field, slotMessage(rule, c, unitId, at, calendar, now)));
        }
        var size = submissions
                .details(c.id())
                .map(SubmissionDetails::delegationSize)
                .orElse(null);
        var limit = delegationLimit(c.id());
        if (size != null && size > limit) {
            errors.add(new FieldError("delegationSize", text("web.audience.refused.size", size, limit)));
            rule = rule == null ? Rule.DELEGATION_SIZE : rule;
        }
        if (!errors.isEmpty()) {
            var refusal = InvalidInputException.unprocessable(errors).with("rule", rule.name());
            if (rule != Rule.DELEGATION_SIZE) {
                refusal = refusal.with(
                        "nextSlots",
                        nextSlots(c, unitId, at, calendar, now).stream()
                                .map(slot ->
                                        slot.atZone(zone).toOffsetDateTime().toString())
                                .toList());
            }
            throw refusal.inReadersLanguage();
        }
        store.endAgreed(c.id(), AudienceStatus.RESCHEDULED, now);
        store.insertAgreed(UUID.randomUUID(), c.id(), c.institutionId(), unitId, at, day, now, actorId);
    }

    /** The first slot rule the time breaks, null when it keeps them all. */
    private Rule slotRuleBroken(CaseFile c, WorkingCalendar calendar, UUID unitId, Instant at, Instant now) {
        if (at.isBefore(now)) {
            return Rule.PAST;
        }
        if (!calendar.isOpen(at)) {
            return Rule.HOURS;
        }
        if (!receptionHours.noticeMet(c.institutionId(), c.registeredAt(), at)) {
            return Rule.NOTICE;
        }
        if (unitId != null
                && store.taken(unitId, at.atZone(calendar.zone()).toLocalDate(), c.id())
                                .size()
                        >= DELEGATIONS_PER_DAY) {
            return Rule.DAILY_LIMIT;
        }
        return null;
    }

    private String slotMessage(Rule rule, CaseFile c, UUID unitId, Instant at, WorkingCalendar calendar, Instant now) {
        var zone = calendar.zone();
        var when = format.dateTime(at, zone);
        var offered = nextSlots(c, unitId, at, calendar, now).stream()
                .map(slot -> format.dateTime(slot, zone))
                .collect(Collectors.joining("; "));
        var next = offered.isEmpty() ? text("web.audience.refused.noSlots", SEARCH_DAYS) : offered;
        return switch (rule) {
            case PAST -> text("web.audience.refused.past", when, next);
            case HOURS ->
                receptionHours
                        .refusal(c.institutionId(), at, c.registeredAt())
                        .map(refusal -> text("web.audience.refused.hours", when, refusal.hours(locale()), next))
                        .orElseThrow();
            case NOTICE ->
                text(
                        "web.audience.refused.notice",
                        when,
                        format.shortDateTime(c.registeredAt(), zone),
                        format.dayAndDate(receptionHours.earliestDay(c.institutionId(), c.registeredAt())),
                        next);
            case DAILY_LIMIT ->
                text(
                        "web.audience.refused.dailyLimit",
                        format.dayAndDate(at.atZone(zone).toLocalDate()),
                        institutions.findUnit(unitId).map(Unit::name).orElse(""),
                        DELEGATIONS_PER_DAY,
                        next);
            case DELEGATION_SIZE -> throw new IllegalArgumentException("Not a rule of the time");
        };
    }

    /**
     * The next {@value #NEXT_SLOTS} times an audience of the case could be agreed for, one a day: from the requested day
     * (or the first day the notice allows, or today, whichever is latest), on working days with reception hours where
     * the organ has a place left; on each, the requested time of day if it is within the hours and an hour clear of the
     * organ's other delegations, else the first such hour from opening. Times already past are never offered.
     */
    List<Instant> nextSlots(CaseFile c, UUID unitId, Instant requested, WorkingCalendar calendar, Instant now) {
        var zone = calendar.zone();
        var wanted = requested.atZone(zone).toLocalDateTime();
        var first = Collections.max(List.of(
                wanted.toLocalDate(),
                receptionHours.earliestDay(c.institutionId(), c.registeredAt()),
                now.atZone(zone).toLocalDate()));
        var slots = new ArrayList<Instant>();
        for (var day = first;
                slots.size() < NEXT_SLOTS && day.isBefore(first.plusDays(SEARCH_DAYS));
                day = day.plusDays(1)) {
            var window = calendar.officeWindow(day);
            if (window.isEmpty()) {
                continue;
            }
            var taken = unitId == null ? List.<Instant>of() : store.taken(unitId, day, c.id());
            if (taken.size() >= DELEGATIONS_PER_DAY) {
                continue;
            }
            var candidates = new ArrayList<LocalTime>();
            if (window.get().contains(wanted.toLocalTime())) {
                candidates.add(wanted.toLocalTime());
            }
            for (int hour = 0; hour < 24; hour++) {
                var time = window.get().opens().plusHours(hour);
                if ((hour > 0 && !time.isAfter(window.get().opens()))
                        || !time.isBefore(window.get().closes())) {
                    break; // past closing, or past midnight
                }
                candidates.add(time);
            }
            for (var time : candidates) {
                var slot = LocalDateTime.of(day, time).atZone(zone).toInstant();
                if (slot.isAfter(now) && clearOf(taken, slot)) {
                    slots.add(slot);
                    break;
                }
            }
        }
        return slots;
    }

    private static boolean clearOf(List<Instant> taken, Instant slot) {
        return taken.stream()
                .allMatch(other -> Duration.between(other, slot).abs().compareTo(SLOT) >= 0);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The reader's language as the pages use it: English when asked for, Indonesian otherwise. */
    private static Locale locale() {
        var locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }
}
