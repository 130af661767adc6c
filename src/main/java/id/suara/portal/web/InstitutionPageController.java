package id.suara.portal.web;

import id.suara.calendar.InstitutionCalendars;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.shared.NotFoundException;
import id.suara.sop.SopVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An institution's public page: what it accepts, the requirements and its procedures generated from the active SOPs
 * (the transparency principle); its public statistics are {@link PublicStatisticsController}'s.
 */
@Controller
@PortalPage
class InstitutionPageController {

    private final Institutions institutions;
    private final SopVersions sops;
    private final InstitutionCalendars calendars;

    InstitutionPageController(Institutions institutions, SopVersions sops, InstitutionCalendars calendars) {
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

    static Institution find(Institutions institutions, String code) {
        return institutions
                .findByCode(code)
                .orElseThrow(() -> new NotFoundException("No institution has the code " + code));
    }
}
