package id.suara.casework.web;

import id.suara.casework.AvailableAction;
import id.suara.casework.CaseView;
import id.suara.casework.Disposition;
import id.suara.casework.DispositionInstructions;
import id.suara.casework.Dispositions;
import id.suara.casework.ReviewMemos;
import id.suara.casework.Urgency;
import id.suara.sop.ActionField.FieldEffect;
import id.suara.staff.StaffMember;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's dispositions and review memos (ADR 0027): what the page shows of them and the forms it offers, each
 * form as it was filled in when it was refused.
 */
@Component
class DispositionSection {

    private final Dispositions dispositions;
    private final DispositionInstructions instructions;
    private final ReviewMemos memos;

    DispositionSection(Dispositions dispositions, DispositionInstructions instructions, ReviewMemos memos) {
        this.dispositions = dispositions;
        this.instructions = instructions;
        this.memos = memos;
    }

    /**
     * A refused value of one of the section's forms: the element to go to, the label the reader sees, the message and
     * the domain's words, if any.
     */
    record Problem(String field, String anchor, String label, String message, String detail) {}

    /**
     * A form of the section as it was posted and refused: which form ({@code disposition}, {@code monitor:ID},
     * {@code complete:ID}, {@code memo}, {@code memo:ID}, {@code forward:ID}), its values, what was wrong with them, or
     * that the case changed in between.
     */
    record Refused(String form, Object values, List<Problem> problems, boolean conflict) {

        Map<String, Problem> byField() {
            var errors = new LinkedHashMap<String, Problem>();
            problems.forEach(p -> errors.putIfAbsent(p.field(), p));
            return errors;
        }
    }

    /** Adds what the section shows to the case page's model; {@code refused} is null unless a form was refused. */
    void addTo(Model model, CaseView view, StaffMember staff, Refused refused) {
        var id = view.id();
        var shown = dispositions.list(id, staff);
        model.addAttribute("dispositions", DispositionTree.of(shown));
        var rights = dispositions.permissions(id, staff);
        model.addAttribute("dispositionRights", rights);
        model.addAttribute("urgencies", Urgency.values());
        // a disposition is reported done by those who dispose, or by a member of its lead unit
        model.addAttribute(
                "dispositionCompletable",
                shown.stream()
                        .filter(d -> d.open()
                                && (rights.dispose()
                                        || staff.grants().stream()
                                                .anyMatch(g -> g.role().boundToUnit()
                                                        && d.lead().unitId().equals(g.unitId()))))
                        .map(Disposition::id)
                        .collect(Collectors.toSet()));
        model.addAttribute("dispositionInstructions", instructions.of(view.institutionId()));
        var actions = view.availableActions().stream()
                .filter(DispositionSection::goesWithDisposition)
                .toList();
        model.addAttribute("dispositionActions", actions);
        model.addAttribute(
                "dispositionLimit", dispositions.limit(id, null, staff).latest());
        var actionLimits = new LinkedHashMap<String, Instant>();
        actions.forEach(a -> actionLimits.put(
                a.action(), dispositions.limit(id, a.action(), staff).latest()));
        model.addAttribute("dispositionActionLimits", actionLimits);
        var memoList = memos.list(id, staff);
        model.addAttribute("memos", memoList);
        model.addAttribute("memoRights", memos.permissions(id, staff));
        var revisions = new LinkedHashMap<UUID, MemoForm>();
        memoList.forEach(m -> revisions.put(m.id(), MemoForm.revising(m)));
        var form = refused == null ? "" : refused.form();
        var dispositionForm = DispositionForm.empty(view.version());
        var memoForm = MemoForm.empty();
        String note = null;
        if (refused != null) {
            if (refused.values() instanceof DispositionForm filled) {
                dispositionForm = filled;
            } else if (refused.values() instanceof MemoForm filled) {
                if (form.startsWith("memo:")) {
                    revisions.put(UUID.fromString(form.substring("memo:".length())), filled);
                } else {
                    memoForm = filled;
                }
            } else if (refused.values() instanceof String text) {
                note = text;
            }
        }
        model.addAttribute("dispositionForm", dispositionForm);
        model.addAttribute("memoForm", memoForm);
        model.addAttribute("memoRevisions", revisions);
        model.addAttribute("sectionForm", form);
        model.addAttribute("sectionNote", note);
        model.addAttribute("sectionProblems", refused == null ? List.of() : refused.problems());
        model.addAttribute("sectionErrors", refused == null ? Map.of() : refused.byField());
        model.addAttribute("sectionConflict", refused != null && refused.conflict());
    }

    /**
     * Whether an action is offered with a disposition on the page: it does not end the case, and it asks for nothing
     * the disposition does not give (its unit, if it assigns one, is the lead).
     */
    private static boolean goesWithDisposition(AvailableAction action) {
        return !action.toStatus().closed()
                && action.fields().stream().noneMatch(f -> f.required() && f.effect() != FieldEffect.ASSIGN_UNIT);
    }
}
