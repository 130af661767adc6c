package id.suara.portal.web;

import id.suara.casework.ComplainantConversation;
import id.suara.casework.ComplainantConversation.SurveyAnswers;
import id.suara.casework.IkmElement;
import id.suara.casework.SatisfactionIndex;
import id.suara.institution.Institutions;
import id.suara.intake.MultipartIncomingFile;
import id.suara.portal.web.PublicSubmissionController.AccessCode;
import id.suara.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public API for the complainant's side of the conversation (ADR 0036), authenticated like tracking: the tracking number
 * in the path and the access code in {@code X-Access-Code}; a wrong code answers 404 like an unknown number. And the
 * public IKM of an institution.
 */
@RestController
@Tag(name = "Public submissions", description = "Submitting and tracking aspirations and complaints; no login")
class PublicConversationController {

    private static final String ACCESS_CODE = "X-Access-Code";

    private final ComplainantConversation conversation;
    private final Institutions institutions;
    private final Clock clock;

    PublicConversationController(ComplainantConversation conversation, Institutions institutions, Clock clock) {
        this.conversation = conversation;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** Text from the complainant, with attachments when sent as multipart. */
    record Text(String text) {}

    /** An objection to the answer. */
    record ObjectionRequest(String reason) {}

    /** The survey: {@code scores} maps U1..U9 to 1..4. */
    record SurveyRequest(Map<IkmElement, Integer> scores, Boolean solved, String comment) {}

    @GetMapping("/api/v1/submissions/{trackingNumber}/conversation")
    @Operation(
            summary = "What the complainant may do now",
            description = "The pending request for completion (question), whether information may be added, the survey"
                    + " and the objection deadline, and what the complainant wrote so far")
    ComplainantConversation.ForComplainant conversation(
            @PathVariable String trackingNumber,
            @Parameter(description = "The access code given at submission")
                    @RequestHeader(name = ACCESS_CODE, required = false)
                    AccessCode accessCode) {
        return conversation.forComplainant(trackingNumber, AccessCode.valueOrNull(accessCode));
    }

    @PostMapping(value = "/api/v1/submissions/{trackingNumber}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add information to an open case",
            description = "Refused with 409 on a closed case. When the case waits for an answer from the complainant,"
                    + " this is that answer and the step's clock resumes")
    ComplainantConversation.Message addInformation(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestBody Text body) {
        return conversation.addInformation(
                trackingNumber, AccessCode.valueOrNull(accessCode), body == null ? null : body.text(), List.of());
    }

    @PostMapping(
            value = "/api/v1/submissions/{trackingNumber}/messages",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add information with attachments: part 'message' (JSON {text}) and parts 'files'")
    ComplainantConversation.Message addInformationWithFiles(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestPart("message") Text body,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return conversation.addInformation(
                trackingNumber,
                AccessCode.valueOrNull(accessCode),
                body == null ? null : body.text(),
                MultipartIncomingFile.of(files));
    }

    @PostMapping(value = "/api/v1/submissions/{trackingNumber}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Answer the request for completion",
            description = "Resumes the step's clock; 409 when the case does not wait for the complainant")
    ComplainantConversation.Message reply(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestBody Text body) {
        return conversation.reply(
                trackingNumber, AccessCode.valueOrNull(accessCode), body == null ? null : body.text(), List.of());
    }

    @PostMapping(value = "/api/v1/submissions/{trackingNumber}/reply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer the request for completion with attachments: part 'message' and parts 'files'")
    ComplainantConversation.Message replyWithFiles(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestPart("message") Text body,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return conversation.reply(
                trackingNumber,
                AccessCode.valueOrNull(accessCode),
                body == null ? null : body.text(),
                MultipartIncomingFile.of(files));
    }

    @PostMapping("/api/v1/submissions/{trackingNumber}/survey")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Fill in the satisfaction survey (IKM, PermenPAN-RB 14/2017)",
            description = "Once per case, after the answer: scores U1..U9 from 1 to 4, solved (yes/no), a comment; a"
                    + " second survey is refused with 409")
    ComplainantConversation.Survey survey(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestBody SurveyRequest body) {
        return conversation.submitSurvey(
                trackingNumber,
                AccessCode.valueOrNull(accessCode),
                body == null ? null : new SurveyAnswers(body.scores(), body.solved(), body.comment()));
    }

    @PostMapping("/api/v1/submissions/{trackingNumber}/objection")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Object to the answer",
            description = "Within the institution's window after the answer (default 14 days); reopens the case at the"
                    + " step its procedure names. A late objection is refused with 409 naming the deadline")
    ComplainantConversation.Objection object(
            @PathVariable String trackingNumber,
            @RequestHeader(name = ACCESS_CODE, required = false) AccessCode accessCode,
            @RequestBody ObjectionRequest body) {
        return conversation.object(
                trackingNumber, AccessCode.valueOrNull(accessCode), body == null ? null : body.reason());
    }

    /** The IKM of one period. */
    record PeriodIkm(
            int year,
            ComplainantConversation.Period period,
            int number,
            long respondents,
            Map<IkmElement, BigDecimal> nrr,
            BigDecimal index,
            BigDecimal ikm,
            SatisfactionIndex.Band band) {}

    @GetMapping("/api/v1/institutions/{code}/satisfaction")
    @Operation(
            summary = "The index of public satisfaction (IKM) of an institution",
            description = "Per period of a year (period = YEAR, QUARTER or MONTH), with the number of respondents; a"
                    + " period without responses has no index")
    List<PeriodIkm> satisfaction(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "YEAR") String period) {
        var institution = InstitutionPageController.find(institutions, code);
        var chosen = periodOf(period);
        int y = year == null ? Instant.now(clock).atZone(institution.zone()).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw InvalidInputException.invalid("year", "must be between 2000 and 2100");
        }
        return conversation.satisfaction(institution.id(), y, chosen).stream()
                .map(p -> new PeriodIkm(
                        p.year(),
                        p.period(),
                        p.number(),
                        p.index().respondents(),
                        p.index().nrr(),
                        p.index().index(),
                        p.index().ikm(),
                        p.index().band()))
                .toList();
    }

    static ComplainantConversation.Period periodOf(String value) {
        try {
            return ComplainantConversation.Period.valueOf(
                    value == null ? "YEAR" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid("period", "must be YEAR, QUARTER or MONTH");
        }
    }
}
