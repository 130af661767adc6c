package id.suara.portal.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.suara.casework.CaseReading;
import id.suara.casework.Cases;
import id.suara.casework.PublicCaseView;
import id.suara.intake.IncomingFile;
import id.suara.intake.Intake;
import id.suara.intake.Masking;
import id.suara.intake.MultipartIncomingFile;
import id.suara.intake.RegistrationRequest;
import id.suara.intake.Submissions;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** Public API: submit without an account, then track with the tracking number and the secret access code. */
@RestController
@RequestMapping("/api/v1/submissions")
@Tag(name = "Public submissions", description = "Submitting and tracking aspirations and complaints; no login")
class PublicSubmissionController {

    private static final String ACCESS_CODE = "X-Access-Code";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Intake intake;
    private final Submissions submissions;
    private final CaseReading caseReading;
    private final Cases cases;
    private final ReceiptPdf receiptPdf;
    private final MessageSource messages;
    private final SubmissionRequests requests;
    private final JsonMapper json;

    PublicSubmissionController(
            Intake intake,
            Submissions submissions,
            CaseReading caseReading,
            Cases cases,
            ReceiptPdf receiptPdf,
            MessageSource messages,
            SubmissionRequests requests,
            JsonMapper json) {
        this.intake = intake;
        this.submissions = submissions;
        this.caseReading = caseReading;
        this.cases = cases;
        this.receiptPdf = receiptPdf;
        this.messages = messages;
        this.requests = requests;
        this.json = json;
    }

    /**
     * What the complainant gets back once: keep the access code, it is needed to track the submission.
     *
     * @param privacyNotice in plain words, who at the institution will see the complainant's identity
     */
    record Submitted(
            @JsonIgnore UUID submissionId,
            String trackingNumber,
            String accessCode,
            String registrationNumber,
            CaseStatus status,
            Instant registeredAt,
            boolean confidential,
            boolean anonymous,
            String privacyNotice) {

        /** Without the access code, which is a secret. */
        @Override
        public String toString() {
            return "Submitted[trackingNumber=" + trackingNumber + ", accessCode=" + Masking.mask(accessCode)
                    + ", registrationNumber=" + registrationNumber + ", status=" + status + "]";
        }
    }

    /**
     * What staff will see of the complainant, in plain words, for each way of submitting.
     *
     * @param identified an ordinary submission: the handling staff of the institution see the identity
     * @param confidential a confidential submission: only the staff who handle it see the identity
     * @param anonymous an anonymous submission, where the procedure allows it: nobody can contact the complainant
     */
    record PrivacyNotice(String identified, String confidential, String anonymous) {}

    @GetMapping("/privacy-notice")
    @Operation(
            summary = "Who will see your identity",
            description = "In Bahasa Indonesia, or in English with Accept-Language: en")
    PrivacyNotice privacyNotice() {
        var locale = LocaleContextHolder.getLocale();
        return new PrivacyNotice(
                messages.getMessage("suara.privacy.identified", null, locale),
                messages.getMessage("suara.privacy.confidential", null, locale),
                messages.getMessage("suara.privacy.anonymous", null, locale));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit an aspiration, complaint or carbon copy without attachments")
    ResponseEntity<Submitted> submit(
            @RequestBody RegistrationRequest request,
            @Parameter(description = IDEMPOTENCY_KEY_HELP) @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey) {
        return once(request, List.of(), idempotencyKey);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit with attachments: part 'submission' (JSON) and up to 10 parts 'files'")
    ResponseEntity<Submitted> submitWithFiles(
            @RequestPart("submission") RegistrationRequest request,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @Parameter(description = IDEMPOTENCY_KEY_HELP) @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    String idempotencyKey) {
        var incoming = MultipartIncomingFile.of(files);
        return once(request, incoming, idempotencyKey);
    }

    static final String IDEMPOTENCY_KEY_HELP =
            "Optional: a key of 16 to 200 visible ASCII characters (e.g. a UUID) that"
                    + " you choose per submission. Sending the same submission again with the same key within 24 hours answers"
                    + " the first answer again (same status and body) instead of registering it twice; the same key with a"
                    + " different submission is refused with 422.";

    /** Registers, or with an Idempotency-Key answers a repeat with the first answer. */
    private ResponseEntity<Submitted> once(RegistrationRequest request, List<IncomingFile> files, String key) {
        if (key == null) {
            return created(register(request, files));
        }
        if (!SubmissionRequests.wellFormed(key)) {
            throw InvalidInputException.invalid(
                    IDEMPOTENCY_KEY, "must be 16 to 200 visible ASCII characters, e.g. a UUID");
        }
        var answer = requests.once(
                SubmissionRequests.Scope.API,
                key,
                IDEMPOTENCY_KEY,
                fingerprint(request, files),
                Submitted.class,
                () -> register(request, files),
                Submitted::submissionId);
        var response = created(answer.value());
        return answer.repeated()
                ? ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders())
                        .header("Idempotent-Replayed", "true")
                        .body(response.getBody())
                : response;
    }

    /** What the request asks for: the submission as JSON and each file's name, declared type and content. */
    private byte[] fingerprint(RegistrationRequest request, List<IncomingFile> files) {
        var parts = new java.util.ArrayList<byte[]>();
        parts.add(json.writeValueAsBytes(request));
        for (var file : files) {
            parts.add(String.valueOf(file.originalName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            parts.add(String.valueOf(file.declaredType()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (var in = file.open()) {
                var digest = java.security.MessageDigest.getInstance("SHA-256");
                in.transferTo(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest));
                parts.add(digest.digest());
            } catch (java.io.IOException e) {
                throw InvalidInputException.invalid("files", "The file could not be read");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return SubmissionRequests.fingerprint(parts.toArray(byte[][]::new));
    }

    private static ResponseEntity<Submitted> created(Submitted submitted) {
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + submitted.trackingNumber()))
                .body(submitted);
    }

    @GetMapping("/{trackingNumber}")
    @Operation(summary = "Track a submission", description = "Unknown numbers and wrong access codes both answer 404")
    PublicTracking track(
            @PathVariable String trackingNumber,
            @Parameter(description = "The access code given at submission")
                    @RequestHeader(name = ACCESS_CODE, required = false)
                    AccessCode accessCode) {
        var view = caseReading
                .publicView(trackingNumber, AccessCode.valueOrNull(accessCode))
                .orElseThrow(PublicSubmissionController::unknown);
        return PublicTracking.of(view, LocaleContextHolder.getLocale(), messages);
    }

    @GetMapping("/{trackingNumber}/receipt")
    @Operation(summary = "The receipt (tanda terima) issued at registration")
    Map<String, Object> receipt(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode) {
        return submissions
                .findForComplainant(trackingNumber, AccessCode.valueOrNull(accessCode))
                .flatMap(submissions::receipt)
                .orElseThrow(PublicSubmissionController::unknown);
    }

    @GetMapping(value = "/{trackingNumber}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The receipt (tanda terima) as a PDF",
            description = "Issued the first time it is asked for and served as stored ever after; it carries a QR code"
                    + " that opens its public verification page, and never the access code")
    ResponseEntity<byte[]> receiptPdf(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode) {
        return receiptPdf
                .forComplainant(trackingNumber, AccessCode.valueOrNull(accessCode))
                .orElseThrow(PublicSubmissionController::unknown);
    }

    private Submitted register(RegistrationRequest request, List<IncomingFile> files) {
        var registration = intake.register(request, files, null);
        var status = cases.openedStatus(registration);
        return new Submitted(
                registration.submissionId(),
                registration.trackingNumber(),
                registration.accessCode(),
                registration.registrationNumber(),
                status,
                registration.registeredAt(),
                request.confidential(),
                request.anonymous(),
                privacyNotice(request));
    }

    private String privacyNotice(RegistrationRequest request) {
        var key = request.anonymous()
                ? "suara.privacy.anonymous"
                : request.confidential() ? "suara.privacy.confidential" : "suara.privacy.identified";
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The secret access code as a request argument: never shown in logs, also not in traced handler arguments. */
    public record AccessCode(String value) {

        /** How Spring converts the header into an argument. */
        public static AccessCode of(String value) {
            return new AccessCode(value);
        }

        static String valueOrNull(AccessCode code) {
            return code == null ? null : code.value();
        }

        @Override
        public String toString() {
            return Masking.mask(value);
        }
    }

    private static NotFoundException unknown() {
        return new NotFoundException("No submission with this tracking number and access code");
    }

    /**
     * The tracking view in the reader's language.
     *
     * @param institution the institution's name
     * @param dueAt when the current step falls due
     * @param expectedAnswerBy when the whole procedure should have answered, counted from registration
     * @param answer the answer as written for the complainant (the public list shows it redacted)
     * @param missingRequirements when the case was returned or archived after a failed requirement check: what was
     *     missing
     * @param merged whether the submission was merged into another case about the same matter, whose progress and
     *     published answer this is (ADR 0037)
     */
    record PublicTracking(
            String institution,
            String trackingNumber,
            String registrationNumber,
            String timeZone,
            CaseStatus status,
            String currentStep,
            Instant dueAt,
            Instant expectedAnswerBy,
            Instant registeredAt,
            List<Entry> timeline,
            String answer,
            Instant answeredAt,
            List<MissingRequirement> missingRequirements,
            boolean merged) {

        record Entry(Instant at, String step, CaseStatus status) {}

        /** A requirement the check found missing: its code and what it asks for, in the reader's language. */
        record MissingRequirement(RequirementCheck code, String label) {}

        static PublicTracking of(PublicCaseView view, Locale locale, MessageSource messages) {
            return new PublicTracking(
                    view.institution(),
                    view.trackingNumber(),
                    view.registrationNumber(),
                    view.timeZone(),
                    view.status(),
                    view.currentStep().in(locale),
                    view.dueAt(),
                    view.expectedAnswerBy(),
                    view.registeredAt(),
                    view.timeline().stream()
                            .map(e -> new Entry(e.at(), e.step().in(locale), e.status()))
                            .toList(),
                    view.answer(),
                    view.answeredAt(),
                    view.missingRequirements().stream()
                            .map(r -> new MissingRequirement(
                                    r, messages.getMessage("web.portal.requirement." + r, null, r.name(), locale)))
                            .toList(),
                    view.merged());
        }
    }
}
