package id.suara.portal.web;

import id.suara.casework.CaseReading;
import id.suara.casework.PublicCaseView;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.Intake;
import id.suara.intake.MultipartIncomingFile;
import id.suara.intake.ReceptionHours;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.shared.InvalidInputException;
import id.suara.sop.SopVersions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public submission form (web channel) and the audience request form (in person, as a delegation). Plain HTML
 * forms: they work without JavaScript. A refused form comes back with its values and a message at each field.
 */
@Controller
class SubmissionFormController {

    /** The form's fields in page order, so the error summary lists them as the reader meets them. */
    static final List<String> FIELDS = List.of(
            "kind",
            "complainantType",
            "name",
            "organisation",
            "identityNumber",
            "address",
            "phone",
            "email",
            "anonymous",
            "confidential",
            "audienceDate",
            "audienceTime",
            "delegationSize",
            "respondent",
            "title",
            "purpose",
            "substance",
            "files",
            "form");

    private final Institutions institutions;
    private final SopVersions sops;
    private final Intake intake;
    private final CaseReading caseReading;
    private final MessageSource messages;
    private final ReceptionHours receptionHours;

    SubmissionFormController(
            Institutions institutions,
            SopVersions sops,
            Intake intake,
            CaseReading caseReading,
            MessageSource messages,
            ReceptionHours receptionHours) {
        this.institutions = institutions;
        this.sops = sops;
        this.intake = intake;
        this.caseReading = caseReading;
        this.messages = messages;
        this.receptionHours = receptionHours;
    }

    @GetMapping("/i/{code}/lapor")
    String submissionForm(@PathVariable String code, Model model) {
        return form(InstitutionPageController.find(institutions, code), new SubmissionForm(), Map.of(), false, model);
    }

    @GetMapping("/i/{code}/audiensi")
    String audienceForm(@PathVariable String code, Model model) {
        var form = new SubmissionForm();
        form.setKind("ASPIRATION");
        return form(InstitutionPageController.find(institutions, code), form, Map.of(), true, model);
    }

    @PostMapping("/i/{code}/lapor")
    String submit(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model) {
        return register(InstitutionPageController.find(institutions, code), form, files, false, model);
    }

    @PostMapping("/i/{code}/audiensi")
    String requestAudience(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model) {
        return register(InstitutionPageController.find(institutions, code), form, files, true, model);
    }

    private String register(
            Institution institution, SubmissionForm form, List<MultipartFile> files, boolean audience, Model model) {
        var errors = new LinkedHashMap<String, String>();
        var kind = parseEnum(SubmissionKind.class, form.getKind(), "kind", errors);
        var type = parseEnum(ComplainantType.class, form.getComplainantType(), "complainantType", errors);
        java.time.OffsetDateTime audienceAt = null;
        Integer delegationSize = null;
        if (audience) {
            audienceAt = audienceTime(institution, form, errors);
            outsideReceptionHours(institution, audienceAt, errors);
            delegationSize = delegationSize(form, errors);
        }
        if (!form.isAnonymous() && form.getName().isBlank()) {
            errors.put("name", message("web.portal.error.name"));
        }
        var incoming = MultipartIncomingFile.of(files);
        if (errors.isEmpty()) {
            var request = new RegistrationRequest(
                    institution.code(),
                    kind,
                    audience ? Channel.IN_PERSON : Channel.WEB,
                    new Complainant(
                            type,
                            form.getName(),
                            form.getOrganisation(),
                            form.getIdentityNumber(),
                            form.getAddress(),
                            form.getPhone(),
                            form.getEmail()),
                    form.isConfidential(),
                    form.isAnonymous(),
                    form.getRespondent(),
                    form.getTitle(),
                    form.getPurpose(),
                    form.getSubstance(),
                    audienceAt,
                    delegationSize);
            try {
                var registration = intake.register(request, incoming, null);
                var status = caseReading.publicView(registration.submissionId()).map(PublicCaseView::status);
                model.addAttribute("institution", institution);
                model.addAttribute("registration", registration);
                model.addAttribute("status", status.orElse(null));
                model.addAttribute("kind", kind);
                model.addAttribute("audience", audience);
                model.addAttribute("audienceAt", audienceAt == null ? null : audienceAt.toInstant());
                model.addAttribute(
                        "privacyNotice",
                        message(
                                form.isAnonymous()
                                        ? "suara.privacy.anonymous"
                                        : form.isConfidential()
                                                ? "suara.privacy.confidential"
                                                : "suara.privacy.identified"));
                return "portal/submitted";
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(formField(e.field()), localised(e)));
            }
        }
        var ordered = new LinkedHashMap<String, String>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        return form(institution, form, ordered, audience, model);
    }

    private String form(
            Institution institution, SubmissionForm form, Map<String, String> errors, boolean audience, Model model) {
        var active = sops.active(institution.id());
        var channel = audience ? Channel.IN_PERSON : Channel.WEB;
        var handled = active.stream()
                .filter(v -> v.definition().channels().contains(channel))
                .toList();
        model.addAttribute("institution", institution);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("audience", audience);
        model.addAttribute(
                "kinds",
                handled.stream()
                        .flatMap(v -> v.definition().kinds().stream())
                        .distinct()
                        .sorted()
                        .map(Enum::name)
                        .toList());
        model.addAttribute("complainantTypes", List.of("INDIVIDUAL", "GROUP", "INSTITUTION"));
        model.addAttribute(
                "anonymousAllowed",
                handled.stream().anyMatch(v -> v.definition().anonymousAllowed()));
        model.addAttribute("accepts", !handled.isEmpty());
        return "portal/submission-form";
    }

    private java.time.OffsetDateTime audienceTime(
            Institution institution, SubmissionForm form, Map<String, String> errors) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(form.getAudienceDate().strip());
        } catch (DateTimeParseException e) {
            errors.put("audienceDate", message("web.portal.error.audienceDate"));
        }
        try {
            time = LocalTime.parse(form.getAudienceTime().strip());
        } catch (DateTimeParseException e) {
            errors.put("audienceTime", message("web.portal.error.audienceTime"));
        }
        if (date == null || time == null) {
            return null;
        }
        return date.atTime(time).atZone(institution.zone()).toOffsetDateTime();
    }

    /** An audience outside reception hours is refused at the day or the time, with the hours and the next times. */
    private void outsideReceptionHours(
            Institution institution, java.time.OffsetDateTime audienceAt, Map<String, String> errors) {
        if (audienceAt == null) {
            return;
        }
        var locale = LocaleContextHolder.getLocale();
        receptionHours
                .refusal(institution.id(), audienceAt.toInstant())
                .ifPresent(refusal -> errors.put(
                        refusal.closedThatDay() ? "audienceDate" : "audienceTime",
                        messages.getMessage(
                                "web.portal.error.audienceHours",
                                new Object[] {refusal.hours(locale), refusal.nextTimes(locale)},
                                locale)));
    }

    private Integer delegationSize(SubmissionForm form, Map<String, String> errors) {
        try {
            return Integer.valueOf(form.getDelegationSize().strip());
        } catch (NumberFormatException e) {
            errors.put("delegationSize", message("web.portal.error.delegationSize"));
            return null;
        }
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.put(field, message("web.portal.error." + field));
            return null;
        }
    }

    /** The form field a domain error names: {@code complainant.name} is the field {@code name}. */
    static String formField(String domainField) {
        if (domainField == null) {
            return "form";
        }
        if (domainField.startsWith("files")) {
            return "files";
        }
        var field = switch (domainField) {
            case "complainant" -> "name";
            case "complainant.type" -> "complainantType";
            case "audienceRequestedFor" -> "audienceDate";
            default -> domainField.startsWith("complainant.") ? domainField.substring(12) : domainField;
        };
        return FIELDS.contains(field) ? field : "form";
    }

    /** The portal's own message for a field, in the reader's language; the domain's message when it has none. */
    private String localised(InvalidInputException.FieldError error) {
        var field = formField(error.field());
        var key = "web.portal.error." + field;
        if (field.equals("files") || field.equals("form") || field.equals("anonymous")) {
            // Attachments and the procedure refuse for specific reasons worth showing as they are.
            return messages.getMessage(key, new Object[] {error.message()}, LocaleContextHolder.getLocale());
        }
        return messages.getMessage(key, null, error.message(), LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
