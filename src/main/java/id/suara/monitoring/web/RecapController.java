package id.suara.monitoring.web;

import id.suara.documents.Documents;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.monitoring.IssuedRecap;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.RecapFormat;
import id.suara.monitoring.RecapKind;
import id.suara.monitoring.Recaps;
import id.suara.monitoring.ReportPeriods;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recap reports for integrators and scripts (ADR 0041): downloads, issuing for a closed period, the issued list. */
@RestController
class RecapController {

    private final Recaps recaps;
    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final Institutions institutions;
    private final Documents documents;
    private final CurrentStaff currentStaff;

    RecapController(
            Recaps recaps,
            Monitoring monitoring,
            ReportPeriods periods,
            Institutions institutions,
            Documents documents,
            CurrentStaff currentStaff) {
        this.recaps = recaps;
        this.monitoring = monitoring;
        this.periods = periods;
        this.institutions = institutions;
        this.documents = documents;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/institutions/{code}/recaps/{kind}.{format}")
    @Operation(
            summary = "A recap report worked out now, as PDF (a working copy), XLSX or CSV",
            description =
                    "kind: rekapitulasi, monev or inventaris (a calendar year only). period: as for the dashboard."
                            + " unit: a unit id; members bound to one unit get theirs.")
    ResponseEntity<byte[]> download(
            @PathVariable String code,
            @PathVariable String kind,
            @PathVariable String format,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) UUID unit) {
        var recapKind = RecapKind.parse(kind);
        var recapFormat = RecapFormat.parse(format);
        var institution = institution(code);
        var scope = monitoring.unitFor(currentStaff.get(), institution.id(), unit);
        var reportPeriod = periods.parse(institution.id(), required(period));
        var content = recaps.file(institution, scope, recapKind, reportPeriod, recapFormat);
        return file(
                content,
                recapFormat.mediaType(),
                recapKind.slug() + "-" + reportPeriod.key().replace("..", "_") + "." + recapFormat.extension());
    }

    /** What issuing asks for. */
    record IssueRequest(String kind, String period, UUID unit) {}

    /** An issued recap as the API shows it. */
    record IssuedView(
            UUID documentId,
            String kind,
            String period,
            UUID unit,
            String number,
            Instant issuedAt,
            String issuedBy,
            String sha256,
            String verificationUrl,
            String downloadUrl) {}

    @PostMapping("/api/v1/institutions/{code}/recaps")
    @Operation(
            summary = "Issues the recap of a period that has ended, stored as an immutable document",
            description = "201 with the stored document when issued now; 200 with the one stored before when the same"
                    + " kind, period and unit was issued already; 409 naming period while the period runs.")
    ResponseEntity<IssuedView> issue(@PathVariable String code, @RequestBody(required = false) IssueRequest request) {
        if (request == null) {
            throw InvalidInputException.invalid("kind", "is required");
        }
        var kind = RecapKind.parse(request.kind());
        var institution = institution(code);
        var staff = currentStaff.get();
        var scope = monitoring.unitFor(staff, institution.id(), request.unit());
        var period = periods.parse(institution.id(), required(request.period()));
        var issued = recaps.issue(staff, institution, scope, kind, period);
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(code, issued.recap()));
    }

    @GetMapping("/api/v1/institutions/{code}/recaps")
    @Operation(
            summary = "The recaps issued at the institution (a unit-bound member: those of their unit), newest first")
    List<IssuedView> issued(@PathVariable String code, @RequestParam(required = false) UUID unit) {
        var institution = institution(code);
        var scope = monitoring.unitFor(currentStaff.get(), institution.id(), unit);
        return recaps.issued(institution.id(), scope).stream()
                .map(recap -> view(code, recap))
                .toList();
    }

    @GetMapping("/api/v1/institutions/{code}/recaps/issued/{documentId}.pdf")
    @Operation(summary = "An issued recap's PDF, exactly as stored")
    ResponseEntity<byte[]> issuedPdf(@PathVariable String code, @PathVariable UUID documentId) {
        var institution = institution(code);
        var staff = currentStaff.get();
        var stored = recaps.issuedPdf(institution.id(), documentId)
                .orElseThrow(() -> new NotFoundException("No such recap"));
        // readable by whoever may read the figures it covers: a unit's recap by its members, the whole by the rest
        var allowed = monitoring.unitFor(staff, institution.id(), stored.recap().unitId());
        if (!java.util.Objects.equals(allowed, stored.recap().unitId())) {
            throw new id.suara.shared.ForbiddenException("Only the recaps of your own unit");
        }
        return file(stored.content(), MediaType.APPLICATION_PDF_VALUE, stored.fileName());
    }

    private IssuedView view(String code, IssuedRecap recap) {
        return new IssuedView(
                recap.documentId(),
                recap.kind().slug(),
                recap.period(),
                recap.unitId(),
                recap.number(),
                recap.issuedAt(),
                recap.issuedBy(),
                recap.sha256(),
                documents.verificationUrl(recap.verificationCode()),
                "/api/v1/institutions/" + code + "/recaps/issued/" + recap.documentId() + ".pdf");
    }

    private Institution institution(String code) {
        return institutions.findByCode(code).orElseThrow(() -> new NotFoundException("No such institution"));
    }

    static String required(String period) {
        if (period == null || period.isBlank()) {
            throw InvalidInputException.invalid("period", "is required");
        }
        return period;
    }

    static ResponseEntity<byte[]> file(byte[] content, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
