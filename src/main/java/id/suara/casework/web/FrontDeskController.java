package id.suara.casework.web;

import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.Intake;
import id.suara.intake.Masking;
import id.suara.intake.MultipartIncomingFile;
import id.suara.intake.Registration;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.PageFormat;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk: registering a walk-in, letter, social-media or recess submission on the complainant's behalf, then
 * the receipt (tanda terima) with the tracking number and access code, shown once and ready to print.
 */
@Controller
@OfficePage
class FrontDeskController {

    static final List<Channel> DESK_CHANNELS =
            List.of(Channel.LETTER, Channel.IN_PERSON, Channel.SOCIAL_MEDIA, Channel.RECESS);

    private final Intake intake;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final Validator validator;
    private final PageFormat pageFormat;

    private final id.suara.casework.Duplicates duplicates;

    FrontDeskController(
            Intake intake,
            Institutions institutions,
            CurrentStaff currentStaff,
            Validator validator,
            PageFormat pageFormat,
            id.suara.casework.Duplicates duplicates) {
        this.duplicates = duplicates;
        this.pageFormat = pageFormat;
        this.intake = intake;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.validator = validator;
    }

    /** The registration form as typed; every field a string so nothing typed is lost when it is shown again. */
    record DeskForm(
            String kind,
            String channel,
            String complainantType,
            String complainantName,
            String complainantOrganisation,
            String complainantIdentityNumber,
            String complainantAddress,
            String complainantPhone,
            String complainantEmail,
            Boolean confidential,
            Boolean anonymous,
            String respondent,
            String title,
            String purpose,
            String substance,
            String audienceRequestedFor,
            String delegationSize,
            String complainantLanguage) {

        public boolean isConfidential() {
            return Boolean.TRUE.equals(confidential);
        }

        public boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        static DeskForm empty() {
            return new DeskForm(
                    "COMPLAINT",
                    "LETTER",
                    "INDIVIDUAL",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "id");
        }

        /** Without the texts, which hold personal data. */
        @Override
        public String toString() {
            return "DeskForm[kind=" + kind + ", channel=" + channel + ", name=" + Masking.mask(complainantName) + "]";
        }
    }

    /** A receipt to show once after registering. */
    record Receipt(
            String institutionName,
            String registrationNumber,
            String trackingNumber,
            String accessCode,
            String registeredAt,
            String kind,
            String channel,
            String title) {

        @Override
        public String toString() {
            return "Receipt[trackingNumber=" + trackingNumber + ", accessCode=" + Masking.mask(accessCode) + "]";
        }
    }

    @GetMapping("/kantor/registrasi")
    String form(Model model) {
        deskMember();
        return formPage(DeskForm.empty(), Map.of(), model);
    }

    @PostMapping("/kantor/registrasi")
    String register(
            @ModelAttribute DeskForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = deskMember();
        var institution = institutions.get(staff.institutionId());
        var errors = new LinkedHashMap<String, String>();
        var request = toRequest(form, institution.code(), institution.zone(), errors);
        if (request != null) {
            for (var violation : validator.validate(request)) {
                errors.putIfAbsent(formField(violation.getPropertyPath().toString()), violation.getMessage());
            }
        }
        Registration registration = null;
        if (errors.isEmpty()) {
            var incoming = MultipartIncomingFile.of(files);
            try {
                registration = intake.register(request, incoming, staff.id());
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.putIfAbsent(formField(error.field()), error.message()));
            }
        }
        if (registration == null) {
            response.setStatus(422);
            return formPage(form, errors, model);
        }
        redirect.addFlashAttribute(
                "receipt",
                new Receipt(
                        institution.name(),
                        registration.registrationNumber(),
                        registration.trackingNumber(),
                        registration.accessCode(),
                        pageFormat.shortDateTime(registration.registeredAt(), institution.zone()),
                        request.kind().name(),
                        request.channel().name(),
                        request.title()));
        redirect.addFlashAttribute("caseId", registration.submissionId());
        return "redirect:/kantor/registrasi/tanda-terima";
    }

    /** The receipt, once: it comes in the flash of the registration, so reloading shows that it was already shown. */
    @GetMapping("/kantor/registrasi/tanda-terima")
    String receipt(Model model) {
        var staff = deskMember();
        // similar open cases of the institution, to check at once whether this is a duplicate (ADR 0037)
        model.addAttribute(
                "similar",
                model.getAttribute("caseId") instanceof java.util.UUID caseId
                        ? duplicates.similarTo(caseId, staff)
                        : List.of());
        return "casework/receipt";
    }

    private String formPage(DeskForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        // a service complaint is recorded from the service it is about (a recess's facilitation page), not here
        model.addAttribute(
                "kinds",
                Arrays.stream(SubmissionKind.values())
                        .filter(k -> k != SubmissionKind.SERVICE_COMPLAINT)
                        .toList());
        model.addAttribute("channels", DESK_CHANNELS);
        model.addAttribute("complainantTypes", ComplainantType.values());
        return "casework/register";
    }

    private StaffMember deskMember() {
        var staff = currentStaff.get();
        if (!staff.registersSubmissions()) {
            throw new ForbiddenException("Registering submissions needs a desk role of an institution");
        }
        return staff;
    }

    private static RegistrationRequest toRequest(
            DeskForm form, String institutionCode, java.time.ZoneId zone, Map<String, String> errors) {
        var kind = parse(SubmissionKind.class, form.kind(), "kind", errors);
        var channel = parse(Channel.class, form.channel(), "channel", errors);
        if (channel != null && !DESK_CHANNELS.contains(channel)) {
            errors.put("channel", "is not a front-desk channel");
        }
        var type = parse(ComplainantType.class, form.complainantType(), "complainantType", errors);
        java.time.OffsetDateTime audience = null;
        if (form.audienceRequestedFor() != null && !form.audienceRequestedFor().isBlank()) {
            try {
                audience = LocalDateTime.parse(form.audienceRequestedFor().strip())
                        .atZone(zone)
                        .toOffsetDateTime();
            } catch (DateTimeParseException e) {
                errors.put("audienceRequestedFor", "must be a date and time");
            }
        }
        Integer delegation = null;
        if (form.delegationSize() != null && !form.delegationSize().isBlank()) {
            try {
                delegation = Integer.valueOf(form.delegationSize().strip());
            } catch (NumberFormatException e) {
                errors.put("delegationSize", "must be a number");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        var complainant = form.isAnonymous()
                ? null
                : new Complainant(
                        type,
                        blankToNull(form.complainantName()),
                        blankToNull(form.complainantOrganisation()),
                        blankToNull(form.complainantIdentityNumber()),
                        blankToNull(form.complainantAddress()),
                        blankToNull(form.complainantPhone()),
                        blankToNull(form.complainantEmail()));
        return new RegistrationRequest(
                institutionCode,
                kind,
                channel,
                complainant,
                form.isConfidential(),
                form.isAnonymous(),
                blankToNull(form.respondent()),
                blankToNull(form.title()),
                blankToNull(form.purpose()),
                blankToNull(form.substance()),
                audience,
                delegation,
                blankToNull(form.complainantLanguage()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "is not a valid choice");
            return null;
        }
    }

    /** {@code complainant.name} is the form's {@code complainantName}. */
    static String formField(String path) {
        if (path.startsWith("complainant.") && path.length() > "complainant.".length()) {
            var rest = path.substring("complainant.".length());
            return "complainant" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        if (path.startsWith("files")) {
            return "files";
        }
        return path;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
