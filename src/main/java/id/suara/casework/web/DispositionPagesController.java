package id.suara.casework.web;

import id.suara.casework.DispositionInstructions;
import id.suara.casework.Dispositions;
import id.suara.casework.ReviewMemos;
import id.suara.documents.DocumentResponses;
import id.suara.institution.Institutions;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.PageFormat;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of dispositions and review memos (ADR 0027): the forms of the case page's "Disposisi" and "Telaah" sections
 * (each posts, then redirects back with a message; a refused one shows the case page again with its problems, 422, or
 * the conflict, 409), a disposition's sheet, the open dispositions of the cases one reads, and the administrator's page
 * of the institution's instructions.
 */
@Controller
@OfficePage
class DispositionPagesController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final Dispositions dispositions;
    private final ReviewMemos memos;
    private final DispositionInstructions instructions;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final CasePageController casePages;
    private final MessageSource messages;
    private final PageFormat format;

    DispositionPagesController(
            Dispositions dispositions,
            ReviewMemos memos,
            DispositionInstructions instructions,
            Institutions institutions,
            CurrentStaff currentStaff,
            CasePageController casePages,
            MessageSource messages,
            PageFormat format) {
        this.dispositions = dispositions;
        this.memos = memos;
        this.instructions = instructions;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.casePages = casePages;
        this.messages = messages;
        this.format = format;
    }

    /** The forms are records: bound through their constructors only. */
    @InitBinder({"dispositionForm", "memoForm"})
    void bindFormsThroughTheirConstructors(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @PostMapping("/kantor/kasus/{id}/disposisi")
    String dispose(
            @PathVariable UUID id,
            DispositionForm dispositionForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = currentStaff.get();
        return attempt(
                id,
                "disposition",
                dispositionForm,
                binding,
                "web.office.disposition.made",
                "disposisi",
                () -> dispositions.make(id, dispositionForm.toRequest(zone()), staff),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/disposisi/{dispositionId}/pantau")
    String monitor(
            @PathVariable UUID id,
            @PathVariable UUID dispositionId,
            @RequestParam(required = false) String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "monitor:" + dispositionId,
                note,
                null,
                "web.office.disposition.monitored",
                "d-" + dispositionId,
                () -> dispositions.monitor(id, dispositionId, note, currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/disposisi/{dispositionId}/selesai")
    String complete(
            @PathVariable UUID id,
            @PathVariable UUID dispositionId,
            @RequestParam(required = false) String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "complete:" + dispositionId,
                note,
                null,
                "web.office.disposition.completed",
                "d-" + dispositionId,
                () -> dispositions.complete(id, dispositionId, note, currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    /** A disposition's sheet (lembar disposisi), as issued. */
    @GetMapping("/kantor/kasus/{id}/disposisi/{dispositionId}/lembar.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable UUID id, @PathVariable UUID dispositionId) {
        return DocumentResponses.inline(dispositions.sheet(id, dispositionId, currentStaff.get()));
    }

    @PostMapping("/kantor/kasus/{id}/telaah")
    String writeMemo(
            @PathVariable UUID id,
            MemoForm memoForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "memo",
                memoForm,
                binding,
                "web.office.memo.saved",
                "telaah",
                () -> memos.write(id, memoForm.draft(), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/telaah/{memoId}")
    String reviseMemo(
            @PathVariable UUID id,
            @PathVariable UUID memoId,
            MemoForm memoForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "memo:" + memoId,
                memoForm,
                binding,
                "web.office.memo.newVersion",
                "m-" + memoId,
                () -> memos.revise(id, memoId, memoForm.version(), memoForm.draft(), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/telaah/{memoId}/teruskan")
    String forwardMemo(
            @PathVariable UUID id,
            @PathVariable UUID memoId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "forward:" + memoId,
                note,
                null,
                "web.office.memo.forwardDone",
                "m-" + memoId,
                () -> memos.forward(id, memoId, version, note, currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    /** The open dispositions of the cases the staff member reads, overdue first; {@code terlambat} for overdue only. */
    @GetMapping("/kantor/disposisi")
    String open(@RequestParam(name = "terlambat", defaultValue = "false") boolean overdueOnly, Model model) {
        var staff = currentStaff.get();
        model.addAttribute("open", dispositions.open(staff, null, overdueOnly));
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("zone", zone());
        return "casework/dispositions";
    }

    @GetMapping("/kantor/admin/instansi/{institutionId}/disposisi")
    String instructionsPage(@PathVariable UUID institutionId, Model model) {
        administered(institutionId);
        var labels = instructions.of(institutionId).stream().map(i -> i.label()).toList();
        return instructionsPage(institutionId, String.join("\n", labels), Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi/{institutionId}/disposisi")
    String saveInstructions(
            @PathVariable UUID institutionId,
            @RequestParam(required = false) String instructions,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = institutions.get(administered(institutionId));
        var labels = instructions == null
                ? List.<String>of()
                : Arrays.stream(instructions.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        try {
            this.instructions.replace(currentStaff.get(), institution, labels);
        } catch (InvalidInputException refused) {
            var errors = new LinkedHashMap<String, String>();
            var lines = new ArrayList<String>();
            refused.errors().forEach(e -> lines.add(e.field().replace("instructions", "") + " " + e.message()));
            errors.put("instructions", "web.admin.instructions.invalid");
            RefusedForms.answer(response, model);
            model.addAttribute("details", lines);
            return instructionsPage(institutionId, instructions, errors, model);
        }
        redirect.addFlashAttribute("message", "web.admin.instructions.saved");
        return "redirect:/kantor/admin/instansi/" + institutionId + "/disposisi";
    }

    private String instructionsPage(UUID institutionId, String text, Map<String, String> errors, Model model) {
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("institutionName", institutions.get(institutionId).name());
        model.addAttribute("instructions", text);
        model.addAttribute("defaults", String.join("\n", DispositionInstructions.DEFAULT_LABELS));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", List.of());
        }
        return "admin/disposition-instructions";
    }

    private UUID administered(UUID institutionId) {
        if (!currentStaff.get().administers(institutionId)) {
            throw new ForbiddenException("Only the institution's administrator changes its disposition instructions");
        }
        return institutionId;
    }

    /**
     * Makes a change unless the form could not be read; redirects back to the case page at {@code anchor} with
     * {@code done} as the message, or shows the page again with the problems (422) or the conflict (409).
     */
    private String attempt(
            UUID id,
            String form,
            Object values,
            BindingResult binding,
            String done,
            String anchor,
            Supplier<Object> change,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var problems = new ArrayList<DispositionSection.Problem>();
        boolean conflict = false;
        if (binding != null) {
            binding.getFieldErrors().forEach(e -> problems.add(problem(id, form, values, e.getField(), null, locale)));
        }
        if (problems.isEmpty()) {
            try {
                change.get();
            } catch (InvalidInputException e) {
                e.errors()
                        .forEach(error ->
                                problems.add(problem(id, form, values, error.field(), error.message(), locale)));
            } catch (ConflictException e) {
                conflict = true;
            }
        }
        if (!problems.isEmpty() || conflict) {
            response.setStatus(conflict ? 409 : 422);
            return casePages.render(
                    id, new DispositionSection.Refused(form, values, problems, conflict), locale, model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:/kantor/kasus/" + id + "#" + anchor;
    }

    /** A refused value under the label the reader sees next to its field, with the element to go to. */
    private DispositionSection.Problem problem(
            UUID caseId, String form, Object values, String field, String detail, Locale locale) {
        var base = field.replaceAll("[\\[.].*$", "");
        var label = messages.getMessage(
                "web.office.disposition.field." + base, null, text("web.office.field.other", locale), locale);
        String anchor;
        if (form.equals("disposition")) {
            anchor = "disp-" + base;
        } else if (form.equals("memo")) {
            anchor = "memo-" + base;
        } else {
            var subject = form.substring(form.indexOf(':') + 1);
            anchor = form.startsWith("memo:") ? "m-" + subject + "-" + base : form.replace(':', '-') + "-" + base;
        }
        var message = text("web.office.errors.invalid", locale);
        if (base.equals("deadline") && detail != null && values instanceof DispositionForm filled) {
            var latest = dispositions
                    .limit(caseId, blankToNull(filled.action()), currentStaff.get())
                    .latest();
            if (latest != null) {
                message = messages.getMessage(
                        "web.office.disposition.deadline.tooLate",
                        new Object[] {format.shortDateTime(latest, zone())},
                        locale);
            }
        } else if (base.equals("note") && (values == null || values instanceof String)) {
            message = text("web.office.errors.noteRequired", locale);
        }
        return new DispositionSection.Problem(field, anchor, label, message, detail);
    }

    private ZoneId zone() {
        var staff = currentStaff.get();
        return staff.institutionId() == null
                ? DEFAULT_ZONE
                : institutions.get(staff.institutionId()).zone();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
