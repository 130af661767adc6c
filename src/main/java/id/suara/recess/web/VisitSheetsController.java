package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.SheetImport;
import id.suara.recess.SheetKind;
import id.suara.recess.SheetRejected;
import id.suara.recess.VisitSheets;
import id.suara.recess.VisitSheets.Download;
import id.suara.recess.VisitWorkbook;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.staff.CurrentStaff;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff API for a recess visit's sheets (ADR 0033): the blank aspiration sheet, attendance list and guest list as PDF to
 * print, the XLSX to fill, and importing a filled XLSX. Staff of the council secretariat download; the administrator,
 * officers, division heads, the secretary, the member and the member's companions import.
 */
@RestController
@Tag(name = "Recess", description = "Session calendar, dapils, council members and recess companions of a DPRD")
@SecurityRequirement(name = "basic")
class VisitSheetsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String VISIT = "/api/v1/institutions/{institutionId}/recesses/{recessId}/visits/{visitId}";

    private final VisitSheets sheets;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    VisitSheetsController(VisitSheets sheets, Institutions institutions, CurrentStaff currentStaff) {
        this.sheets = sheets;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping(VISIT + "/sheets/aspirations.pdf")
    @Operation(
            summary =
                    "Blank aspiration sheets (lembar aspirasi) to print, each with its code and numbered entries (staff)")
    ResponseEntity<byte[]> aspirationsPdf(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the number of the first sheet (1–99, default 1)") @RequestParam(required = false)
                    Integer first,
            @Parameter(description = "how many sheets (1–20, default 1)") @RequestParam(required = false)
                    Integer sheets,
            @Parameter(description = "entries per sheet (1–30, default 5)") @RequestParam(required = false)
                    Integer lines) {
        return pdf(institutionId, recessId, visitId, SheetKind.ASPIRATIONS, first, sheets, lines);
    }

    @GetMapping(VISIT + "/sheets/attendance.pdf")
    @Operation(summary = "Blank attendance lists (daftar hadir, GOVDOCS §1.8) with numbered lines to sign (staff)")
    ResponseEntity<byte[]> attendancePdf(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the number of the first sheet (1–99, default 1)") @RequestParam(required = false)
                    Integer first,
            @Parameter(description = "how many sheets (1–20, default 1)") @RequestParam(required = false)
                    Integer sheets,
            @Parameter(description = "lines per sheet (1–100, default 25)") @RequestParam(required = false)
                    Integer lines) {
        return pdf(institutionId, recessId, visitId, SheetKind.ATTENDANCE, first, sheets, lines);
    }

    @GetMapping(VISIT + "/sheets/guests.pdf")
    @Operation(summary = "Blank guest lists (daftar tamu undangan) with numbered lines to sign (staff)")
    ResponseEntity<byte[]> guestsPdf(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the number of the first sheet (1–99, default 1)") @RequestParam(required = false)
                    Integer first,
            @Parameter(description = "how many sheets (1–20, default 1)") @RequestParam(required = false)
                    Integer sheets,
            @Parameter(description = "lines per sheet (1–100, default 25)") @RequestParam(required = false)
                    Integer lines) {
        return pdf(institutionId, recessId, visitId, SheetKind.GUESTS, first, sheets, lines);
    }

    @GetMapping(VISIT + "/sheets/invitations.pdf")
    @Operation(
            summary = "The recess invitations (undangan reses): one page for each guest on the visit's guest list, "
                    + "signed by the member, and blank ones to address by hand (staff)")
    ResponseEntity<byte[]> invitationsPdf(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(
                            description =
                                    "blank invitations besides the guests' (0–100; default 1 when the guest list is empty, else 0)")
                    @RequestParam(required = false)
                    Integer blank) {
        var download = sheets.invitations(currentStaff.get(), seen(institutionId), recessId, visitId, blank);
        return file(download, MediaType.APPLICATION_PDF);
    }

    @GetMapping(VISIT + "/sheets/aspirations.xlsx")
    @Operation(
            summary = "The aspiration sheet as an XLSX to fill: header block, pre-numbered lines, lists of the allowed "
                    + "districts, categories and urgencies (staff)")
    ResponseEntity<byte[]> aspirationsXlsx(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the sheet's number (1–99, default 1): the same code as the printed sheet")
                    @RequestParam(required = false)
                    Integer sheet,
            @Parameter(description = "lines (1–500, default 50)") @RequestParam(required = false) Integer lines) {
        return xlsx(institutionId, recessId, visitId, SheetKind.ASPIRATIONS, sheet, lines);
    }

    @GetMapping(VISIT + "/sheets/attendance.xlsx")
    @Operation(summary = "The attendance list as an XLSX to fill (staff)")
    ResponseEntity<byte[]> attendanceXlsx(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the sheet's number (1–99, default 1)") @RequestParam(required = false)
                    Integer sheet,
            @Parameter(description = "lines (1–500, default 50)") @RequestParam(required = false) Integer lines) {
        return xlsx(institutionId, recessId, visitId, SheetKind.ATTENDANCE, sheet, lines);
    }

    @GetMapping(VISIT + "/sheets/guests.xlsx")
    @Operation(summary = "The guest list as an XLSX to fill (staff)")
    ResponseEntity<byte[]> guestsXlsx(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @Parameter(description = "the sheet's number (1–99, default 1)") @RequestParam(required = false)
                    Integer sheet,
            @Parameter(description = "lines (1–500, default 50)") @RequestParam(required = false) Integer lines) {
        return xlsx(institutionId, recessId, visitId, SheetKind.GUESTS, sheet, lines);
    }

    @PostMapping(path = VISIT + "/imports/aspirations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Import a filled aspiration workbook (multipart field file, at most 2 MB): all its lines or none; "
                            + "a line imported before creates nothing (administrators, officers, division heads, secretary, "
                            + "the member and the member's companions)",
            description = "A file that is not this visit's sheet in Suara's layout, or any line with a problem, is "
                    + "refused with 400 naming the field file; the problems list each line's sheet, line, row and "
                    + "column")
    SheetImport importAspirations(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return importSheet(institutionId, recessId, visitId, SheetKind.ASPIRATIONS, file);
    }

    @PostMapping(path = VISIT + "/imports/attendance", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a filled attendance or guest list workbook (multipart field file, at most 2 MB): all its "
                    + "lines or none; a line imported before creates nothing (as for aspirations)")
    SheetImport importAttendance(
            @PathVariable UUID institutionId,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return importSheet(institutionId, recessId, visitId, SheetKind.ATTENDANCE, file);
    }

    private ResponseEntity<byte[]> pdf(
            UUID institutionId,
            UUID recessId,
            UUID visitId,
            SheetKind kind,
            Integer first,
            Integer count,
            Integer lines) {
        var download =
                sheets.pdf(currentStaff.get(), seen(institutionId), recessId, visitId, kind, first, count, lines);
        return file(download, MediaType.APPLICATION_PDF);
    }

    private ResponseEntity<byte[]> xlsx(
            UUID institutionId, UUID recessId, UUID visitId, SheetKind kind, Integer number, Integer lines) {
        var download = sheets.workbook(currentStaff.get(), seen(institutionId), recessId, visitId, kind, number, lines);
        return file(download, XLSX);
    }

    private SheetImport importSheet(
            UUID institutionId, UUID recessId, UUID visitId, SheetKind kind, MultipartFile file) {
        var institution = seen(institutionId);
        try {
            return sheets.importSheet(currentStaff.get(), institution, recessId, visitId, kind, bytes(file));
        } catch (SheetRejected rejected) {
            throw rejected.asInvalidInput();
        }
    }

    /** The uploaded file's bytes, refusing a missing or too large one before reading it. */
    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.invalid("file", "Send the filled workbook as the multipart field file");
        }
        if (file.getSize() > VisitWorkbook.MAX_BYTES) {
            throw InvalidInputException.invalid("file", "The file is larger than 2 MB")
                    .with("reason", "tooLarge");
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw InvalidInputException.invalid("file", "The file could not be read");
        }
    }

    static ResponseEntity<byte[]> file(Download download, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName())
                                .build()
                                .toString())
                .body(download.content());
    }

    /** An institution the staff member may see; refused like one that does not exist otherwise. */
    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return institutions.get(institutionId);
    }
}
