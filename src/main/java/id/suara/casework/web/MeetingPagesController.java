package id.suara.casework.web;

import id.suara.casework.Meeting;
import id.suara.casework.MeetingKind;
import id.suara.casework.Meetings;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.PageFormat;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meeting pages (ADR 0028): the institution's meetings, a meeting with its cases, invitees, logistics (overdue
 * marked), attendance list, minutes and letters (those made for another date, time or place flagged), its changes, the
 * forms that change, move or cancel it and remove a case, and the form that schedules a meeting for a case. A refused
 * form comes back (422) with each problem named; one made on an old version of the meeting, or that its state no longer
 * allows, comes back as 409.
 */
@Controller
@OfficePage
class MeetingPagesController {

    private final Meetings meetings;
    private final Institutions institutions;
    private final Signatories signatories;
    private final CurrentStaff currentStaff;
    private final PageFormat format;
    private final MessageSource messages;

    MeetingPagesController(
            Meetings meetings,
            Institutions institutions,
            Signatories signatories,
            CurrentStaff currentStaff,
            PageFormat format,
            MessageSource messages) {
        this.meetings = meetings;
        this.institutions = institutions;
        this.signatories = signatories;
        this.currentStaff = currentStaff;
        this.format = format;
        this.messages = messages;
    }

    /** The edit form as typed (or as the meeting stands): every detail, the reason for moving it. */
    record EditForm(
            String kind,
            String title,
            String agenda,
            String startsAt,
            String place,
            String chair,
            String invitees,
            String reason) {}

    /** A change of the meeting in words: what, when, by whom, the values changed, why. */
    record ChangeLine(String what, String when, String by, List<String> details, String reason) {}

    @GetMapping("/kantor/rapat")
    String list(Model model) {
        var staff = currentStaff.get();
        model.addAttribute("meetings", meetings.list(staff));
        model.addAttribute("zone", zone());
        return "casework/meetings";
    }

    @GetMapping("/kantor/rapat/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, List.of(), model);
    }

    @PostMapping("/kantor/rapat/{id}/ubah")
    String update(
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String agenda,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String chair,
            @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String invitees,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("edit", new EditForm(kind, title, agenda, startsAt, place, chair, invitees, reason));
        model.addAttribute("editOpen", true);
        return attempt(id, model, response, () -> {
            MeetingKind meetingKind;
            try {
                meetingKind = kind == null || kind.isBlank() ? null : MeetingKind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.invalid("kind", "unknown kind");
            }
            return meetings.update(
                    id,
                    new Meetings.MeetingEdit(
                            meetingKind, title, agenda, at(startsAt), place, chair, unitId, invitees, reason, version),
                    currentStaff.get());
        });
    }

    @PostMapping("/kantor/rapat/{id}/batal")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("cancelReason", reason);
        return attempt(
                id,
                model,
                response,
                () -> meetings.cancel(id, new Meetings.Withdrawal(reason, version), currentStaff.get()));
    }

    @PostMapping("/kantor/rapat/{id}/kasus/{caseId}/lepas")
    String removeCase(
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response) {
        return attempt(
                id,
                model,
                response,
                () -> meetings.removeCase(id, caseId, new Meetings.Withdrawal(reason, version), currentStaff.get()));
    }

    @PostMapping("/kantor/rapat/{id}/surat/{letterId}/perbarui")
    String refreshLetter(
            @PathVariable UUID id, @PathVariable UUID letterId, Model model, HttpServletResponse response) {
        try {
            var letter =
                    meetings.refreshLetter(id, letterId, currentStaff.get()).letter();
            return "redirect:/kantor/kasus/" + letter.submissionId() + "/surat/" + letter.id();
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return page(id, fields(refused), model);
        } catch (ConflictException conflict) {
            response.setStatus(409);
            return page(id, List.of(conflict(conflict)), model);
        }
    }

    @GetMapping("/kantor/kasus/{caseId}/rapat/baru")
    String form(@PathVariable UUID caseId, Model model) {
        var proposed = meetings.proposedFor(caseId, currentStaff.get());
        var zone = zone();
        model.addAttribute("caseId", caseId);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute(
                "kind", proposed.kind() == null ? null : proposed.kind().name());
        model.addAttribute("title", proposed.title());
        model.addAttribute("agenda", proposed.agenda());
        model.addAttribute(
                "startsAt",
                proposed.startsAt() == null
                        ? null
                        : proposed.startsAt()
                                .atZoneSameInstant(zone)
                                .toLocalDateTime()
                                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        model.addAttribute("place", null);
        model.addAttribute("chair", proposed.chair());
        model.addAttribute("invitees", null);
        model.addAttribute("errors", List.of());
        return "casework/meeting-form";
    }

    @PostMapping("/kantor/kasus/{caseId}/rapat")
    String create(
            @PathVariable UUID caseId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String agenda,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String chair,
            @RequestParam(required = false) String invitees,
            Model model,
            HttpServletResponse response) {
        try {
            MeetingKind meetingKind = null;
            try {
                meetingKind = kind == null || kind.isBlank() ? null : MeetingKind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.invalid("kind", "unknown kind");
            }
            var at = at(startsAt);
            var created = meetings.createForCase(
                    caseId,
                    new Meetings.NewMeeting(meetingKind, title, agenda, at, place, chair, null, null, invitees),
                    currentStaff.get());
            return "redirect:/kantor/rapat/" + created.id();
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            model.addAttribute("caseId", caseId);
            model.addAttribute("kinds", MeetingKind.values());
            model.addAttribute("kind", kind);
            model.addAttribute("title", title);
            model.addAttribute("agenda", agenda);
            model.addAttribute("startsAt", startsAt);
            model.addAttribute("place", place);
            model.addAttribute("chair", chair);
            model.addAttribute("invitees", invitees);
            model.addAttribute("errors", fields(refused));
            return "casework/meeting-form";
        }
    }

    @PostMapping("/kantor/rapat/{id}/logistik")
    String addLogistics(
            @PathVariable UUID id,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String ownerName,
            @RequestParam(required = false) String dueOn,
            Model model,
            HttpServletResponse response) {
        return attempt(id, model, response, () -> {
            LocalDate due;
            try {
                due = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn);
            } catch (RuntimeException unreadable) {
                throw InvalidInputException.invalid("dueOn", "not a date");
            }
            return meetings.addLogistics(
                    id, new Meetings.NewLogisticsItem(item, description, null, ownerName, due), currentStaff.get());
        });
    }

    @PostMapping("/kantor/rapat/{id}/logistik/{itemId}/selesai")
    String logisticsDone(@PathVariable UUID id, @PathVariable UUID itemId, Model model, HttpServletResponse response) {
        return attempt(id, model, response, () -> meetings.logisticsDone(id, itemId, currentStaff.get()));
    }

    @PostMapping("/kantor/rapat/{id}/daftar-hadir")
    String attendanceList(@PathVariable UUID id, Model model, HttpServletResponse response) {
        return attempt(id, model, response, () -> meetings.issueAttendanceList(id, currentStaff.get()));
    }

    @PostMapping("/kantor/rapat/{id}/notula")
    String minutes(
            @PathVariable UUID id,
            @RequestParam(required = false) String opening,
            @RequestParam(required = false) List<String> speaker,
            @RequestParam(required = false) List<String> points,
            @RequestParam(required = false) String decisions,
            @RequestParam(required = false) String closedAt,
            @RequestParam(required = false) String noteTaker,
            Model model,
            HttpServletResponse response) {
        var items = new ArrayList<Meeting.DiscussionItem>();
        var speakers = speaker == null ? List.<String>of() : speaker;
        var texts = points == null ? List.<String>of() : points;
        for (int i = 0; i < Math.max(speakers.size(), texts.size()); i++) {
            items.add(new Meeting.DiscussionItem(
                    i < speakers.size() ? speakers.get(i) : null, i < texts.size() ? texts.get(i) : null));
        }
        var decided = decisions == null ? List.<String>of() : decisions.lines().toList();
        return attempt(
                id,
                model,
                response,
                () -> meetings.recordMinutes(
                        id, new Meeting.Minutes(opening, items, decided, closedAt, noteTaker), currentStaff.get()));
    }

    @PostMapping("/kantor/rapat/{id}/surat")
    String draftLetter(
            @PathVariable UUID id,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) UUID signatoryId,
            Model model,
            HttpServletResponse response) {
        try {
            var letter = meetings.draftLetter(
                    id,
                    new Meetings.MeetingLetterRequest(type, null, null, null, null, signatoryId, null),
                    currentStaff.get());
            return "redirect:/kantor/kasus/" + letter.letter().submissionId() + "/surat/"
                    + letter.letter().id();
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return page(id, fields(refused), model);
        }
    }

    @GetMapping("/kantor/rapat/{id}/dokumen/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return DocumentResponses.inline(meetings.record(id, documentId, currentStaff.get()));
    }

    private String attempt(UUID id, Model model, HttpServletResponse response, Supplier<?> change) {
        try {
            change.get();
            return "redirect:/kantor/rapat/" + id;
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return page(id, fields(refused), model);
        } catch (ConflictException conflict) {
            response.setStatus(409);
            return page(id, List.of(conflict(conflict)), model);
        }
    }

    /** A date and time typed into a form, in the institution's zone; none when left empty. */
    private java.time.OffsetDateTime at(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone()).toOffsetDateTime();
        } catch (RuntimeException unreadable) {
            throw InvalidInputException.invalid("startsAt", "not a date and time");
        }
    }

    private String page(UUID id, List<InvalidInputException.FieldError> errors, Model model) {
        var staff = currentStaff.get();
        var meeting = meetings.get(id, staff);
        var zone = institutions.get(meeting.institutionId()).zone();
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("m", meeting);
        model.addAttribute("zone", zone);
        model.addAttribute("kinds", MeetingKind.values());
        if (!model.containsAttribute("edit")) {
            model.addAttribute(
                    "edit",
                    new EditForm(
                            meeting.kind().name(),
                            meeting.title(),
                            meeting.agenda(),
                            localDateTime(meeting.startsAt(), zone),
                            meeting.place(),
                            meeting.chair(),
                            String.join(
                                    "\n",
                                    meeting.invitees().stream()
                                            .map(i ->
                                                    i.position().isEmpty() ? i.name() : i.name() + "; " + i.position())
                                            .toList()),
                            null));
        }
        model.addAttribute(
                "changes",
                meeting.changes().stream().map(c -> line(c, zone, locale)).toList());
        model.addAttribute("records", meetings.records(id, staff));
        model.addAttribute(
                "signatories",
                signatories.of(meeting.institutionId()).stream()
                        .filter(Signatory::active)
                        .toList());
        model.addAttribute("items", Meetings.LOGISTICS_ITEMS);
        model.addAttribute("errors", errors);
        return "casework/meeting";
    }

    /** Each refused field under its label, with what is wrong in the reader's language where the bundles say it. */
    private List<InvalidInputException.FieldError> fields(InvalidInputException refused) {
        var locale = LocaleContextHolder.getLocale();
        return refused.errors().stream()
                .map(e -> new InvalidInputException.FieldError(
                        messages.getMessage("web.meeting.field." + e.field(), null, e.field(), locale),
                        messages.getMessage("web.meeting.error." + e.field(), null, e.message(), locale)))
                .toList();
    }

    /** A change the meeting's state no longer allows, or one made on an old version, in the reader's language. */
    private InvalidInputException.FieldError conflict(ConflictException conflict) {
        var locale = LocaleContextHolder.getLocale();
        return new InvalidInputException.FieldError(
                messages.getMessage("web.meeting.field." + conflict.field(), null, conflict.field(), locale),
                messages.getMessage("web.meeting.conflict." + conflict.field(), null, conflict.getMessage(), locale));
    }

    private static String localDateTime(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDateTime().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /** A change in words: times in the reader's format, kinds by name, long texts only said to be changed. */
    private ChangeLine line(Meeting.Change change, ZoneId zone, Locale locale) {
        var details = new ArrayList<String>();
        if (change.caseNumber() != null) {
            details.add(change.caseNumber());
        }
        for (var field : change.fields()) {
            var label = messages.getMessage("web.meeting.field." + field.field(), null, field.field(), locale);
            if (field.field().equals("agenda") || field.field().equals("invitees")) {
                details.add(messages.getMessage("web.meeting.change.rewritten", new Object[] {label}, locale));
                continue;
            }
            details.add(messages.getMessage(
                    "web.meeting.change.value",
                    new Object[] {
                        label,
                        shown(field.field(), field.before(), zone, locale),
                        shown(field.field(), field.after(), zone, locale)
                    },
                    locale));
        }
        return new ChangeLine(
                messages.getMessage("web.meeting.change." + change.kind(), null, change.kind(), locale),
                format.dateTime(change.at(), zone),
                change.byName(),
                details,
                change.reason());
    }

    private String shown(String field, String value, ZoneId zone, Locale locale) {
        if (value == null || value.isBlank()) {
            return messages.getMessage("web.meeting.change.none", null, locale);
        }
        return switch (field) {
            case "startsAt" -> format.dateTime(Instant.parse(value), zone);
            case "kind" -> messages.getMessage("web.meeting.kind." + value, null, value, locale);
            default -> value;
        };
    }

    private ZoneId zone() {
        var staff = currentStaff.get();
        return staff.institutionId() == null
                ? ZoneId.of("Asia/Jakarta")
                : institutions.get(staff.institutionId()).zone();
    }
}
