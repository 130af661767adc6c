package id.suara.casework.web;

import id.suara.casework.Audiences;
import id.suara.casework.CaseView;
import id.suara.casework.HistoryEntry;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.shared.web.PageFormat;
import id.suara.sop.ActionField;
import id.suara.sop.ActionField.FieldType;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopDefinition;
import id.suara.sop.TransitionDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history in the reader's words (the API keeps the codes): the SOP's label of each action, step names, field
 * labels, unit names instead of unit ids, date-times through {@link PageFormat}, and requirement checks as met or not
 * per requirement.
 */
@Component
class PlainHistory {

    private static final String CHECK_OUTCOME = "met";

    private final Institutions institutions;
    private final PageFormat format;
    private final MessageSource messages;

    PlainHistory(Institutions institutions, PageFormat format, MessageSource messages) {
        this.institutions = institutions;
        this.format = format;
        this.messages = messages;
    }

    List<HistoryLine> of(CaseView view, SopDefinition definition, Locale locale) {
        var units = institutions.units(view.institutionId()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        var reader = new Reader(definition, units, ZoneId.of(view.timeZone()), locale);
        return view.history().stream().map(reader::line).toList();
    }

    /** Reads the entries of one case for one reader. */
    private final class Reader {

        private final SopDefinition definition;
        private final Map<UUID, Unit> units;
        private final ZoneId zone;
        private final Locale locale;

        Reader(SopDefinition definition, Map<UUID, Unit> units, ZoneId zone, Locale locale) {
            this.definition = definition;
            this.units = units;
            this.zone = zone;
            this.locale = locale;
        }

        HistoryLine line(HistoryEntry entry) {
            boolean moved = entry.fromStep() != null && !entry.fromStep().equals(entry.toStep());
            if (entry.action().startsWith("letter-")) {
                return letter(entry);
            }
            if (entry.action().equals("document-issued")) {
                return issued(entry);
            }
            if (entry.action().startsWith("meeting-")) {
                return meeting(entry);
            }
            return switch (entry.action()) {
                case HistoryEntry.SUBMITTED -> submitted(entry);
                case HistoryEntry.REQUIREMENTS_CHECKED -> checked(entry);
                case Audiences.ARRIVAL_RECORDED, Audiences.NOTES_RECORDED, Audiences.LIMIT_SET, Audiences.DISCUSSED ->
                    audienceRecord(entry);
                default -> {
                    var transition = transition(entry);
                    var named = transition.isEmpty() ? named(entry.action()) : Optional.<String>empty();
                    yield new HistoryLine(
                            entry.occurredAt(),
                            actor(entry),
                            role(entry),
                            transition
                                    .map(t -> t.label().in(locale))
                                    .or(() -> named)
                                    .orElseGet(() -> text("web.office.history.action")),
                            null,
                            moved ? stepName(entry.fromStep()) : null,
                            moved ? stepName(entry.toStep()) : null,
                            entry.note(),
                            named.isPresent() ? namedValues(entry) : values(entry));
                }
            };
        }

        /**
         * What an entry that is not an SOP action says in words, such as a disposition or a review memo
         * ({@code web.office.history.did.<action>}); empty when the messages do not name it.
         */
        private Optional<String> named(String action) {
            return optionalText("web.office.history.did." + action);
        }

        /**
         * The values of such an entry that have words of their own ({@code web.office.history.value.<name>}); ids and
         * codes without them are left out. A unit id reads as the unit's name, a time in the reader's format, a code
         * as its words ({@code web.office.history.value.<name>.<code>}) where there are some.
         */
        private List<HistoryLine.Value> namedValues(HistoryEntry entry) {
            var values = new ArrayList<HistoryLine.Value>();
            entry.fields()
                    .forEach((name, value) -> optionalText("web.office.history.value." + name)
                            .ifPresent(label -> {
                                var raw = String.valueOf(value);
                                var text = unitId(raw).isPresent()
                                        ? unitName(raw)
                                        : instant(raw)
                                                .map(at -> format.shortDateTime(at, zone))
                                                .or(() -> optionalText("web.office.history.value." + name + "." + raw))
                                                .orElse(raw);
                                values.add(new HistoryLine.Value(label, text, null, false));
                            }));
            return values;
        }

        private Optional<Instant> instant(String raw) {
            try {
                return Optional.of(Instant.parse(raw));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private Optional<String> optionalText(String key) {
            var found = messages.getMessage(key, null, "", locale);
            return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found);
        }

        /**
         * The submission itself: by the complainant, or registered by staff on the complainant's behalf. Its stored
         * note only says the latter in English, so the role says it here.
         */
        private HistoryLine submitted(HistoryEntry entry) {
            boolean byStaff = entry.actorId() != null;
            return new HistoryLine(
                    entry.occurredAt(),
                    byStaff ? entry.actorName() : roleName(Role.COMPLAINANT),
                    byStaff ? text("web.office.history.onBehalf") : null,
                    text("web.office.history.submitted"),
                    null,
                    null,
                    null,
                    null,
                    List.of());
        }

        /** A step of one of the case's letters: drafted, initialled, signed, delivered; it does not move the case. */
        private HistoryLine letter(HistoryEntry entry) {
            var type = String.valueOf(entry.fields().get("letterType"));
            var what = messages.getMessage(
                    "web.office.history." + entry.action(),
                    new Object[] {messages.getMessage("web.document.type." + type, null, type, locale)},
                    locale);
            var values = new ArrayList<HistoryLine.Value>();
            if (entry.fields().get("letter") != null) {
                values.add(new HistoryLine.Value(
                        text("web.letter.field.subject"),
                        String.valueOf(entry.fields().get("letter")),
                        null,
                        false));
            }
            if (entry.fields().get("letterNumber") != null) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.letterNumber"),
                        String.valueOf(entry.fields().get("letterNumber")),
                        null,
                        false));
            }
            return new HistoryLine(
                    entry.occurredAt(), actor(entry), role(entry), what, null, null, null, entry.note(), values);
        }

        /**
         * A meeting that discusses the case was scheduled, changed, moved or cancelled, or the case was added to or
         * removed from one (ADR 0028): which meeting, when and where it is (and was, when it moved), what changed, and
         * the reason as the entry's note.
         */
        private HistoryLine meeting(HistoryEntry entry) {
            var fields = entry.fields();
            var values = new ArrayList<HistoryLine.Value>();
            var kind = String.valueOf(fields.get("meetingKind"));
            values.add(new HistoryLine.Value(
                    text("web.office.history.meeting.meeting"),
                    messages.getMessage("web.meeting.kind." + kind, null, kind, locale) + ": "
                            + fields.get("meetingTitle"),
                    null,
                    false));
            if (fields.get("previousStartsAt") != null) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.meeting.previousStartsAt"),
                        dateTime(String.valueOf(fields.get("previousStartsAt"))),
                        null,
                        false));
            }
            if (fields.get("startsAt") != null) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.meeting.startsAt"),
                        dateTime(String.valueOf(fields.get("startsAt"))),
                        null,
                        false));
            }
            if (fields.get("previousPlace") != null) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.meeting.previousPlace"),
                        String.valueOf(fields.get("previousPlace")),
                        null,
                        false));
            }
            if (fields.get("place") != null) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.meeting.place"), String.valueOf(fields.get("place")), null, false));
            }
            if (fields.get("changed") instanceof String changed && !changed.isBlank()) {
                values.add(new HistoryLine.Value(
                        text("web.office.history.meeting.changed"),
                        Arrays.stream(changed.split(","))
                                .map(field -> messages.getMessage("web.meeting.field." + field, null, field, locale))
                                .collect(Collectors.joining(", ")),
                        null,
                        false));
            }
            return new HistoryLine(
                    entry.occurredAt(),
                    actor(entry),
                    role(entry),
                    text("web.office.history." + entry.action()),
                    null,
                    null,
                    null,
                    entry.note(),
                    values);
        }

        /** A document issued for the case, by Suara on someone's request: its type, number and version. */
        private HistoryLine issued(HistoryEntry entry) {
            var type = String.valueOf(entry.fields().get("documentType"));
            var what = messages.getMessage(
                    "web.office.history.document-issued",
                    new Object[] {
                        messages.getMessage("web.document.type." + type, null, type, locale),
                        String.valueOf(entry.fields().get("documentNumber")),
                        String.valueOf(entry.fields().get("documentVersion"))
                    },
                    locale);
            return new HistoryLine(
                    entry.occurredAt(), actor(entry), role(entry), what, null, null, null, null, List.of());
        }

        private HistoryLine checked(HistoryEntry entry) {
            var items = entry.fields().entrySet().stream()
                    .filter(item -> !CHECK_OUTCOME.equals(item.getKey()))
                    .sorted(Comparator.comparingInt(item -> requirementOrder(item.getKey())))
                    .map(item ->
                            new HistoryLine.Value(requirementName(item.getKey()), null, yes(item.getValue()), false))
                    .toList();
            return new HistoryLine(
                    entry.occurredAt(),
                    actor(entry),
                    role(entry),
                    text("web.office.history.checked"),
                    yes(entry.fields().get(CHECK_OUTCOME)),
                    null,
                    null,
                    entry.note(),
                    items);
        }

        /**
         * A record of an audience or of an organ's discussion, which does not move the case: what was recorded, each
         * value under its own label (the arrival's time, the members present, what was said and the outcome, the number
         * of members set, the organ and the day it discussed the case).
         */
        private HistoryLine audienceRecord(HistoryEntry entry) {
            var values = new ArrayList<HistoryLine.Value>();
            entry.fields().forEach((name, value) -> {
                var raw = String.valueOf(value);
                var shown = switch (name) {
                    case "arrivedAt" -> dateTime(raw);
                    case "unit" -> unitName(raw);
                    case "discussedOn" -> date(raw);
                    default -> raw;
                };
                values.add(new HistoryLine.Value(
                        text("web.office.history.field." + name), shown, null, "notes".equals(name)));
            });
            return new HistoryLine(
                    entry.occurredAt(),
                    actor(entry),
                    role(entry),
                    text("web.office.history." + entry.action()),
                    null,
                    null,
                    null,
                    entry.note(),
                    values);
        }

        private List<HistoryLine.Value> values(HistoryEntry entry) {
            var fields = transition(entry).map(TransitionDefinition::fields).orElse(List.of());
            var values = new ArrayList<HistoryLine.Value>();
            entry.fields().forEach((name, value) -> {
                var field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
                if (field.isEmpty() && name.equals("letter")) {
                    // what an action did with the case's letter (LetterSteps)
                    values.add(new HistoryLine.Value(
                            text("web.letter.field.subject"), String.valueOf(value), null, false));
                } else if (field.isEmpty() && name.equals("record")) {
                    // the meeting record an action needed issued (LetterSteps): its type, named
                    values.add(new HistoryLine.Value(
                            text("web.office.history.record"), text("web.document.type." + value), null, false));
                } else if (field.isEmpty() && name.equals("letterNumber")) {
                    values.add(new HistoryLine.Value(
                            text("web.office.history.letterNumber"), String.valueOf(value), null, false));
                } else {
                    values.add(value(field, value));
                }
            });
            return values;
        }

        private HistoryLine.Value value(Optional<ActionField> field, Object value) {
            var label = field.map(f -> f.label().in(locale)).orElseGet(() -> text("web.office.history.otherValue"));
            var type = field.map(ActionField::type).orElse(null);
            if (value instanceof Boolean met) {
                return new HistoryLine.Value(label, null, met, false);
            }
            var raw = String.valueOf(value);
            if (type == FieldType.UNIT || (type == null && unitId(raw).isPresent())) {
                return new HistoryLine.Value(label, unitName(raw), null, false);
            }
            if (type == FieldType.DATE_TIME) {
                return new HistoryLine.Value(label, dateTime(raw), null, false);
            }
            return new HistoryLine.Value(label, raw, null, type == FieldType.LONG_TEXT);
        }

        private Optional<TransitionDefinition> transition(HistoryEntry entry) {
            if (entry.fromStep() == null) {
                return Optional.empty();
            }
            return definition.transitionsFrom(entry.fromStep()).stream()
                    .filter(t -> t.action().equals(entry.action()))
                    .findFirst();
        }

        /** Suara itself is named by its role alone; everyone else by name, with their role beside it. */
        private String actor(HistoryEntry entry) {
            return entry.actorRole() == Role.SYSTEM ? roleName(Role.SYSTEM) : entry.actorName();
        }

        private String role(HistoryEntry entry) {
            return entry.actorRole() == Role.SYSTEM ? null : roleName(entry.actorRole());
        }

        private String stepName(String code) {
            return definition
                    .step(code)
                    .map(s -> s.name().in(locale))
                    .orElseGet(() -> text("web.office.history.unknownStep"));
        }

        private String requirementName(String name) {
            return requirementOrder(name) < RequirementCheck.values().length
                    ? text("web.office.requirement." + name)
                    : text("web.office.history.otherValue");
        }

        /** Requirements in the order the SOPs list them; anything else after them. */
        private static int requirementOrder(String name) {
            return Arrays.stream(RequirementCheck.values())
                    .filter(r -> r.name().equals(name))
                    .mapToInt(Enum::ordinal)
                    .findFirst()
                    .orElse(RequirementCheck.values().length);
        }

        private String unitName(String raw) {
            return unitId(raw)
                    .map(units::get)
                    .map(Unit::name)
                    .or(() -> unitId(raw).flatMap(institutions::findUnit).map(Unit::name))
                    .orElseGet(() -> text("web.office.history.unknownUnit"));
        }

        private Optional<UUID> unitId(String raw) {
            try {
                return Optional.of(UUID.fromString(raw.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private String dateTime(String raw) {
            try {
                return format.shortDateTime(Instant.parse(raw), zone);
            } catch (DateTimeParseException e) {
                return raw;
            }
        }

        private String date(String raw) {
            try {
                return format.date(LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
                return raw;
            }
        }

        private String roleName(Role role) {
            return text("web.role." + role.name());
        }

        private String text(String key) {
            return messages.getMessage(key, null, locale);
        }

        private static Boolean yes(Object value) {
            return value instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(value));
        }
    }
}
