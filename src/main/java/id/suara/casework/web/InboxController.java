package id.suara.casework.web;

import id.suara.casework.CaseFilter;
import id.suara.casework.CaseListing;
import id.suara.casework.CasePage;
import id.suara.casework.CaseSummary;
import id.suara.casework.Inbox;
import id.suara.institution.Institutions;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.recess.RecessFacilitations;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.sop.CaseStatus;
import id.suara.staff.CurrentStaff;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The back-office inbox: the cases waiting for the signed-in staff member's steps (or all of their institution's cases),
 * filtered by a GET form, and the filters they saved under a name. Above the cases waiting for them, the recess
 * facilitation items overdue for them or their role, and for those who run facilitations the recesses whose
 * facilitation is to open or still running (read from the recess module, ADR 0031).
 */
@Controller
@OfficePage
class InboxController {

    static final int PAGE_SIZE = 20;

    private final CaseListing caseListing;
    private final Inbox inbox;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final RecessFacilitations facilitations;

    InboxController(
            CaseListing caseListing,
            Inbox inbox,
            Institutions institutions,
            CurrentStaff currentStaff,
            RecessFacilitations facilitations) {
        this.caseListing = caseListing;
        this.inbox = inbox;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
        this.facilitations = facilitations;
    }

    /** The filter of the inbox form, as given. */
    record InboxFilter(String tab, SubmissionKind kind, Channel channel, CaseStatus status, Boolean overdue, String q) {

        public boolean all() {
            return "all".equals(tab);
        }

        /** The filter with a search text over 200 characters left out, as the search field allows no more. */
        InboxFilter withinLimits() {
            return q != null && q.length() > 200 ? new InboxFilter(tab, kind, channel, status, overdue, null) : this;
        }

        public String text() {
            return q == null || q.isBlank() ? null : q.strip();
        }

        /** The filter as a query string, without the page; empty when nothing is filtered. */
        public String query() {
            var uri = UriComponentsBuilder.newInstance();
            if (all()) {
                uri.queryParam("tab", "all");
            }
            if (kind != null) {
                uri.queryParam("kind", kind.name());
            }
            if (channel != null) {
                uri.queryParam("channel", channel.name());
            }
            if (status != null) {
                uri.queryParam("status", status.name());
            }
            if (overdue != null) {
                uri.queryParam("overdue", overdue);
            }
            if (text() != null) {
                uri.queryParam("q", text());
            }
            var query = uri.encode().build().getQuery();
            return query == null ? "" : query;
        }
    }

    @GetMapping("/kantor")
    String inbox(
            @ModelAttribute("filter") InboxFilter given,
            BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        var staff = currentStaff.get();
        // A filter value that is no choice of the form (an old bookmark, a hand-edited address) is left out, and said
        // so.
        var filter = given.withinLimits();
        model.addAttribute("filter", filter);
        if (binding.hasErrors()) {
            model.addAttribute("problemMessage", "web.office.filter.ignored");
        }
        var caseFilter = new CaseFilter(
                null, filter.kind(), filter.channel(), filter.status(), null, null, filter.overdue(), filter.text());
        int safePage = Math.max(page, 0);
        CasePage<CaseSummary> found = filter.all()
                ? caseListing.list(caseFilter, safePage, PAGE_SIZE, staff)
                : caseListing.waitingFor(caseFilter, safePage, PAGE_SIZE, staff);
        var zone = staff.institutionId() == null
                ? ZoneId.of("Asia/Jakarta")
                : institutions.get(staff.institutionId()).zone();
        model.addAttribute("staff", staff);
        model.addAttribute("unitOnly", caseListing.readsOnlyTheirUnits(staff));
        model.addAttribute("found", found);
        model.addAttribute("zone", zone);
        model.addAttribute("views", inbox.views(staff.id()));
        model.addAttribute("overdueItems", filter.all() ? List.of() : facilitations.overdueFor(staff));
        model.addAttribute("recesses", filter.all() ? List.of() : facilitations.runningFor(staff));
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", CaseStatus.values());
        return "casework/inbox";
    }

    @PostMapping("/kantor/tampilan")
    String saveView(
            @RequestParam(required = false) String name,
            @ModelAttribute InboxFilter given,
            BindingResult binding,
            RedirectAttributes redirect) {
        var filter = given.withinLimits();
        try {
            inbox.save(currentStaff.get().id(), name, filter.query());
            redirect.addFlashAttribute("message", "web.office.views.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problemMessage", "web.office.views.invalid");
        }
        return "redirect:/kantor" + (filter.query().isEmpty() ? "" : "?" + filter.query());
    }

    @PostMapping("/kantor/tampilan/{id}/hapus")
    String deleteView(@PathVariable UUID id, RedirectAttributes redirect) {
        inbox.delete(currentStaff.get().id(), id);
        redirect.addFlashAttribute("message", "web.office.views.deleted");
        return "redirect:/kantor";
    }
}
