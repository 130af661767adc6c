package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.recess.CouncilMembers;
import id.suara.recess.Facilitation;
import id.suara.recess.FacilitationItem;
import id.suara.recess.ItemChange;
import id.suara.recess.ItemStatus;
import id.suara.recess.NewServiceComplaint;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessConflict;
import id.suara.recess.RecessFacilitations;
import id.suara.recess.SittingPeriod;
import id.suara.shared.InvalidInputException;
import id.suara.shared.LocalizedText;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitation page of a recess (ADR 0031): its checklist grouped by step, with each item's owner, due day, status
 * and overdue mark, the forms to open it, to mark items done or not applicable and to assign them, and its service
 * complaints with the form to record one. Staff of the institution read it; the forms show to those who may use them.
 */
@Controller
@OfficePage
class FacilitationPagesController {

    private final RecessFacilitations facilitations;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    FacilitationPagesController(
            RecessFacilitations facilitations,
            RecessCalendar calendar,
            CouncilMembers members,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.facilitations = facilitations;
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /**
     * A form as sent, to show again when refused.
     *
     * @param name {@code open}, {@code complaint}, or {@code item} / {@code assign} with {@code itemId}
     * @param errors field → message key
     */
    record Form(String name, UUID itemId, Map<String, String> values, Map<String, String> errors) {

        static Form of(String name, UUID itemId, Map<String, String> values) {
            return new Form(name, itemId, values, new LinkedHashMap<>());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        /** Whether this is the refused form of {@code form} (for {@code item} and {@code assign}: of that item). */
        public boolean is(String form, UUID item) {
            return name.equals(form) && (item == null || item.equals(itemId));
        }
    }

    /** One step of the checklist and its items for this recess. */
    record Step(
            String number,
            String code,
            LocalizedText name,
            LocalizedText ownerTitle,
            String source,
            List<FacilitationItem> items) {}

    private static String page(UUID recessId) {
        return "/kantor/reses/" + recessId + "/fasilitasi";
    }

    @GetMapping("/kantor/reses/{recessId}/fasilitasi")
    String facilitationPage(@PathVariable UUID recessId, Model model) {
        var recess = seenRecess(recessId);
        return show(institutions.get(recess.institutionId()), recess, null, model);
    }

    @PostMapping("/kantor/reses/{recessId}/fasilitasi")
    String open(
            @PathVariable UUID recessId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var recess = seenRecess(recessId);
        var institution = institutions.get(recess.institutionId());
        var form = Form.of("open", null, params);
        var startsOn = date(form, "startsOn");
        if (startsOn == null && !form.errors().containsKey("startsOn")) {
            form.errors().put("startsOn", "web.facilitation.invalid.startsOn");
        }
        return save(institution, recess, form, model, response, redirect, "web.facilitation.opened", () -> {
            facilitations.open(currentStaff.get(), institution, recessId, startsOn);
            return "";
        });
    }

    @PostMapping("/kantor/reses/{recessId}/fasilitasi/butir/{itemId}")
    String changeStatus(
            @PathVariable UUID recessId,
            @PathVariable UUID itemId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var recess = seenRecess(recessId);
        var institution = institutions.get(recess.institutionId());
        var form = Form.of("item", itemId, params);
        ItemStatus status = null;
        try {
            status = ItemStatus.valueOf(form.value("status"));
        } catch (IllegalArgumentException unknown) {
            form.errors().put("status", "web.facilitation.invalid.status");
        }
        var text = form.value("text");
        var change = status == ItemStatus.DONE
                ? ItemChange.status(status, text, null)
                : ItemChange.status(status, null, status == ItemStatus.NOT_APPLICABLE ? text : null);
        var message = "web.facilitation.item." + (status == null ? "changed" : status.name());
        return save(institution, recess, form, model, response, redirect, message, () -> {
            facilitations.changeItem(currentStaff.get(), institution, recessId, itemId, change);
            return "#butir-" + itemId;
        });
    }

    @PostMapping("/kantor/reses/{recessId}/fasilitasi/butir/{itemId}/penanggung-jawab")
    String assign(
            @PathVariable UUID recessId,
            @PathVariable UUID itemId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var recess = seenRecess(recessId);
        var institution = institutions.get(recess.institutionId());
        var form = Form.of("assign", itemId, params);
        var assignee = uuid(form, "assigneeId");
        return save(institution, recess, form, model, response, redirect, "web.facilitation.item.assigned", () -> {
            facilitations.changeItem(currentStaff.get(), institution, recessId, itemId, ItemChange.assign(assignee));
            return "#butir-" + itemId;
        });
    }

    @PostMapping("/kantor/reses/{recessId}/fasilitasi/pengaduan-layanan")
    String recordComplaint(
            @PathVariable UUID recessId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var recess = seenRecess(recessId);
        var institution = institutions.get(recess.institutionId());
        var form = Form.of("complaint", null, params);
        var member = uuid(form, "memberId");
        if (form.errors().isEmpty()) {
            try {
                var recorded = facilitations.recordServiceComplaint(
                        currentStaff.get(),
                        institution,
                        recessId,
                        new NewServiceComplaint(
                                params.get("complainantName"),
                                params.get("complainantPhone"),
                                member,
                                params.get("title"),
                                params.get("complaint"),
                                params.containsKey("confidential")));
                redirect.addFlashAttribute("recorded", recorded);
                return "redirect:" + page(recessId) + "#pengaduan-layanan";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return show(institution, recess, form, model);
    }

    /** Makes a change unless reading the form found errors; a refusal shows the page again with 422 and the reasons. */
    private String save(
            Institution institution,
            SittingPeriod recess,
            Form form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String message,
            Supplier<String> change) {
        if (form.errors().isEmpty()) {
            try {
                var anchor = change.get();
                redirect.addFlashAttribute("message", message);
                return "redirect:" + page(recess.id()) + anchor;
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return show(institution, recess, form, model);
    }

    /** A refusal's fields as message keys: {@code web.facilitation.invalid.<field>} or the conflict's reason. */
    private static void addErrors(RuntimeException refused, Form form) {
        if (refused instanceof RecessConflict conflict) {
            form.errors().put(conflict.field(), "web.recess.conflict." + conflict.reason());
        } else {
            for (var error : ((InvalidInputException) refused).errors()) {
                form.errors().putIfAbsent(error.field(), "web.facilitation.invalid." + error.field());
            }
        }
    }

    private String show(Institution institution, SittingPeriod recess, Form refused, Model model) {
        var staff = currentStaff.get();
        var facilitation = facilitations.find(institution, recess.id()).orElse(null);
        boolean runs = facilitations.runs(staff, institution.id());
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("zone", institution.zone());
        model.addAttribute("administers", staff.administers(institution.id()));
        model.addAttribute("recess", recess);
        model.addAttribute("facilitation", facilitation);
        model.addAttribute("runs", runs);
        model.addAttribute("limit", facilitations.limitWorkingDays());
        model.addAttribute("refused", refused);
        if (facilitation == null) {
            var start = refused != null && refused.is("open", null)
                    ? refused
                    : Form.of(
                            "open",
                            null,
                            Map.of(
                                    "startsOn",
                                    facilitations
                                            .suggestedStart(institution, recess)
                                            .toString()));
            model.addAttribute("openForm", start);
            return "recess/facilitation";
        }
        model.addAttribute("steps", steps(facilitation));
        model.addAttribute("changeable", changeable(staff, facilitation));
        model.addAttribute(
                "closedCount",
                facilitation.items().stream().filter(FacilitationItem::closed).count());
        if (runs) {
            var accounts = new LinkedHashMap<String, String>();
            members.accounts(institution.id()).forEach((id, name) -> accounts.put(id.toString(), name));
            model.addAttribute("accountOptions", accounts);
        }
        model.addAttribute("complaints", facilitations.serviceComplaints(institution, recess.id()));
        boolean records = facilitations.recordsComplaints(staff, institution.id(), recess.id());
        model.addAttribute("recordsComplaints", records);
        if (records) {
            model.addAttribute(
                    "memberOptions",
                    members.members(institution.id(), null, null).stream()
                            .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                            .collect(Collectors.toMap(
                                    m -> m.id().toString(),
                                    m -> m.name() + " (" + m.factionName() + ", " + m.dapilName() + ")",
                                    (a, b) -> a,
                                    LinkedHashMap::new)));
            model.addAttribute(
                    "complaintForm",
                    refused != null && refused.is("complaint", null) ? refused : Form.of("complaint", null, Map.of()));
        }
        return "recess/facilitation";
    }

    /** The items grouped by checklist step, in order. */
    private static List<Step> steps(Facilitation facilitation) {
        var byCode = new LinkedHashMap<String, List<FacilitationItem>>();
        facilitation
                .items()
                .forEach(i ->
                        byCode.computeIfAbsent(i.code(), c -> new ArrayList<>()).add(i));
        return byCode.values().stream()
                .map(items -> {
                    var first = items.getFirst();
                    return new Step(
                            first.number(), first.code(), first.name(), first.ownerTitle(), first.source(), items);
                })
                .toList();
    }

    private Set<UUID> changeable(StaffMember staff, Facilitation facilitation) {
        return facilitation.items().stream()
                .filter(i -> facilitations.mayChange(staff, facilitation, i))
                .map(FacilitationItem::id)
                .collect(Collectors.toSet());
    }

    /** A recess the staff member may see; another institution's, or one that is not a recess, is a 404. */
    private SittingPeriod seenRecess(UUID recessId) {
        var recess = calendar.findRecess(recessId)
                .filter(r -> currentStaff.get().maySee(r.institutionId()))
                .orElseThrow(() -> new NotFoundException("Recess " + recessId + " not found"));
        RecessCalendar.requireCouncil(institutions.get(recess.institutionId()));
        return recess;
    }

    private static LocalDate date(Form form, String field) {
        return parsed(form, field, LocalDate::parse);
    }

    private static UUID uuid(Form form, String field) {
        return parsed(form, field, UUID::fromString);
    }

    /** A field's value read by {@code parser}: null when empty, and null with the field's error when malformed. */
    private static <T> T parsed(Form form, String field, Function<String, T> parser) {
        var value = form.value(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            form.errors().put(field, "web.facilitation.invalid." + field);
            return null;
        }
    }
}
