package id.suara.casework.web;

import id.suara.casework.CaseView;
import id.suara.casework.NoteText;
import id.suara.casework.RequirementCheckRequest;
import id.suara.intake.Masking;
import id.suara.sop.RequirementCheck;
import java.util.EnumMap;
import java.util.List;

/**
 * The requirement check form of the case page.
 *
 * @param required the requirements the form showed (those the step checks, except the audience notice, which is computed)
 * @param met the requirements ticked as met
 * @param note why, in the checker's words
 * @param version the case version the form was shown with
 */
record CheckForm(
        List<RequirementCheck> required,
        List<RequirementCheck> met,
        @NoteText String note,
        Integer version) {

    CheckForm {
        required = required == null ? List.of() : List.copyOf(required);
        met = met == null ? List.of() : List.copyOf(met);
    }

    /** The form as the page first shows it: ticked as the latest check at this step recorded, with an empty note. */
    static CheckForm startingFrom(CaseView view) {
        var check = view.requirementCheck();
        var required = check.required().stream()
                .filter(item -> item != RequirementCheck.AUDIENCE_NOTICE)
                .toList();
        var latest = check.latest();
        var met = latest == null
                ? List.<RequirementCheck>of()
                : required.stream()
                        .filter(item -> Boolean.TRUE.equals(latest.items().get(item)))
                        .toList();
        return new CheckForm(required, met, null, view.version());
    }

    /** Whether the box of a requirement is ticked. */
    public boolean ticks(RequirementCheck item) {
        return met.contains(item);
    }

    /** Each requirement the form showed, met when ticked. */
    RequirementCheckRequest toRequest() {
        var items = new EnumMap<RequirementCheck, Boolean>(RequirementCheck.class);
        required.stream()
                .filter(item -> item != RequirementCheck.AUDIENCE_NOTICE)
                .forEach(item -> items.put(item, met.contains(item)));
        return new RequirementCheckRequest(items, note == null || note.isBlank() ? null : note.strip(), version);
    }

    /** Without the note, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "CheckForm[required=" + required + ", met=" + met + ", note=" + Masking.mask(note) + ", version="
                + version + "]";
    }
}
