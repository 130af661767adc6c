package id.suara.recess;

import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import java.util.List;

/**
 * A recess facilitation checklist as shipped in {@code resources/recess/facilitation/<code>.v<version>.json}: the steps
 * of a service standard such as seed 004, each citing its source line, with the standard's total time limit. A changed
 * checklist ships as a new version beside the old one, so that a facilitation opened with a version keeps it.
 *
 * @param documentNumber the number of the decree the standard was issued with, e.g. {@code 175/04/Setwan/III/2022}
 * @param limitWorkingDays the standard's time limit in working days ("21 Hari kerja")
 * @param limitSource where the limit is written
 */
record FacilitationChecklist(
        String code,
        int version,
        LocalizedText title,
        String issuer,
        String documentNumber,
        String source,
        int limitWorkingDays,
        String limitSource,
        List<Item> items) {

    FacilitationChecklist {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One step of the checklist.
     *
     * @param number the step number in the source, e.g. {@code "4"}
     * @param ownerTitle who does it in the source's words, e.g. "Analis Kebijakan Muda"
     * @param scope once, or once per member in office during the recess, or once per companion assigned to it
     * @param ownerRole the role whose holders do it while no staff account is assigned
     * @param ownerUnit the code of the secretariat's division in charge, if the institution has a unit of that code
     * @param companionOwns for a per-companion item: the companion's own staff account is assigned to it
     * @param dueWorkingDays due this many working days after the facilitation's start (0: on the start day)
     * @param source the seed document and step it comes from
     */
    record Item(
            String code,
            String number,
            LocalizedText name,
            LocalizedText ownerTitle,
            ItemScope scope,
            Role ownerRole,
            String ownerUnit,
            boolean companionOwns,
            int dueWorkingDays,
            String source) {}
}
