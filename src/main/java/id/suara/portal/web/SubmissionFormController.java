package id.suara.portal.web;

import id.suara.casework.CaseReading;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.AttachmentRules;
import id.suara.intake.Channel;
import id.suara.intake.Complainant;
import id.suara.intake.ComplainantType;
import id.suara.intake.IncomingFile;
import id.suara.intake.Intake;
import id.suara.intake.KeptUploads;
import id.suara.intake.Masking;
import id.suara.intake.MultipartIncomingFile;
import id.suara.intake.ReceptionHours;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.SubmissionKind;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.PageFormat;
import id.suara.sop.SopVersions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public submission form (web channel) and the audience request form (in person, as a delegation). Plain HTML
 * forms: they work without JavaScript. A refused form comes back with its values and a message at each field.
 */
@Controller
@PortalPage
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
    private final SubmissionRequests requests;
    private final KeptUploads keptUploads;
    private final PageFormat pageFormat;
    private final Clock clock;

    SubmissionFormController(
            Institutions institutions,
            SopVersions sops,
            Intake intake,
            CaseReading caseReading,
            MessageSource messages,
            ReceptionHours receptionHours,
            SubmissionRequests requests,
            KeptUploads keptUploads,
            PageFormat pageFormat,
            Clock clock) {
        this.pageFormat = pageFormat;
        this.clock = clock;
        this.requests = requests;
        this.keptUploads = keptUploads;
        this.institutions = institutions;
        this.sops = sops;
        this.intake = intake;
        this.caseReading = caseReading;
        this.messages = messages;
        this.receptionHours = receptionHours;
    }

    /** The cookie that brings the browser from a submitted form to its result page: the form's one-time token. */
    static final String RESULT_COOKIE = "suara-terkirim";

    /** How long the result page can be opened again (refreshed) in the same browser. */
    static final Duration RESULT_SHOWN_FOR = Duration.ofMinutes(30);

    /**
     * What a submitted form led to, kept (encrypted) under the form's one-time token so the result page can be shown
     * again after a refresh, and a second POST of the same form finds it instead of registering twice.
     */
    record Submitted(
            UUID submissionId,
            String trackingNumber,
            String accessCode,
            String registrationNumber,
            Instant registeredAt,
            SubmissionKind kind,
            boolean audience,
            Instant audienceAt,
            boolean confidential,
            boolean anonymous) {

        /** Without the access code, which is a secret. */
        @Override
        public String toString() {
            return "Submitted[trackingNumber=" + trackingNumber + ", accessCode=" + Masking.mask(accessCode) + "]";
        }
    }

    @GetMapping("/i/{code}/lapor")
    String submissionForm(@PathVariable String code, Model model) {
        var form = new SubmissionForm();
        form.setFormToken(SubmissionRequests.newToken());
        return form(InstitutionPageController.find(institutions, code), form, Map.of(), false, model);
    }

    @GetMapping("/i/{code}/audiensi")
    String audienceForm(@PathVariable String code, Model model) {
        var form = new SubmissionForm();
        form.setKind("ASPIRATION");
        form.setFormToken(SubmissionRequests.newToken());
        return form(InstitutionPageController.find(institutions, code), form, Map.of(), true, model);
    }

    @PostMapping("/i/{code}/lapor")
    ModelAndView submit(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return register(
                InstitutionPageController.find(institutions, code), form, files, false, request, response, model);
    }

    @PostMapping("/i/{code}/audiensi")
    ModelAndView requestAudience(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return register(
                InstitutionPageController.find(institutions, code), form, files, true, request, response, model);
    }

    /**
     * The result of a submitted form (post/redirect/get): the tracking number and access code, read with the one-time
     * token the browser holds in a cookie, so a refresh shows the same result and creates nothing.
     */
    @GetMapping({"/i/{code}/lapor/terkirim", "/i/{code}/audiensi/terkirim"})
    String submitted(
            @PathVariable String code,
            @CookieValue(name = RESULT_COOKIE, required = false) String token,
            HttpServletResponse response,
            Model model) {
        var institution = InstitutionPageController.find(institutions, code);
        var submitted = requests.answer(SubmissionRequests.Scope.FORM, token, Submitted.class);
        if (submitted.isEmpty()) {
            return "redirect:/lacak";
        }
        var result = submitted.get();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var status = caseReading.status(result.submissionId());
        model.addAttribute("institution", institution);
        model.addAttribute("registration", result);
        model.addAttribute("status", status.orElse(null));
        model.addAttribute("kind", result.kind());
        model.addAttribute("audience", result.audience());
        model.addAttribute("audienceAt", result.audienceAt());
        model.addAttribute(
                "privacyNotice",
                message(
                        result.anonymous()
                                ? "suara.privacy.anonymous"
                                : result.confidential() ? "suara.privacy.confidential" : "suara.privacy.identified"));
        return "portal/submitted";
    }

    private ModelAndView register(
            Institution institution,
            SubmissionForm form,
            List<MultipartFile> files,
            boolean audience,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        if (!SubmissionRequests.wellFormed(form.getFormToken())) {
            form.setFormToken(SubmissionRequests.newToken());
        }
        var errors = new LinkedHashMap<String, String>();
        var kind = parseEnum(SubmissionKind.class, form.getKind(), "kind", errors);
        var type = parseEnum(ComplainantType.class, form.getComplainantType(), "complainantType", errors);
        OffsetDateTime audienceAt = null;
        Integer delegationSize = null;
        if (audience) {
            audienceAt = audienceTime(institution, form, errors);
            outsideReceptionHours(institution, audienceAt, errors);
            delegationSize = delegationSize(form, errors);
        }
        if (!form.isAnonymous() && form.getName().isBlank()) {
            errors.put("name", message("web.portal.error.name"));
        }
        // Files kept from an earlier refused try of this form come along, less those the citizen removed.
        if (form.getRemoveKept() != null && !form.getRemoveKept().isEmpty()) {
            keptUploads.remove(form.getFormToken(), form.getRemoveKept());
        }
        var chosen = MultipartIncomingFile.of(files);
        var incoming = new ArrayList<IncomingFile>(keptUploads.incoming(form.getFormToken()));
        incoming.addAll(chosen);
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
                delegationSize,
                // notices are written in the language the citizen used the form in
                "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id");
        // Every refused field in one pass: the form's own parsing and all of intake's checks together.
        // The audience time was judged above, with the hours in the reader's language, at the date or the time field.
        var audienceJudged = errors.containsKey("audienceDate") || errors.containsKey("audienceTime");
        intake.problems(request, incoming).stream()
                .filter(e -> !(audienceJudged && "audienceRequestedFor".equals(e.field())))
                .forEach(e -> errors.putIfAbsent(formField(e.field()), localised(e)));
        if (errors.isEmpty()) {
            try {
                var at = audienceAt == null ? null : audienceAt.toInstant();
                requests.once(
                        SubmissionRequests.Scope.FORM,
                        form.getFormToken(),
                        "form",
                        null,
                        Submitted.class,
                        () -> {
                            var registration = intake.register(request, incoming, null);
                            return new Submitted(
                                    registration.submissionId(),
                                    registration.trackingNumber(),
                                    registration.accessCode(),
                                    registration.registrationNumber(),
                                    registration.registeredAt(),
                                    kind,
                                    audience,
                                    at,
                                    form.isConfidential(),
                                    form.isAnonymous());
                        },
                        Submitted::submissionId);
                keptUploads.discard(form.getFormToken());
                var base = "/i/" + institution.code() + (audience ? "/audiensi" : "/lapor");
                var cookie = ResponseCookie.from(RESULT_COOKIE, form.getFormToken())
                        .path("/i/" + institution.code() + "/")
                        .httpOnly(true)
                        .secure(http.isSecure())
                        .sameSite("Lax")
                        .maxAge(RESULT_SHOWN_FOR)
                        .build();
                response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
                // 303: the browser follows with a GET, so a refresh repeats the GET, never the POST.
                var redirect = new RedirectView(base + "/terkirim", true);
                redirect.setStatusCode(HttpStatus.SEE_OTHER);
                redirect.setExposeModelAttributes(false);
                return new ModelAndView(redirect);
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(formField(e.field()), localised(e)));
            }
        }
        var ordered = new LinkedHashMap<String, String>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        // A browser never refills a file input: the files that passed their checks are kept for the retry.
        keptUploads.keep(form.getFormToken(), chosen);
        response.setStatus(422);
        return new ModelAndView(form(institution, form, ordered, audience, model));
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
        model.addAttribute("inputs", FormInputs.INSTANCE);
        model.addAttribute("keptFiles", keptUploads.kept(form.getFormToken()));
        var rules = intake.attachmentRules();
        model.addAttribute("attachmentRules", rules);
        model.addAttribute("maxFileMegabytes", AttachmentRules.megabytes(rules.maxFileBytes()));
        model.addAttribute("maxTotalMegabytes", AttachmentRules.megabytes(rules.maxTotalBytes()));
        return "portal/submission-form";
    }

    private OffsetDateTime audienceTime(Institution institution, SubmissionForm form, Map<String, String> errors) {
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

    /**
     * An audience outside reception hours is refused at the day or the time, with the hours and the next times; one
     * asked for sooner than 3 working days ahead at the day, with the earliest day and the next times.
     */
    private void outsideReceptionHours(
            Institution institution, java.time.OffsetDateTime audienceAt, Map<String, String> errors) {
        if (audienceAt == null) {
            return;
        }
        var locale = LocaleContextHolder.getLocale();
        receptionHours
                .refusal(institution.id(), audienceAt.toInstant(), clock.instant())
                .ifPresent(refusal -> errors.put(
                        refusal.tooSoon() || refusal.closedThatDay() ? "audienceDate" : "audienceTime",
                        refusal.tooSoon()
                                ? messages.getMessage(
                                        "web.portal.error.audienceNotice",
                                        new Object[] {
                                            pageFormat.dayAndDate(refusal.earliestDay()), refusal.nextTimes(locale)
                                        },
                                        locale)
                                : messages.getMessage(
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
