package id.suara.portal.web;

import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopPrints;
import id.suara.sop.SopVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An institution's public page: what it accepts, the requirements and its procedures generated from the active SOPs
 * (the transparency principle), and the printed SOP of each; its public statistics are
 * {@link PublicStatisticsController}'s.
 */
@Controller
@PortalPage
class InstitutionPageController {

    private final Institutions institutions;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;

    private final SopPrints prints;

    InstitutionPageController(
            Institutions institutions, SopVersions sops, InstitutionCalendars calendars, SopPrints prints) {
        this.prints = prints;
        this.institutions = institutions;
        this.sops = sops;
        this.calendars = calendars;
    }

    @GetMapping("/i/{code}")
    String institution(@PathVariable String code, Model model) {
        var institution = find(institutions, code);
        var active = sops.active(institution.id());
        model.addAttribute("institution", institution);
        model.addAttribute("sops", active);
        model.addAttribute(
                "officeHours", calendars.officeHours(institution.id()).days());
        model.addAttribute(
                "acceptsAudiences",
                active.stream().anyMatch(v -> v.definition().channels().contains(Channel.IN_PERSON)));
        return "portal/institution";
    }

    /**
     * The printed SOP of one of the institution's active procedures (ADR 0039), in the official layout: what the public
     * may read of its procedures, so never a draft; an unknown institution or procedure is not found.
     */
    @GetMapping(value = "/i/{code}/sop/{procedure}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> printedSop(@PathVariable String code, @PathVariable String procedure) {
        var institution = find(institutions, code);
        var version = prints.activeVersion(institution, procedure);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(SopPrints.fileName(version))
                                .build()
                                .toString())
                .body(prints.publicPdf(version));
    }

    static Institution find(Institutions institutions, String code) {
        return institutions
                .findByCode(code)
                .orElseThrow(() -> new NotFoundException("No institution has the code " + code));
    }
}
