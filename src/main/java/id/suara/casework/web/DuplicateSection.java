package id.suara.casework.web;

import id.suara.casework.CaseView;
import id.suara.casework.Duplicates;
import id.suara.casework.Supporters;
import id.suara.staff.StaffMember;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's duplicates (ADR 0037): similar open cases with why, the case this one is merged into or the cases
 * merged into it, the forms to merge or undo, and how many members of the public support the case.
 */
@Component
class DuplicateSection {

    private final Duplicates duplicates;
    private final Supporters supporters;

    DuplicateSection(Duplicates duplicates, Supporters supporters) {
        this.duplicates = duplicates;
        this.supporters = supporters;
    }

    /** Adds what the section shows to the case page's model. */
    void addTo(Model model, CaseView view, StaffMember staff) {
        var merge = duplicates.info(view.id(), staff);
        model.addAttribute("merge", merge);
        model.addAttribute(
                "mergedIntoCase",
                merge.mergedInto() == null ? null : duplicates.registrationNumber(merge.mergedInto()));
        model.addAttribute(
                "similar",
                merge.mergedInto() == null && view.closedAt() == null
                        ? duplicates.similarTo(view.id(), staff)
                        : List.of());
        model.addAttribute("supporters", supporters.count(view.id(), staff));
        if (!model.containsAttribute("duplicateProblem")) {
            model.addAttribute("duplicateProblem", null);
        }
    }
}
