package id.suara.casework.web;

import id.suara.casework.Audiences;
import id.suara.casework.CaseLetters;
import id.suara.casework.CaseReading;
import id.suara.casework.CaseView;
import id.suara.casework.Cases;
import id.suara.casework.NoteText;
import id.suara.documents.ComplaintFormDocuments;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.ReceiptDocuments;
import id.suara.institution.Institutions;
import id.suara.recess.AspirationCategory;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopVersions;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: first what to do now (where the case stands, how long it has left, the requirement check and the
 * actions the staff member may perform, or whom the case waits for), then the submission, its history in plain words,
 * the internal notes and the SOP. Each form is a form object checked with the same Bean Validation rules as the API's
 * requests; it posts, then redirects back with a message. Refused input is shown next to its field and in a summary
 * (422), a case changed by someone else in between is reported as such (409). An action that ends the case without an
 * answer needs its "I am sure" box ticked; an action that publishes an answer can first be previewed as the public will
 * read it.
 */
@Controller
@OfficePage
class CasePageController {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final Cases cases;
    private final CaseReading caseReading;
    private final SopVersions sops;
    private final Institutions institutions;
    private final AttachmentDownloads downloads;
    private final CurrentStaff currentStaff;
    private final PlainHistory plainHistory;
    private final MessageSource messages;
    private final Documents documents;
    private final ReceiptDocuments receipts;
    private final ComplaintFormDocuments complaintForms;
    private final CaseLetters caseLetters;
    private final Audiences audiences;
    private final DispositionSection dispositionSection;
    private final id.suara.casework.Meetings meetings;
    private final org.springframework.beans.factory.ObjectProvider<id.suara.shared.CaseOrigin> origins;
    private final DuplicateSection duplicateSection;

    private final id.suara.casework.CaseNoticeLog noticeLog;

    CasePageController(
            Cases cases,
            CaseReading caseReading,
            SopVersions sops,
            Institutions institutions,
            AttachmentDownloads downloads,
            CurrentStaff currentStaff,
            PlainHistory plainHistory,
            MessageSource messages,
            Documents documents,
            ReceiptDocuments receipts,
            ComplaintFormDocuments complaintForms,
            CaseLetters caseLetters,
            Audiences audiences,
            DispositionSection dispositionSection,
            id.suara.casework.Meetings meetings,
            org.springframework.beans.factory.ObjectProvider<id.suara.shared.CaseOrigin> origins,
            id.suara.casework.CaseNoticeLog noticeLog,
            DuplicateSection duplicateSection) {
        this.noticeLog = noticeLog;
        this.duplicateSection = duplicateSection;
        this.cases = cases;
        this.caseReading = caseReading;
        this.sops = sops;
        this.institutions = institutions;
        this.downloads = downloads;
        this.currentStaff = currentStaff;
        this.plainHistory = plainHistory;
        this.messages = messages;
        this.documents = documents;
        this.receipts = receipts;
        this.complaintForms = complaintForms;
        this.caseLetters = caseLetters;
        this.audiences = audiences;
        this.dispositionSection = dispositionSection;
        this.meetings = meetings;
        this.origins = origins;
    }

    /**
     * The forms are records: bound through their constructors only, never afterwards through their (immutable)
     * properties.
     */
    @InitBinder({"checkForm", "actionForm", "noteForm"})
    void bindFormsThroughTheirConstructors(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/kantor/kasus/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        return page(id, new Filled(), locale, model);
    }

    @PostMapping("/kantor/kasus/{id}/periksa")
    String check(
            @PathVariable UUID id,
            @Valid CheckForm checkForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.check = checkForm;
        filled.form = "check";
        return attempt(
                id,
                filled,
                binding,
                "web.office.case.checked",
                () -> cases.recordRequirementCheck(id, checkForm.toRequest(), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/tindakan/{action}")
    String act(
            @PathVariable UUID id,
            @PathVariable String action,
            @Valid ActionForm actionForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = currentStaff.get();
        var zone = staff.institutionId() == null
                ? DEFAULT_ZONE
                : institutions.get(staff.institutionId()).zone();
        var filled = new Filled();
        filled.actions.put(action, actionForm);
        filled.form = "action:" + action;
        if (actionForm.previewRequested()) {
            return attempt(
                    id,
                    filled,
                    binding,
                    null,
                    () -> filled.previews.put(action, cases.previewAnswer(id, action, actionForm.values(zone), staff)),
                    locale,
                    model,
                    response,
                    redirect);
        }
        if (!binding.hasErrors() && !actionForm.isConfirmed() && cases.endsWithoutAnswer(id, action, staff)) {
            binding.rejectValue("confirmed", "web.office.errors.confirm");
        }
        return attempt(
                id,
                filled,
                binding,
                "web.office.case.acted",
                () -> cases.perform(id, action, actionForm.toRequest(zone), staff),
                locale,
                model,
                response,
                redirect);
    }

    /** The category chosen on the case page; blank clears it. */
    record CategoryForm(String category) {}

    @PostMapping("/kantor/kasus/{id}/kategori")
    String categorize(
            @PathVariable UUID id,
            CategoryForm categoryForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.form = "category";
        return attempt(
                id,
                filled,
                binding,
                "web.office.case.categorized",
                () -> cases.categorize(id, categoryForm.category(), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @PostMapping("/kantor/kasus/{id}/catatan")
    String note(
            @PathVariable UUID id,
            @Valid NoteForm noteForm,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = new Filled();
        filled.note = noteForm;
        filled.form = "note";
        return attempt(
                id,
                filled,
                binding,
                "web.office.case.noted",
                () -> cases.addNote(id, noteForm.text().strip(), currentStaff.get()),
                locale,
                model,
                response,
                redirect);
    }

    @GetMapping("/kantor/kasus/{id}/lampiran/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId)
            throws IOException {
        return downloads.download(id, attachmentId, currentStaff.get());
    }

    /** The receipt as a PDF document, issued the first time anyone asks for it (ADR 0024). */
    @GetMapping("/kantor/kasus/{id}/dokumen/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
        caseReading.requireVisible(id, currentStaff.get());
        return DocumentResponses.inline(receipts.receipt(id));
    }

    /**
     * The complaint form as a PDF (001 step 3), issued the first time anyone asks for it; it holds the complainant's
     * identity, so whoever may not see a confidential identity is refused.
     */
    @GetMapping("/kantor/kasus/{id}/dokumen/formulir-pengaduan.pdf")
    ResponseEntity<byte[]> complaintForm(@PathVariable UUID id) {
        var view = caseReading.view(id, currentStaff.get());
        if (view.identityWithheld()) {
            throw new ForbiddenException("The complaint form holds the confidential complainant's identity");
        }
        return DocumentResponses.inline(complaintForms.form(id));
    }

    /** A document issued for the case, as stored. */
    @GetMapping("/kantor/kasus/{id}/dokumen/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return DocumentResponses.inline(caseLetters.document(id, documentId, currentStaff.get()));
    }

    /**
     * What the forms of the page hold besides what they start with: the form just posted ({@code form}: {@code check},
     * {@code action:NAME} or {@code note}) as it was filled in, the problems found with it, and previews.
     */
    private static final class Filled {
        String form = "";
        CheckForm check;
        NoteForm note;
        final Map<String, ActionForm> actions = new LinkedHashMap<>();
        final Map<String, String> previews = new LinkedHashMap<>();
        final List<Refused> refused = new ArrayList<>();
        boolean conflict;
        boolean notReady;
        DispositionSection.Refused section;
    }

    /** The case page again with a refused form of its dispositions or review memos ({@link DispositionPagesController}). */
    String render(UUID id, DispositionSection.Refused refused, Locale locale, Model model) {
        var filled = new Filled();
        filled.section = refused;
        return page(id, filled, locale, model);
    }

    /**
     * A refused value: its field, the message key saying what is wrong, and the domain's own words if any; without a key
     * the domain's words are the message, already in the reader's language.
     */
    private record Refused(String field, String messageKey, String detail) {}

    /**
     * Makes a change unless the form was refused already; answers the page again with the problems (422) or the
     * conflict (409), or redirects back with {@code done} as the message. Without {@code done} (a preview), the change
     * is shown on the page itself.
     */
    private String attempt(
            UUID id,
            Filled filled,
            BindingResult binding,
            String done,
            Supplier<Object> change,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        binding.getFieldErrors()
                .forEach(error -> filled.refused.add(new Refused(
                        fieldName(error.getField()), messageKey(fieldName(error.getField()), error.getCode()), null)));
        if (filled.refused.isEmpty()) {
            try {
                change.get();
            } catch (InvalidInputException e) {
                // the domain's words as they are when they are in the reader's language (an audience's refused time)
                e.errors()
                        .forEach(error -> filled.refused.add(
                                e.readersLanguage()
                                        ? new Refused(error.field(), null, error.message())
                                        : new Refused(error.field(), "web.office.errors.invalid", error.message())));
            } catch (ConflictException e) {
                if ("version".equals(e.field())) {
                    filled.conflict = true;
                } else {
                    // the case is not ready for the action, e.g. its letter is not signed or delivered yet
                    filled.refused.add(
                            new Refused(e.field(), "web.office.errors.notReady." + e.field(), e.getMessage()));
                    filled.notReady = true;
                }
            }
        }
        if (filled.conflict || filled.notReady) {
            response.setStatus(409);
        } else if (!filled.refused.isEmpty()) {
            response.setStatus(422);
        } else if (done != null) {
            redirect.addFlashAttribute("message", done);
            return "redirect:/kantor/kasus/" + id;
        }
        return page(id, filled, locale, model);
    }

    private String page(UUID id, Filled filled, Locale locale, Model model) {
        var view = caseReading.view(id, currentStaff.get());
        var actionForms = new LinkedHashMap<String, ActionForm>();
        for (var action : view.availableActions()) {
            actionForms.put(
                    action.action(),
                    filled.actions.getOrDefault(action.action(), ActionForm.startingFrom(action, view.version())));
        }
        var problems = filled.refused.stream()
                .map(refused -> problem(refused, filled.form, view, locale))
                .toList();
        var errors = new LinkedHashMap<String, Problem>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p));
        model.addAttribute("c", view);
        model.addAttribute(
                "origins",
                origins.orderedStream().flatMap(o -> o.of(id).stream()).toList());
        model.addAttribute("audiences", audiences.ofCase(id, currentStaff.get()));
        dispositionSection.addTo(model, view, currentStaff.get(), filled.section);
        duplicateSection.addTo(model, view, currentStaff.get());
        var issued = documents.listFor(id);
        // a letter's documents are listed with the letter, where whoever may not read it is told so
        model.addAttribute(
                "documents", issued.stream().filter(d -> d.letterId() == null).toList());
        model.addAttribute("letters", caseLetters.list(id, currentStaff.get()));
        model.addAttribute("meetings", meetings.listForCase(id, currentStaff.get()));
        model.addAttribute("noticeLog", noticeLog.forCase(id, currentStaff.get()));
        model.addAttribute(
                "letterTypes",
                java.util.Arrays.stream(DocumentType.values())
                        .filter(DocumentType::numbered)
                        // drafted from the audience page, where the agreed audience fills it in
                        .filter(t -> t != DocumentType.AUDIENCE_SCHEDULE_LETTER)
                        .toList());
        model.addAttribute("receiptIssued", issued.stream().anyMatch(d -> d.type() == DocumentType.RECEIPT));
        model.addAttribute(
                "complaintFormIssued", issued.stream().anyMatch(d -> d.type() == DocumentType.COMPLAINT_FORM));
        model.addAttribute("sop", sops.definition(view.sop().versionId()));
        model.addAttribute("units", institutions.units(view.institutionId()));
        model.addAttribute("categories", AspirationCategory.values());
        model.addAttribute("zone", ZoneId.of(view.timeZone()));
        model.addAttribute(
                "history", plainHistory.of(view, sops.definition(view.sop().versionId()), locale));
        model.addAttribute("checkForm", filled.check == null ? CheckForm.startingFrom(view) : filled.check);
        model.addAttribute("actionForms", actionForms);
        model.addAttribute("noteForm", filled.note == null ? new NoteForm(null) : filled.note);
        model.addAttribute("previews", filled.previews);
        model.addAttribute("noteMax", NoteText.MAX);
        model.addAttribute("errorForm", filled.form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", filled.conflict);
        return "casework/case";
    }

    /**
     * A refused value as the page reports it: under the label the reader sees next to the field (never a field name),
     * with the id of the element to go to.
     *
     * @param anchor the id of the field's element on the page, null when it has none (a hidden field)
     */
    record Problem(String field, String anchor, String label, String message, String detail) {}

    private Problem problem(Refused refused, String form, CaseView view, Locale locale) {
        var field = refused.field();
        var action = form.startsWith("action:") ? form.substring("action:".length()) : null;
        String label;
        String anchor = null;
        if (field.startsWith("fields.") && action != null) {
            var name = field.substring("fields.".length());
            label = view.availableActions().stream()
                    .filter(a -> a.action().equals(action))
                    .flatMap(a -> a.fields().stream())
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .map(f -> f.label().in(locale))
                    .orElseGet(() -> text("web.office.field.other", locale));
            anchor = "a-" + action + "-" + name;
        } else if (field.startsWith("items.") || field.equals("met") || field.equals("required")) {
            var item = field.startsWith("items.") ? field.substring("items.".length()) : null;
            label = item != null && isRequirement(item)
                    ? text("web.office.requirement." + item, locale)
                    : text("web.office.field.items", locale);
            anchor = item != null && isRequirement(item) ? "check-" + item : null;
        } else {
            label = switch (field) {
                case "note" -> text(action == null ? "web.office.field.note" : "web.office.field.actionNote", locale);
                case "text" -> text("web.office.field.text", locale);
                case "confirmed" -> text("web.office.field.confirmed", locale);
                case "version" -> text("web.office.field.version", locale);
                case "action" -> text("web.office.field.action", locale);
                case "letter" -> text("web.office.field.letter", locale);
                case "status" -> text("web.office.field.status", locale);
                case "delegationSize" -> text("web.office.field.delegationSize", locale);
                default -> text("web.office.field.other", locale);
            };
            anchor = switch (field) {
                case "note" -> action == null ? "check-note" : "a-" + action + "-note";
                case "text" -> "note-text";
                case "confirmed" -> "a-" + action + "-confirmed";
                default -> null;
            };
        }
        return refused.messageKey() == null
                ? new Problem(field, anchor, label, refused.detail(), null)
                : new Problem(field, anchor, label, text(refused.messageKey(), locale), refused.detail());
    }

    /** {@code fields[name]} as the binder names a map entry, {@code fields.name} as the domain does. */
    private static String fieldName(String bound) {
        var bracket = bound.indexOf('[');
        if (bound.startsWith("fields[") && bound.endsWith("]")) {
            return "fields." + bound.substring("fields[".length(), bound.length() - 1);
        }
        return bracket < 0 ? bound : bound.substring(0, bracket);
    }

    /** What the page says about a value Bean Validation or the binder refused. */
    private static String messageKey(String field, String code) {
        if (code != null && code.startsWith("web.office.")) {
            return code;
        }
        return switch (field) {
            case "text" -> "web.office.errors.noteRequired";
            case "note" -> "web.office.errors.noteTooLong";
            default -> "web.office.errors.invalid";
        };
    }

    private static boolean isRequirement(String name) {
        for (var item : RequirementCheck.values()) {
            if (item.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
