package id.suara.casework.web;

import id.suara.casework.ActionRequest;
import id.suara.casework.CaseReading;
import id.suara.casework.CaseView;
import id.suara.casework.Cases;
import id.suara.casework.RequirementCheckRequest;
import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.validation.CleanTextValidator;
import id.suara.shared.web.OfficePage;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopVersions;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: everything about a case, and one small form per thing the staff member may do now (record the
 * requirement check, perform an action, add a note). A form posts, then redirects back with a message; refused input
 * is shown next to its fields, and a case changed by someone else in between is reported as such.
 */
@Controller
@OfficePage
class CasePageController {

    /** Action fields arrive as {@code f.NAME}, so they cannot collide with the form's own parameters. */
    static final String FIELD_PREFIX = "f.";

    static final int NOTE_MAX = 5000;

    private final Cases cases;
    private final CaseReading caseReading;
    private final SopVersions sops;
    private final Institutions institutions;
    private final AttachmentDownloads downloads;
    private final CurrentStaff currentStaff;

    CasePageController(
            Cases cases,
            CaseReading caseReading,
            SopVersions sops,
            Institutions institutions,
            AttachmentDownloads downloads,
            CurrentStaff currentStaff) {
        this.cases = cases;
        this.caseReading = caseReading;
        this.sops = sops;
        this.institutions = institutions;
        this.downloads = downloads;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/kantor/kasus/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        return page(caseReading.view(id, currentStaff.get()), locale, model);
    }

    @PostMapping("/kantor/kasus/{id}/periksa")
    String check(
            @PathVariable UUID id,
            @RequestParam(name = "required", required = false) List<RequirementCheck> required,
            @RequestParam(name = "met", required = false) List<RequirementCheck> met,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var items = new EnumMap<RequirementCheck, Boolean>(RequirementCheck.class);
        for (var item : required == null ? List.<RequirementCheck>of() : required) {
            if (item != RequirementCheck.AUDIENCE_NOTICE) {
                items.put(item, met != null && met.contains(item));
            }
        }
        return attempt(
                id,
                "check",
                locale,
                model,
                response,
                redirect,
                "web.office.case.checked",
                () -> cases.recordRequirementCheck(
                        id, new RequirementCheckRequest(items, checkedNote(note), version), currentStaff.get()));
    }

    @PostMapping("/kantor/kasus/{id}/tindakan/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = currentStaff.get();
        var fields = new LinkedHashMap<String, Object>();
        var zone = staff.institutionId() == null
                ? ZoneId.of("Asia/Jakarta")
                : institutions.get(staff.institutionId()).zone();
        params.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX) && value != null && !value.isBlank()) {
                fields.put(name.substring(FIELD_PREFIX.length()), withZone(value.strip(), zone));
            }
        });
        Integer version = parseVersion(params.get("version"));
        return attempt(
                id,
                "action:" + action,
                locale,
                model,
                response,
                redirect,
                "web.office.case.acted",
                () -> cases.perform(
                        id, action, new ActionRequest(checkedNote(params.get("note")), fields, version), staff));
    }

    @PostMapping("/kantor/kasus/{id}/catatan")
    String note(
            @PathVariable UUID id,
            @RequestParam(required = false) String text,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(id, "note", locale, model, response, redirect, "web.office.case.noted", () -> {
            if (text == null || text.isBlank()) {
                throw InvalidInputException.invalid("text", "is required");
            }
            if (text.length() > NOTE_MAX || !CleanTextValidator.isClean(text, true)) {
                throw InvalidInputException.invalid("text", "must be at most " + NOTE_MAX + " plain characters");
            }
            cases.addNote(id, text.strip(), currentStaff.get());
            return null;
        });
    }

    @GetMapping("/kantor/kasus/{id}/lampiran/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId)
            throws IOException {
        return downloads.download(id, attachmentId, currentStaff.get());
    }

    private interface Change {
        Object run();
    }

    private String attempt(
            UUID id,
            String form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Change change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<String, String>();
            e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            response.setStatus(422);
            model.addAttribute("errorForm", form);
            model.addAttribute("errors", errors);
            return page(caseReading.view(id, currentStaff.get()), locale, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
            return page(caseReading.view(id, currentStaff.get()), locale, model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:/kantor/kasus/" + id;
    }

    private String page(CaseView view, Locale locale, Model model) {
        model.addAttribute("c", view);
        model.addAttribute("sop", sops.get(view.sop().versionId()).definition());
        model.addAttribute("units", institutions.units(view.institutionId()));
        model.addAttribute("zone", ZoneId.of(view.timeZone()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("errorForm", "");
        }
        return "casework/case";
    }

    /** A {@code datetime-local} value is the institution's local time; the domain wants an offset. */
    private static String withZone(String value, ZoneId zone) {
        if (value.length() >= 16 && value.length() <= 19 && value.charAt(10) == 'T') {
            try {
                return LocalDateTime.parse(value)
                        .atZone(zone)
                        .toOffsetDateTime()
                        .toString();
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private static Integer parseVersion(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Notes are checked here as the API checks them with Bean Validation. */
    private static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > NOTE_MAX || !CleanTextValidator.isClean(note, true)) {
            throw InvalidInputException.invalid("note", "must be at most " + NOTE_MAX + " plain characters");
        }
        return note.strip();
    }
}
