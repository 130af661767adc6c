package id.suara.casework.web;

import id.suara.casework.Meeting;
import id.suara.casework.MeetingKind;
import id.suara.casework.Meetings;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.institution.Institutions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meeting pages (ADR 0028): the institution's meetings, a meeting with its cases, invitees, logistics (overdue
 * marked), attendance list, minutes and letters, and the form that schedules a meeting for a case. A refused form comes
 * back (422) with each problem named.
 */
@Controller
@OfficePage
class MeetingPagesController {

    private final Meetings meetings;
    private final Institutions institutions;
    private final Signatories signatories;
    private final CurrentStaff currentStaff;

    MeetingPagesController(
            Meetings meetings, Institutions institutions, Signatories signatories, CurrentStaff currentStaff) {
        this.meetings = meetings;
        this.institutions = institutions;
        this.signatories = signatories;
        this.currentStaff = currentStaff;
    }

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
        var zone = zone();
        try {
            MeetingKind meetingKind = null;
            try {
                meetingKind = kind == null || kind.isBlank() ? null : MeetingKind.valueOf(kind);
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.invalid("kind", "unknown kind");
            }
            java.time.OffsetDateTime at = null;
            if (startsAt != null && !startsAt.isBlank()) {
                try {
                    at = LocalDateTime.parse(startsAt).atZone(zone).toOffsetDateTime();
                } catch (RuntimeException unreadable) {
                    throw InvalidInputException.invalid("startsAt", "not a date and time");
                }
            }
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
        }
    }

    private String page(UUID id, List<InvalidInputException.FieldError> errors, Model model) {
        var staff = currentStaff.get();
        var meeting = meetings.get(id, staff);
        model.addAttribute("m", meeting);
        model.addAttribute("zone", institutions.get(meeting.institutionId()).zone());
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

    private static List<InvalidInputException.FieldError> fields(InvalidInputException refused) {
        return refused.errors();
    }

    private ZoneId zone() {
        var staff = currentStaff.get();
        return staff.institutionId() == null
                ? ZoneId.of("Asia/Jakarta")
                : institutions.get(staff.institutionId()).zone();
    }
}
