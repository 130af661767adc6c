package id.suara.portal.web;

import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.recess.RecessVisits;
import id.suara.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public recess agenda of a council (issue 10, ADR 0032): every member's published visits — date, place, member,
 * faction and dapil — so that residents can come; the last few days' stay for a while. No personal data but the
 * members' names.
 */
@Controller
@PortalPage
class RecessAgendaController {

    /** How long a past visit stays on the agenda. */
    static final Duration PAST = Duration.ofDays(7);

    /** At most this many visits on the page: a council has some fifty members with a few visits each per recess. */
    static final int LIMIT = 300;

    private final Institutions institutions;
    private final RecessVisits visits;
    private final Clock clock;

    RecessAgendaController(Institutions institutions, RecessVisits visits, Clock clock) {
        this.institutions = institutions;
        this.visits = visits;
        this.clock = clock;
    }

    @GetMapping("/i/{code}/agenda-reses")
    String agenda(@PathVariable String code, Model model) {
        var institution = InstitutionPageController.find(institutions, code);
        if (institution.kind() != InstitutionKind.COUNCIL_SECRETARIAT) {
            throw new NotFoundException("No recess agenda for " + code);
        }
        model.addAttribute("institution", institution);
        model.addAttribute("zone", institution.zone());
        model.addAttribute(
                "visits", visits.agenda(institution.id(), clock.instant().minus(PAST), LIMIT));
        model.addAttribute("now", clock.instant());
        return "portal/recess-agenda";
    }
}
