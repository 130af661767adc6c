package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessReportRow;
import id.suara.recess.RecessReports;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for members' recess reports: where each member's report of a recess stands (missing ones flagged), a
 * report's PDF, its submission, and a faction's compilation (ADR 0034).
 */
@RestController
@Tag(name = "Recess reports", description = "Members' recess reports (laporan reses) and faction compilations")
@SecurityRequirement(name = "basic")
class RecessReportsController {

    private final RecessReports reports;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    RecessReportsController(RecessReports reports, Institutions institutions, CurrentStaff currentStaff) {
        this.reports = reports;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/institutions/{institutionId}/recesses/{recessId}/reports")
    @Operation(
            summary = "Every member in office during the recess with their report's status: SUBMITTED, DRAFT, "
                    + "NOT_STARTED or MISSING (not submitted by its due day) (staff)")
    List<RecessReportRow> list(@PathVariable UUID institutionId, @PathVariable UUID recessId) {
        return reports.reports(seen(institutionId), recessId);
    }

    @GetMapping(
            value = "/api/v1/institutions/{institutionId}/recesses/{recessId}/reports/{memberId}",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A member's report as PDF: as submitted, or a draft composed now (staff)")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID memberId) {
        return inline(reports.pdf(seen(institutionId), recessId, memberId), "laporan-reses.pdf");
    }

    @PostMapping("/api/v1/institutions/{institutionId}/recesses/{recessId}/reports/{memberId}")
    @Operation(
            summary = "Submit a member's report once the recess has ended: stored as printed now, never changed "
                    + "(editors, or the member's own account)")
    ResponseEntity<RecessReportRow> submit(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID memberId) {
        return ResponseEntity.status(201)
                .body(reports.submit(currentStaff.get(), seen(institutionId), recessId, memberId));
    }

    @GetMapping(
            value = "/api/v1/institutions/{institutionId}/recesses/{recessId}/factions/{factionId}/report.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A faction's compilation of its members' reports, with the members whose report is missing")
    ResponseEntity<byte[]> faction(
            @PathVariable UUID institutionId, @PathVariable UUID recessId, @PathVariable UUID factionId) {
        return inline(reports.factionPdf(seen(institutionId), recessId, factionId), "laporan-reses-fraksi.pdf");
    }

    static ResponseEntity<byte[]> inline(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(pdf);
    }

    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        var institution = institutions.get(institutionId);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
