package id.suara.portal.web;

import id.suara.casework.PublicRecord;
import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.intake.Submissions;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The searchable list of published answers: the redacted answer with its topic as redacted for publication (the title on
 * the receipt), never a complainant.
 */
@Controller
@PortalPage
class PublishedAnswersController {

    /**
     * Answers per page: each now carries its "me too" button and the page the IKM, and fifteen keep the page within
     * its weight budget for a cheap phone (PortalPagesIntegrationTest) where twenty no longer did.
     */
    static final int PAGE_SIZE = 15;

    private final PublicRecord record;
    private final Institutions institutions;
    private final Submissions submissions;

    private final id.suara.casework.Supporters supporters;

    PublishedAnswersController(
            PublicRecord record,
            Institutions institutions,
            Submissions submissions,
            id.suara.casework.Supporters supporters) {
        this.supporters = supporters;
        this.record = record;
        this.institutions = institutions;
        this.submissions = submissions;
    }

    @GetMapping("/jawaban")
    String answers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String institution,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var all = institutions.all();
        Map<UUID, Institution> byId = all.stream().collect(Collectors.toMap(Institution::id, Function.identity()));
        var selected = all.stream()
                .filter(i -> i.code().equals(institution))
                .findFirst()
                .orElse(null);
        var query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        model.addAttribute("q", query);
        model.addAttribute("selected", selected == null ? "" : selected.code());
        model.addAttribute("institutions", all);
        model.addAttribute("byId", byId);
        var answers = record.answers(query, selected == null ? null : selected.id(), Math.max(0, page), PAGE_SIZE);
        var topics = submissions.receiptTitles(answers.items().stream()
                .map(PublicRecord.PublishedAnswer::caseId)
                .toList());
        model.addAttribute("answers", answers);
        model.addAttribute(
                "supporterCounts",
                supporters.counts(answers.items().stream()
                        .map(PublicRecord.PublishedAnswer::caseId)
                        .toList()));
        model.addAttribute("topics", topics);
        return "portal/answers";
    }
}
