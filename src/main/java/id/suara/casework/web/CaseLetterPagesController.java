package id.suara.casework.web;

import id.suara.casework.CaseLetters;
import id.suara.casework.CaseReading;
import id.suara.casework.LetterDeliveries;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.Letter;
import id.suara.documents.LetterDraft;
import id.suara.documents.Signatories;
import id.suara.documents.Signatory;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a case's letters (ADR 0025): drafting and revising one, and the letter itself with what the reader may do
 * next — initial, sign, reopen for correction, e-mail to the complainant, record its posting — and how it went.
 */
@Controller
@OfficePage
class CaseLetterPagesController {

    /** The parts of a letter form besides the content parts ({@code content.<part>}). */
    private static final List<String> FIELDS = List.of("subject", "addressee", "addresseePlace", "body", "signatoryId");

    private final CaseLetters letters;
    private final LetterDeliveries deliveries;
    private final CaseReading caseReading;
    private final Documents documents;
    private final Signatories signatories;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    CaseLetterPagesController(
            CaseLetters letters,
            LetterDeliveries deliveries,
            CaseReading caseReading,
            Documents documents,
            Signatories signatories,
            CurrentStaff currentStaff,
            MessageSource messages) {
        this.messages = messages;
        this.letters = letters;
        this.deliveries = deliveries;
        this.caseReading = caseReading;
        this.documents = documents;
        this.signatories = signatories;
        this.currentStaff = currentStaff;
    }

    /** The letter form as filled in: its type, parts and content parts by name. */
    record Filled(DocumentType type, Map<String, String> values, Map<String, String> content, Integer revision) {

        static Filled from(DocumentType type, Map<String, String> params) {
            var values = new LinkedHashMap<String, String>();
            FIELDS.forEach(field -> values.put(field, params.getOrDefault(field, "")));
            var content = new LinkedHashMap<String, String>();
            type.contentParts().forEach(part -> content.put(part, params.getOrDefault("content." + part, "")));
            Integer revision = null;
            try {
                revision = params.containsKey("revision") ? Integer.valueOf(params.get("revision")) : null;
            } catch (NumberFormatException ignored) {
                // answered as a conflict below: the revision read is not the letter's
            }
            return new Filled(type, values, content, revision);
        }

        static Filled of(Letter letter) {
            var values = new LinkedHashMap<String, String>();
            values.put("subject", letter.subject());
            values.put("addressee", letter.addressee() == null ? "" : letter.addressee());
            values.put("addresseePlace", letter.addresseePlace() == null ? "" : letter.addresseePlace());
            values.put("body", letter.body());
            values.put("signatoryId", letter.signatoryId().toString());
            var content = new LinkedHashMap<String, String>();
            letter.type()
                    .contentParts()
                    .forEach(part -> content.put(part, letter.content().getOrDefault(part, "")));
            return new Filled(letter.type(), values, content, letter.revision());
        }

        LetterDraft draft() {
            UUID signatory = null;
            try {
                signatory = UUID.fromString(values.get("signatoryId"));
            } catch (IllegalArgumentException notChosen) {
                // refused by the draft's validation as a missing signatory
            }
            return new LetterDraft(
                    values.get("subject"),
                    values.get("addressee"),
                    values.get("addresseePlace"),
                    values.get("body"),
                    signatory,
                    content);
        }
    }

    @GetMapping("/kantor/kasus/{id}/surat/baru")
    String newLetter(@PathVariable UUID id, @RequestParam(name = "jenis", required = false) String type, Model model) {
        var letterType = letterType(type);
        var reader = currentStaff.get();
        var view = caseReading.view(id, reader);
        var values = new LinkedHashMap<String, String>();
        FIELDS.forEach(field -> values.put(field, ""));
        var complainant = view.submission().complainant();
        if (letterType == DocumentType.RESPONSE_LETTER && !view.identityWithheld() && complainant != null) {
            // a response letter is addressed to the complainant, where they live (GOVDOCS §1.1 item 4)
            values.put("addressee", complainant.name() == null ? "" : complainant.name());
            values.put("addresseePlace", complainant.address() == null ? "" : complainant.address());
        }
        var content = new LinkedHashMap<String, String>();
        letterType.contentParts().forEach(part -> content.put(part, ""));
        return form(id, null, new Filled(letterType, values, content, null), Map.of(), model);
    }

    @PostMapping("/kantor/kasus/{id}/surat")
    String draft(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var filled = Filled.from(letterType(params.get("type")), params);
        try {
            var letter = letters.draft(id, filled.type(), filled.draft(), currentStaff.get());
            redirect.addFlashAttribute("message", "web.letter.drafted");
            return "redirect:/kantor/kasus/" + id + "/surat/" + letter.letter().id();
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return form(id, null, filled, errors(refused), model);
        }
    }

    @GetMapping("/kantor/kasus/{id}/surat/{letterId}/ubah")
    String editLetter(@PathVariable UUID id, @PathVariable UUID letterId, Model model) {
        var shown = letters.get(id, letterId, currentStaff.get());
        if (!shown.readable()) {
            throw new ForbiddenException("The letter is withheld: the complainant's identity is confidential");
        }
        return form(id, letterId, Filled.of(shown.letter()), Map.of(), model);
    }

    @PostMapping("/kantor/kasus/{id}/surat/{letterId}/ubah")
    String revise(
            @PathVariable UUID id,
            @PathVariable UUID letterId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var current = letters.get(id, letterId, currentStaff.get()).letter();
        var filled = Filled.from(current.type(), params);
        try {
            letters.revise(
                    id,
                    letterId,
                    filled.revision() == null ? -1 : filled.revision(),
                    filled.draft(),
                    currentStaff.get());
            redirect.addFlashAttribute("message", "web.letter.revised");
            return "redirect:/kantor/kasus/" + id + "/surat/" + letterId;
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            return form(id, letterId, filled, errors(refused), model);
        } catch (ConflictException changed) {
            response.setStatus(409);
            model.addAttribute("problemMessage", "web.letter.changedMeanwhile");
            return form(id, letterId, filled, Map.of(), model);
        }
    }

    @GetMapping("/kantor/kasus/{id}/surat/{letterId}")
    String letter(@PathVariable UUID id, @PathVariable UUID letterId, Model model) {
        return letterPage(id, letterId, null, null, model);
    }

    /**
     * The letter page's buttons: initial (paraf), sign (tandatangani), reopen for correction (buka), e-mail to the
     * complainant (surel), record its posting (pos, with a note).
     */
    @PostMapping("/kantor/kasus/{id}/surat/{letterId}/{act:paraf|tandatangani|buka|surel|pos}")
    String act(
            @PathVariable UUID id,
            @PathVariable UUID letterId,
            @PathVariable String act,
            @RequestParam(name = "note", required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var member = currentStaff.get();
        record Button(String done, Supplier<Object> change) {}
        var button = switch (act) {
            case "paraf" -> new Button("web.letter.initialled", () -> letters.initial(id, letterId, member));
            case "tandatangani" -> new Button("web.letter.signed", () -> letters.sign(id, letterId, member));
            case "buka" -> new Button("web.letter.reopened", () -> letters.reopen(id, letterId, member));
            case "surel" -> new Button("web.letter.emailed", () -> deliveries.email(id, letterId, member));
            default -> new Button("web.letter.posted", () -> deliveries.recordPosted(id, letterId, note, member));
        };
        return attempt(id, letterId, button.done(), button.change(), model, response, redirect);
    }

    @GetMapping("/kantor/kasus/{id}/surat/{letterId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID letterId) {
        return DocumentResponses.inline(letters.newestDocument(id, letterId, currentStaff.get()));
    }

    /** Does what a button asks; the letter page again with the reason when it is refused, 409 or 422. */
    private String attempt(
            UUID id,
            UUID letterId,
            String done,
            Supplier<Object> change,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.get();
        } catch (ConflictException refused) {
            response.setStatus(409);
            return letterPage(id, letterId, refused.field(), refused.getMessage(), model);
        } catch (InvalidInputException refused) {
            response.setStatus(422);
            var first = refused.errors().getFirst();
            return letterPage(id, letterId, first.field(), first.message(), model);
        }
        redirect.addFlashAttribute("message", done);
        return "redirect:/kantor/kasus/" + id + "/surat/" + letterId;
    }

    private String letterPage(UUID id, UUID letterId, String refusedField, String refusedDetail, Model model) {
        var reader = currentStaff.get();
        var page = letters.page(id, letterId, reader);
        var letter = page.shown().letter();
        var roles = page.roles();
        model.addAttribute("page", page);
        model.addAttribute("letter", letter);
        model.addAttribute(
                "mayInitial", letter.nextInitial().map(roles::contains).orElse(false));
        model.addAttribute("maySign", roles.contains(letter.signerRole()));
        model.addAttribute("mayDeliver", !roles.isEmpty());
        // the e-mail button only where the complainant gave an address (as far as the reader may know it)
        model.addAttribute("emailKnown", page.emailKnown());
        model.addAttribute("readable", page.shown().readable());
        model.addAttribute(
                "signatory",
                signatories.find(page.institutionId(), letter.signatoryId()).orElse(null));
        model.addAttribute("versions", documents.listForLetter(letter.id()));
        model.addAttribute("deliveries", deliveries.list(id, letterId, reader));
        model.addAttribute("zone", page.zone());
        model.addAttribute("refusedField", refusedField);
        model.addAttribute("refusedDetail", refusedDetail);
        return "casework/letter";
    }

    private String form(UUID id, UUID letterId, Filled filled, Map<String, String> errors, Model model) {
        var reader = currentStaff.get();
        var view = caseReading.view(id, reader);
        model.addAttribute("c", view);
        model.addAttribute("letterId", letterId);
        model.addAttribute("filled", filled);
        var chain = letters.chain(id, filled.type(), reader);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "initialNames",
                chain.initials().stream()
                        .map(role -> messages.getMessage("web.role." + role, null, locale))
                        .toList());
        model.addAttribute("signerName", messages.getMessage("web.role." + chain.signer(), null, locale));
        model.addAttribute(
                "signatories",
                signatories.of(view.institutionId()).stream()
                        .filter(Signatory::active)
                        .toList());
        model.addAttribute("errors", errors);
        return "casework/letter-form";
    }

    /** Each refused field's message key: {@code web.letter.invalid.<field>}, content parts under one key. */
    private static Map<String, String> errors(InvalidInputException refused) {
        var errors = new LinkedHashMap<String, String>();
        refused.errors().forEach(error -> {
            var field = error.field();
            var key = error.field().startsWith("content.")
                    ? "web.letter.invalid.content"
                    : "web.letter.invalid." + error.field();
            errors.putIfAbsent(field, key);
        });
        return errors;
    }

    private static DocumentType letterType(String type) {
        return Arrays.stream(DocumentType.values())
                .filter(DocumentType::numbered)
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No letter type " + type));
    }
}
