package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.SheetCode;
import id.suara.recess.SheetImport;
import id.suara.recess.SheetKind;
import id.suara.recess.SheetProblem;
import id.suara.recess.SheetRejected;
import id.suara.recess.VisitSheets;
import id.suara.recess.VisitWorkbook;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The back office's page of a visit's sheets (ADR 0033): print the blank sheets, download the XLSX to fill, import a
 * filled one and see what it did or what is wrong with it, line by line, in the reader's language. The visit page links
 * here with the fragment {@code admin/recess-visit-sheets :: links}.
 */
@Controller
@OfficePage
class VisitSheetPagesController {

    static final String PAGE = "/kantor/admin/instansi/{id}/reses/kunjungan/{visitId}/lembar";

    private final VisitSheets sheets;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    VisitSheetPagesController(VisitSheets sheets, Institutions institutions, CurrentStaff currentStaff) {
        this.sheets = sheets;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PAGE)
    String page(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "salah", required = false) String wrong,
            Model model,
            HttpServletResponse response) {
        if (wrong != null) {
            response.setStatus(400);
            model.addAttribute("problemMessage", "web.recess.sheets.invalidNumbers");
        }
        return page(seen(id), visitId, model);
    }

    /** A PDF of blank sheets: {@code berkas} aspirasi, daftar-hadir or daftar-tamu. */
    @GetMapping(PAGE + "/cetak")
    ResponseEntity<byte[]> print(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "berkas", defaultValue = "aspirasi") String file,
            @RequestParam(name = "pertama", required = false) Integer first,
            @RequestParam(name = "jumlah", required = false) Integer count,
            @RequestParam(name = "baris", required = false) Integer lines) {
        var institution = seen(id);
        try {
            var download = sheets.pdf(currentStaff.get(), institution, null, visitId, kind(file), first, count, lines);
            return VisitSheetsController.file(download, MediaType.APPLICATION_PDF);
        } catch (InvalidInputException outOfRange) {
            return backToPage(id, visitId);
        }
    }

    /** The recess invitations: one for each guest on the guest list, and {@code kosong} blank ones. */
    @GetMapping(PAGE + "/undangan")
    ResponseEntity<byte[]> invitations(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "kosong", required = false) Integer blank) {
        var institution = seen(id);
        try {
            var download = sheets.invitations(currentStaff.get(), institution, null, visitId, blank);
            return VisitSheetsController.file(download, MediaType.APPLICATION_PDF);
        } catch (InvalidInputException outOfRange) {
            return backToPage(id, visitId);
        }
    }

    /** The XLSX of one sheet: {@code berkas} aspirasi, daftar-hadir or daftar-tamu. */
    @GetMapping(PAGE + "/xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "berkas", defaultValue = "aspirasi") String file,
            @RequestParam(name = "lembar", required = false) Integer number,
            @RequestParam(name = "baris", required = false) Integer lines) {
        var institution = seen(id);
        try {
            var download = sheets.workbook(currentStaff.get(), institution, null, visitId, kind(file), number, lines);
            return VisitSheetsController.file(download, VisitSheetsController.XLSX);
        } catch (InvalidInputException outOfRange) {
            return backToPage(id, visitId);
        }
    }

    @PostMapping(PAGE + "/impor-aspirasi")
    String importAspirations(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        return importSheet(seen(id), visitId, SheetKind.ASPIRATIONS, file, model, response);
    }

    @PostMapping(PAGE + "/impor-daftar-hadir")
    String importAttendance(
            @PathVariable UUID id,
            @PathVariable UUID visitId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        return importSheet(seen(id), visitId, SheetKind.ATTENDANCE, file, model, response);
    }

    private String importSheet(
            Institution institution,
            UUID visitId,
            SheetKind kind,
            MultipartFile file,
            Model model,
            HttpServletResponse response) {
        var form = kind == SheetKind.ASPIRATIONS ? "aspirations" : "attendance";
        byte[] content;
        try {
            content = VisitSheetsController.bytes(file);
        } catch (InvalidInputException refused) {
            var reason = refused.properties().containsKey("reason") ? "tooLarge" : "noFile";
            return refused(institution, visitId, form, reason, List.of(), model, response);
        }
        try {
            SheetImport result = sheets.importSheet(currentStaff.get(), institution, null, visitId, kind, content);
            model.addAttribute("imported", result);
            model.addAttribute("importedForm", form);
            return page(institution, visitId, model);
        } catch (SheetRejected rejected) {
            return refused(institution, visitId, form, rejected.reason(), rejected.problems(), model, response);
        }
    }

    /** The page again with 422, what was refused at the top and each line's problem listed. */
    private String refused(
            Institution institution,
            UUID visitId,
            String form,
            String reason,
            List<SheetProblem> problems,
            Model model,
            HttpServletResponse response) {
        RefusedForms.answer(response, model, "web.recess.sheets.rejected." + reason);
        model.addAttribute("problems", problems);
        model.addAttribute("refusedForm", form);
        return page(institution, visitId, model);
    }

    private String page(Institution institution, UUID visitId, Model model) {
        var visit = sheets.visit(currentStaff.get(), institution, null, visitId);
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("visitId", visitId);
        model.addAttribute("visit", visit.sheet());
        model.addAttribute("importable", visit.importable());
        model.addAttribute(
                "firstCodes",
                List.of(
                        SheetCode.of(visitId, SheetKind.ASPIRATIONS, 1).toString(),
                        SheetCode.of(visitId, SheetKind.ATTENDANCE, 1).toString(),
                        SheetCode.of(visitId, SheetKind.GUESTS, 1).toString()));
        model.addAttribute("maxLines", VisitWorkbook.MAX_LINES);
        model.addAttribute("maxSheets", VisitSheets.MAX_SHEETS);
        return "admin/recess-visit-sheets";
    }

    private static ResponseEntity<byte[]> backToPage(UUID id, UUID visitId) {
        return ResponseEntity.status(303)
                .location(URI.create(
                        "/kantor/admin/instansi/" + id + "/reses/kunjungan/" + visitId + "/lembar?salah=angka"))
                .build();
    }

    private static SheetKind kind(String file) {
        return switch (file) {
            case "daftar-hadir" -> SheetKind.ATTENDANCE;
            case "daftar-tamu" -> SheetKind.GUESTS;
            case "aspirasi" -> SheetKind.ASPIRATIONS;
            default -> throw new NotFoundException("No sheet " + file);
        };
    }

    private Institution seen(UUID institutionId) {
        if (!currentStaff.get().maySee(institutionId)) {
            throw new NotFoundException("Institution " + institutionId + " not found");
        }
        return institutions.get(institutionId);
    }
}
