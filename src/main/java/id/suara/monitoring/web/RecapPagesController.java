package id.suara.monitoring.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.monitoring.Monitoring;
import id.suara.monitoring.RecapFormat;
import id.suara.monitoring.RecapKind;
import id.suara.monitoring.Recaps;
import id.suara.monitoring.ReportPeriods;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.staff.CurrentStaff;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recap page for staff (ADR 0041): choose the report, period, unit and format to download, issue the recap of a
 * closed period, and the recaps issued with their checksums. The institution is the staff member's own; a system
 * administrator names it with {@code instansi} (its code).
 */
@Controller
@OfficePage
class RecapPagesController {

    static final String BASE = "/kantor/pemantauan/rekap";

    private final Recaps recaps;
    private final Monitoring monitoring;
    private final ReportPeriods periods;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    RecapPagesController(
            Recaps recaps,
            Monitoring monitoring,
            ReportPeriods periods,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.recaps = recaps;
        this.monitoring = monitoring;
        this.periods = periods;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    @GetMapping(BASE)
    String page(
            @RequestParam(required = false) String instansi,
            @RequestParam(required = false) Integer tahun,
            Model model) {
        var institution = institution(instansi);
        var staff = currentStaff.get();
        var scope = monitoring.unitFor(staff, institution.id(), null);
        int year = tahun == null ? LocalDate.now(institution.zone()).getYear() : tahun;
        if (year < 2000 || year > 2100) {
            throw id.suara.shared.InvalidInputException.invalid("tahun", "must be a year between 2000 and 2100");
        }
        var units = scope == null
                ? institutions.units(institution.id())
                : institutions.findUnit(scope).map(List::of).orElse(List.of());
        model.addAttribute("institution", institution);
        model.addAttribute("instansi", staff.institutionId() == null ? institution.code() : null);
        model.addAttribute("year", year);
        model.addAttribute("periods", periods.choices(institution.id(), year));
        model.addAttribute("units", units);
        model.addAttribute("wholeInstitution", scope == null);
        model.addAttribute("kinds", RecapKind.values());
        model.addAttribute("formats", RecapFormat.values());
        model.addAttribute("issued", recaps.issued(institution.id(), scope));
        return "office/recaps";
    }

    @GetMapping(BASE + "/{kind}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String kind,
            @PathVariable String format,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String instansi) {
        var recapKind = RecapKind.parse(kind);
        var recapFormat = RecapFormat.parse(format);
        var institution = institution(instansi);
        var scope = monitoring.unitFor(currentStaff.get(), institution.id(), unit);
        var period = periods.parse(institution.id(), RecapController.required(periode));
        return RecapController.file(
                recaps.file(institution, scope, recapKind, period, recapFormat),
                recapFormat.mediaType(),
                recapKind.slug() + "-" + period.key().replace("..", "_") + "." + recapFormat.extension());
    }

    /** The page's download form: the report, period, unit and format as fields. */
    @GetMapping(BASE + "/unduh")
    ResponseEntity<byte[]> downloadForm(
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String instansi) {
        if (jenis == null || jenis.isBlank()) {
            throw id.suara.shared.InvalidInputException.invalid("kind", "is required");
        }
        return download(jenis, format, periode, unit, instansi);
    }

    @PostMapping(BASE + "/terbitkan")
    String issue(
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String instansi,
            RedirectAttributes redirect) {
        var kind = RecapKind.parse(jenis);
        var institution = institution(instansi);
        var staff = currentStaff.get();
        var scope = monitoring.unitFor(staff, institution.id(), unit);
        var period = periods.parse(institution.id(), RecapController.required(periode));
        var back = "redirect:" + BASE + (instansi == null ? "" : "?instansi=" + institution.code());
        try {
            var issued = recaps.issue(staff, institution, scope, kind, period);
            redirect.addFlashAttribute("message", issued.created() ? "web.recap.issued" : "web.recap.alreadyIssued");
        } catch (ConflictException notEnded) {
            redirect.addFlashAttribute("problemMessage", "web.recap.notEnded");
        }
        return back;
    }

    @GetMapping(BASE + "/terbit/{documentId}.pdf")
    ResponseEntity<byte[]> issuedPdf(@PathVariable UUID documentId, @RequestParam(required = false) String instansi) {
        var institution = institution(instansi);
        var staff = currentStaff.get();
        var stored = recaps.issuedPdf(institution.id(), documentId)
                .orElseThrow(() -> new NotFoundException("No such recap"));
        var allowed = monitoring.unitFor(staff, institution.id(), stored.recap().unitId());
        if (!Objects.equals(allowed, stored.recap().unitId())) {
            throw new ForbiddenException("Only the recaps of your own unit");
        }
        return RecapController.file(stored.content(), MediaType.APPLICATION_PDF_VALUE, stored.fileName());
    }

    private Institution institution(String code) {
        var staff = currentStaff.get();
        if (staff.institutionId() != null) {
            return institutions.get(staff.institutionId());
        }
        if (code == null || code.isBlank()) {
            throw new NotFoundException("Name the institution with ?instansi=<code>");
        }
        return institutions.findByCode(code).orElseThrow(() -> new NotFoundException("No such institution"));
    }
}
