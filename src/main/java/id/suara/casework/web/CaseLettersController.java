package id.suara.casework.web;

import id.suara.casework.CaseLetters;
import id.suara.casework.LetterDeliveries;
import id.suara.documents.DocumentResponses;
import id.suara.documents.DocumentType;
import id.suara.documents.Documents;
import id.suara.documents.Letter;
import id.suara.documents.LetterDraft;
import id.suara.institution.Role;
import id.suara.shared.InvalidInputException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for a case's letters: draft, revise, initial (paraf), sign, reopen for correction, download. */
@RestController
@RequestMapping("/api/v1/cases/{id}/letters")
@Tag(name = "Letters", description = "A case's letters and reports, initialled and signed in the SOP's order")
@SecurityRequirement(name = "basic")
class CaseLettersController {

    private final CaseLetters letters;
    private final LetterDeliveries deliveries;
    private final Documents documents;
    private final CurrentStaff currentStaff;

    CaseLettersController(
            CaseLetters letters, LetterDeliveries deliveries, Documents documents, CurrentStaff currentStaff) {
        this.letters = letters;
        this.deliveries = deliveries;
        this.documents = documents;
        this.currentStaff = currentStaff;
    }

    /** How a letter was posted. */
    record PostedRequest(String note) {}

    /**
     * A letter as written or revised.
     *
     * @param type for a new letter: RESPONSE_LETTER, INVITATION, OFFICIAL_REPORT or MEETING_REPORT
     * @param revision for a revision: the revision being changed
     * @param content the type's further parts (see the README): nature, attachment, copies, date, time, place, agenda,
     *     chair, attendees, introduction, activities, conclusions, closing
     */
    record LetterRequest(
            DocumentType type,
            Integer revision,
            String subject,
            String addressee,
            String addresseePlace,
            String body,
            UUID signatoryId,
            Map<String, String> content) {

        LetterDraft draft() {
            return new LetterDraft(subject, addressee, addresseePlace, body, signatoryId, content);
        }
    }

    /** One issued version of a letter's document. */
    record IssuedVersion(
            UUID id, int version, String number, Instant issuedAt, String sha256, String verificationUrl) {}

    /**
     * A letter of the case. When the complainant's identity is confidential and the reader neither handles identities
     * nor is named in the letter's chain, its text ({@code addressee}, {@code addresseePlace}, {@code body},
     * {@code content}) is withheld ({@code withheld: true}).
     */
    record LetterView(
            UUID id,
            DocumentType type,
            Letter.Status status,
            String subject,
            String addressee,
            String addresseePlace,
            String body,
            Map<String, String> content,
            UUID signatoryId,
            List<Role> initialRoles,
            Role signerRole,
            Role nextInitial,
            boolean readyToSign,
            int revision,
            String number,
            Instant draftedAt,
            String draftedBy,
            Instant signedAt,
            String signedBy,
            List<Letter.Initial> initials,
            boolean withheld,
            List<IssuedVersion> documents,
            List<LetterDeliveries.Delivery> deliveries) {}

    @GetMapping
    @Operation(summary = "The case's letters, oldest first")
    List<LetterView> list(@PathVariable UUID id) {
        var reader = currentStaff.get();
        var delivered = deliveries.forCase(id, reader);
        return letters.list(id, reader).stream()
                .map(shown -> view(shown, delivered.getOrDefault(shown.letter().id(), List.of())))
                .toList();
    }

    @GetMapping("/{letterId}")
    @Operation(summary = "One of the case's letters")
    LetterView get(@PathVariable UUID id, @PathVariable UUID letterId) {
        return view(letters.get(id, letterId, currentStaff.get()));
    }

    @PostMapping
    @Operation(summary = "Draft a letter; its chain of initials and its signer come from the case's SOP")
    ResponseEntity<LetterView> draft(@PathVariable UUID id, @RequestBody LetterRequest request) {
        if (request.type() == null) {
            throw InvalidInputException.invalid("type", "must be given");
        }
        var letter = letters.draft(id, request.type(), request.draft(), currentStaff.get());
        return ResponseEntity.status(201).body(view(letter));
    }

    @PutMapping("/{letterId}")
    @Operation(summary = "Revise a draft's text (clears its initials); give the revision you changed")
    LetterView revise(@PathVariable UUID id, @PathVariable UUID letterId, @RequestBody LetterRequest request) {
        if (request.revision() == null) {
            throw InvalidInputException.invalid("revision", "must be given: the revision you changed");
        }
        return view(letters.revise(id, letterId, request.revision(), request.draft(), currentStaff.get()));
    }

    @PostMapping("/{letterId}/initial")
    @Operation(summary = "Initial (paraf) the letter as the next official of its chain; out of order is refused (409)")
    LetterView initial(@PathVariable UUID id, @PathVariable UUID letterId) {
        return view(letters.initial(id, letterId, currentStaff.get()));
    }

    @PostMapping("/{letterId}/sign")
    @Operation(summary = "Sign the letter once every initial is given: it is numbered and issued as a PDF")
    LetterView sign(@PathVariable UUID id, @PathVariable UUID letterId) {
        return view(letters.sign(id, letterId, currentStaff.get()));
    }

    @PostMapping("/{letterId}/reopen")
    @Operation(summary = "Reopen a signed letter for correction; its next signature issues a new version")
    LetterView reopen(@PathVariable UUID id, @PathVariable UUID letterId) {
        return view(letters.reopen(id, letterId, currentStaff.get()));
    }

    @PostMapping("/{letterId}/email")
    @Operation(
            summary =
                    "E-mail the signed letter to the complainant with its PDF, through the outbox (sent after commit)")
    ResponseEntity<LetterDeliveries.Delivery> email(@PathVariable UUID id, @PathVariable UUID letterId) {
        return ResponseEntity.status(202).body(deliveries.email(id, letterId, currentStaff.get()));
    }

    @PostMapping("/{letterId}/posted")
    @Operation(summary = "Record that the signed letter was printed and posted or handed over (note: how, receipt no.)")
    ResponseEntity<LetterDeliveries.Delivery> posted(
            @PathVariable UUID id, @PathVariable UUID letterId, @RequestBody(required = false) PostedRequest request) {
        return ResponseEntity.status(201)
                .body(deliveries.recordPosted(
                        id, letterId, request == null ? null : request.note(), currentStaff.get()));
    }

    @GetMapping("/{letterId}/deliveries")
    @Operation(summary = "How the letter was delivered: e-mails (queued or sent, attempts, last error) and postings")
    List<LetterDeliveries.Delivery> deliveries(@PathVariable UUID id, @PathVariable UUID letterId) {
        return deliveries.list(id, letterId, currentStaff.get());
    }

    @GetMapping("/{letterId}/pdf")
    @Operation(summary = "The newest issued version of the letter as a PDF")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID letterId) {
        return DocumentResponses.inline(letters.newestDocument(id, letterId, currentStaff.get()));
    }

    private LetterView view(CaseLetters.CaseLetter shown) {
        var letter = shown.letter();
        return view(shown, deliveries.list(letter.submissionId(), letter.id(), currentStaff.get()));
    }

    private LetterView view(CaseLetters.CaseLetter shown, List<LetterDeliveries.Delivery> delivered) {
        var letter = shown.letter();
        boolean withheld = !shown.readable();
        var issued = documents.listForLetter(letter.id()).stream()
                .map(d -> new IssuedVersion(
                        d.id(),
                        d.version(),
                        d.number(),
                        d.issuedAt(),
                        d.sha256(),
                        documents.verificationUrl(d.verificationCode())))
                .toList();
        return new LetterView(
                letter.id(),
                letter.type(),
                letter.status(),
                letter.subject(),
                withheld ? null : letter.addressee(),
                withheld ? null : letter.addresseePlace(),
                withheld ? null : letter.body(),
                withheld ? Map.of() : letter.content(),
                letter.signatoryId(),
                letter.initialRoles(),
                letter.signerRole(),
                letter.nextInitial().orElse(null),
                letter.readyToSign(),
                letter.revision(),
                letter.number(),
                letter.draftedAt(),
                letter.draftedByName(),
                letter.signedAt(),
                letter.signedByName(),
                letter.initials(),
                withheld,
                issued,
                delivered);
    }
}
