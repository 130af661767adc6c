package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.UnitType;
import id.suara.intake.MultipartIncomingFile;
import id.suara.recess.AspirationCategory;
import id.suara.recess.AspirationGroups;
import id.suara.recess.CouncilMember;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewAspiration;
import id.suara.recess.NewAttendee;
import id.suara.recess.NewVisit;
import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessConflict;
import id.suara.recess.RecessVisit;
import id.suara.recess.RecessVisits;
import id.suara.recess.SittingPeriod;
import id.suara.recess.web.RecessPagesController.Form;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office pages of recess visits (ADR 0032): a recess's visits per member with the form to plan one, a visit's
 * page (details, attendance, the aspirations heard and the form a companion fills in on a phone) and the grouping page.
 * Staff of the institution read; the secretariat, the member and the member's companions change.
 */
@Controller
@OfficePage
class VisitPagesController {

    private final RecessVisits visits;
    private final AspirationGroups groups;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;
    private final java.time.Clock clock;

    VisitPagesController(
            RecessVisits visits,
            AspirationGroups groups,
            RecessCalendar calendar,
            CouncilMembers members,
            Institutions institutions,
            CurrentStaff currentStaff,
            java.time.Clock clock) {
        this.clock = clock;
        this.visits = visits;
        this.groups = groups;
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** The recesses of the signed-in staff member's council, the latest first, each leading to its visits. */
    @GetMapping("/kantor/kunjungan-reses")
    String recesses(Model model) {
        var staff = currentStaff.get();
        if (staff.institutionId() == null) {
            throw new NotFoundException("No council");
        }
        var institution = seen(staff.institutionId());
        var recesses = new ArrayList<>(calendar.periods(institution.id(), null).stream()
                .filter(p -> p.kind() == PeriodKind.RECESS)
                .toList());
        recesses.sort(Comparator.comparing(SittingPeriod::startsOn).reversed());
        model.addAttribute("institution", institution);
        model.addAttribute("recesses", recesses);
        var labels = new LinkedHashMap<UUID, String>();
        recesses.forEach(r -> labels.put(r.id(), RecessVisits.recessLabel(r)));
        model.addAttribute("labels", labels);
        return "recess/recesses";
    }

    @GetMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan")
    String visitsPage(@PathVariable UUID id, @PathVariable UUID recessId, Model model) {
        var institution = seen(id);
        return visitsPage(institution, calendar.recess(id, recessId), Form.empty("visit"), model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan")
    String plan(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var recess = calendar.recess(id, recessId);
        var form = new Form("visit", params, new LinkedHashMap<>());
        var member = parsed(form, "memberId", UUID::fromString);
        var starts = dateTime(form, "startsAt", institution);
        var ends = dateTime(form, "endsAt", institution);
        var expected = parsed(form, "expectedParticipants", Integer::valueOf);
        if (form.errors().isEmpty()) {
            try {
                var visit = visits.plan(
                        currentStaff.get(),
                        institution,
                        new NewVisit(
                                recessId,
                                member,
                                starts,
                                ends,
                                params.get("place"),
                                params.get("district"),
                                params.get("village"),
                                expected));
                redirect.addFlashAttribute("message", "web.visits.planned");
                return "redirect:" + visitUrl(institution, visit);
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return visitsPage(institution, recess, form, model);
    }

    private String visitsPage(Institution institution, SittingPeriod recess, Form form, Model model) {
        var staff = currentStaff.get();
        var all = visits.visits(staff, institution, recess.id(), null);
        var inOffice = members.members(institution.id(), null, null).stream()
                .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                .toList();
        var byMember = new LinkedHashMap<CouncilMember, List<RecessVisit>>();
        inOffice.forEach(m -> byMember.put(
                m, all.stream().filter(v -> v.memberId().equals(m.id())).toList()));
        var changeable = visits.membersChangeableBy(staff, institution, recess.id()).stream()
                .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                .toList();
        var memberOptions = new LinkedHashMap<String, String>();
        changeable.forEach(m -> memberOptions.put(m.id().toString(), m.name() + " (" + m.dapilName() + ")"));
        var districts = new LinkedHashMap<String, String>();
        changeable.forEach(m -> visits.districtsOf(institution, m).forEach(d -> districts.put(d, d)));
        model.addAttribute("institution", institution);
        model.addAttribute("recess", recess);
        model.addAttribute("recessLabel", RecessVisits.recessLabel(recess));
        model.addAttribute("visitsByMember", byMember);
        model.addAttribute("memberOptions", memberOptions);
        model.addAttribute("districtOptions", districts);
        model.addAttribute("zone", institution.zone());
        model.addAttribute("visitForm", form);
        model.addAttribute("keepsAll", visits.keepsAllVisits(staff, institution));
        return "recess/visits";
    }

    @GetMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}")
    String visitPage(@PathVariable UUID id, @PathVariable UUID recessId, @PathVariable UUID visitId, Model model) {
        var institution = seen(id);
        return visitPage(institution, visit(institution, recessId, visitId), null, model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/ubah")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        var form = new Form("visit", params, new LinkedHashMap<>());
        var starts = dateTime(form, "startsAt", institution);
        var ends = dateTime(form, "endsAt", institution);
        var expected = parsed(form, "expectedParticipants", Integer::valueOf);
        if (form.errors().isEmpty()) {
            try {
                visits.change(
                        currentStaff.get(),
                        institution,
                        visitId,
                        new NewVisit(
                                null,
                                null,
                                starts,
                                ends,
                                params.getOrDefault("place", ""),
                                params.get("district"),
                                params.getOrDefault("village", ""),
                                expected));
                redirect.addFlashAttribute("message", "web.visits.changed");
                return "redirect:" + visitUrl(institution, visit);
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return visitPage(institution, visit, form, model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/aspirasi")
    String recordAspiration(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        var form = new Form("aspiration", params, new LinkedHashMap<>());
        var category = parsed(form, "category", AspirationCategory::valueOf);
        var volume = parsed(form, "volume", v -> new BigDecimal(v.replace(',', '.')));
        var cost = parsed(
                form, "estimatedCost", v -> new BigDecimal(v.replace(".", "").replace(" ", "")));
        var target = parsed(form, "targetUnitId", UUID::fromString);
        if (form.errors().isEmpty()) {
            try {
                visits.record(
                        currentStaff.get(),
                        institution,
                        visitId,
                        new NewAspiration(
                                params.get("personName"),
                                params.get("groupName"),
                                params.get("district"),
                                params.get("village"),
                                params.get("summary"),
                                params.get("problem"),
                                category,
                                params.get("urgency"),
                                volume,
                                params.get("volumeUnit"),
                                cost,
                                target,
                                null));
                redirect.addFlashAttribute("message", "web.visits.aspiration.recorded");
                return "redirect:" + visitUrl(institution, visit) + "#aspirasi";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        // refusals of no field of the form: no procedure takes recess aspirations, or the visit was cancelled
        var general = form.errors().containsKey("channel")
                ? form.errors().get("channel")
                : form.errors().getOrDefault("status", RefusedForms.INVALID);
        RefusedForms.answer(response, model, general);
        return visitPage(institution, visit, form, model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/hadir")
    String addAttendee(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        var form = new Form("attendee", params, new LinkedHashMap<>());
        try {
            visits.add(
                    currentStaff.get(),
                    institution,
                    visitId,
                    new NewAttendee(
                            params.get("name"),
                            params.get("organisation"),
                            params.get("address"),
                            params.containsKey("invited"),
                            params.containsKey("attended"),
                            null));
            redirect.addFlashAttribute("message", "web.visits.attendee.added");
            return "redirect:" + visitUrl(institution, visit) + "#hadir";
        } catch (InvalidInputException | RecessConflict refused) {
            addErrors(refused, form);
        }
        RefusedForms.answer(response, model);
        return visitPage(institution, visit, form, model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/hadir/{attendeeId}/hapus")
    String removeAttendee(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @PathVariable UUID attendeeId,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        visits.removeAttendee(currentStaff.get(), institution, visitId, attendeeId);
        redirect.addFlashAttribute("message", "web.visits.attendee.removed");
        return "redirect:" + visitUrl(institution, visit) + "#hadir";
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/foto")
    String addPhoto(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "caption", required = false) String caption,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        var values = new LinkedHashMap<String, String>();
        values.put("caption", caption == null ? "" : caption);
        var form = new Form("photo", values, new LinkedHashMap<>());
        try {
            visits.addPhoto(
                    currentStaff.get(),
                    institution,
                    visitId,
                    file == null || file.isEmpty() ? null : new MultipartIncomingFile(file),
                    caption);
            redirect.addFlashAttribute("message", "web.visits.photo.added");
            return "redirect:" + visitUrl(institution, visit) + "#foto";
        } catch (InvalidInputException refused) {
            addErrors(refused, form);
        }
        RefusedForms.answer(response, model);
        return visitPage(institution, visit, form, model);
    }

    @GetMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/foto/{photoId}")
    ResponseEntity<InputStreamResource> photo(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @PathVariable UUID photoId) {
        var institution = seen(id);
        visit(institution, recessId, visitId);
        return PhotoResponses.of(visits.photoContent(currentStaff.get(), institution, visitId, photoId), true);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/kunjungan/{visitId}/status")
    String status(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID visitId,
            @RequestParam String to,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var visit = visit(institution, recessId, visitId);
        var form = new Form("status", Map.of(), new LinkedHashMap<>());
        try {
            if ("HELD".equals(to)) {
                visits.markHeld(currentStaff.get(), institution, visitId);
            } else {
                visits.cancel(currentStaff.get(), institution, visitId);
            }
            redirect.addFlashAttribute("message", "HELD".equals(to) ? "web.visits.held" : "web.visits.cancelled");
            return "redirect:" + visitUrl(institution, visit);
        } catch (RecessConflict refused) {
            addErrors(refused, form);
        }
        RefusedForms.answer(response, model, "web.recess.conflict." + conflictReason(form));
        return visitPage(institution, visit, form, model);
    }

    private static String conflictReason(Form form) {
        var key = form.errors().getOrDefault("status", "web.recess.conflict.visitNotPlanned");
        return key.substring("web.recess.conflict.".length());
    }

    private String visitPage(Institution institution, RecessVisit visit, Form refused, Model model) {
        var staff = currentStaff.get();
        var member = members.findMember(institution.id(), visit.memberId()).orElseThrow();
        var districts = new LinkedHashMap<String, String>();
        visits.districtsOf(institution, member).forEach(d -> districts.put(d, d));
        var categories = new LinkedHashMap<String, String>();
        for (var c : AspirationCategory.values()) {
            categories.put(c.name(), "recess.category." + c.name());
        }
        var offices = new LinkedHashMap<String, String>();
        institutions.units(institution.id()).stream()
                .filter(u -> u.type() == UnitType.GOVERNMENT_OFFICE)
                .forEach(u -> offices.put(u.id().toString(), u.name()));
        var aspirationForm = refused != null && refused.name().equals("aspiration")
                ? refused
                : new Form(
                        "aspiration",
                        Map.of(
                                "district",
                                visit.district(),
                                "village",
                                visit.village() == null ? "" : visit.village(),
                                "urgency",
                                "BIASA"),
                        Map.of());
        model.addAttribute("institution", institution);
        model.addAttribute("visit", visit);
        model.addAttribute("recess", calendar.recess(institution.id(), visit.recessId()));
        model.addAttribute("zone", institution.zone());
        model.addAttribute("mayChange", visits.mayChange(staff, institution, visit.recessId(), visit.memberId()));
        model.addAttribute("started", !visit.startsAt().toInstant().isAfter(clock.instant()));
        model.addAttribute("attendees", visits.attendees(staff, institution, visit.id()));
        model.addAttribute("aspirations", visits.aspirations(staff, institution, visit.id()));
        model.addAttribute("photos", visits.photos(staff, institution, visit.id()));
        model.addAttribute(
                "photoForm", refused != null && refused.name().equals("photo") ? refused : Form.empty("photo"));
        model.addAttribute("districtOptions", districts);
        model.addAttribute("categoryOptions", categories);
        model.addAttribute("urgencies", List.of("BIASA", "SEGERA", "SANGAT_SEGERA"));
        model.addAttribute("officeOptions", offices);
        model.addAttribute("aspirationForm", aspirationForm);
        var local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        var current = new LinkedHashMap<String, String>();
        current.put(
                "startsAt",
                visit.startsAt().atZoneSameInstant(institution.zone()).format(local));
        current.put(
                "endsAt",
                visit.endsAt() == null
                        ? ""
                        : visit.endsAt().atZoneSameInstant(institution.zone()).format(local));
        current.put("place", visit.place());
        current.put("district", visit.district());
        current.put("village", visit.village() == null ? "" : visit.village());
        current.put(
                "expectedParticipants",
                visit.expectedParticipants() == null
                        ? ""
                        : visit.expectedParticipants().toString());
        model.addAttribute(
                "visitForm",
                refused != null && refused.name().equals("visit") ? refused : new Form("visit", current, Map.of()));
        model.addAttribute(
                "attendeeForm",
                refused != null && refused.name().equals("attendee") ? refused : Form.empty("attendee"));
        return "recess/visit";
    }

    // ---- grouping ----

    @GetMapping("/kantor/instansi/{id}/reses/{recessId}/pengelompokan")
    String groupingPage(@PathVariable UUID id, @PathVariable UUID recessId, Model model) {
        var institution = seen(id);
        return groupingPage(institution, calendar.recess(id, recessId), Form.empty("group"), model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/pengelompokan")
    String group(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var recess = calendar.recess(id, recessId);
        var form = new Form("group", params.toSingleValueMap(), new LinkedHashMap<>());
        var chosen = new ArrayList<UUID>();
        for (var value : params.getOrDefault("aspirationIds", List.of())) {
            try {
                chosen.add(UUID.fromString(value));
            } catch (IllegalArgumentException malformed) {
                form.errors().put("aspirationIds", "web.recess.group.invalid.aspirationIds");
            }
        }
        if (form.errors().isEmpty()) {
            try {
                groups.group(currentStaff.get(), institution, params.getFirst("title"), chosen);
                redirect.addFlashAttribute("message", "web.visits.grouped");
                return "redirect:/kantor/instansi/" + id + "/reses/" + recessId + "/pengelompokan";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return groupingPage(institution, recess, form, model);
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/pengelompokan/{groupId}/hapus")
    String ungroup(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID groupId,
            RedirectAttributes redirect) {
        var institution = seen(id);
        calendar.recess(id, recessId);
        groups.ungroup(currentStaff.get(), institution, groupId);
        redirect.addFlashAttribute("message", "web.visits.ungrouped");
        return "redirect:/kantor/instansi/" + id + "/reses/" + recessId + "/pengelompokan";
    }

    @PostMapping("/kantor/instansi/{id}/reses/{recessId}/pengelompokan/{groupId}/keluarkan/{aspirationId}")
    String removeFromGroup(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID groupId,
            @PathVariable UUID aspirationId,
            RedirectAttributes redirect) {
        var institution = seen(id);
        calendar.recess(id, recessId);
        groups.remove(currentStaff.get(), institution, groupId, aspirationId);
        redirect.addFlashAttribute("message", "web.visits.removedFromGroup");
        return "redirect:/kantor/instansi/" + id + "/reses/" + recessId + "/pengelompokan";
    }

    private String groupingPage(Institution institution, SittingPeriod recess, Form form, Model model) {
        var staff = currentStaff.get();
        model.addAttribute("institution", institution);
        model.addAttribute("recess", recess);
        model.addAttribute("recessLabel", RecessVisits.recessLabel(recess));
        model.addAttribute("suggestions", groups.suggestions(staff, institution, recess.id()));
        model.addAttribute("groups", groups.groups(staff, institution, recess.id()));
        model.addAttribute("mayGroup", visits.keepsAllVisits(staff, institution));
        model.addAttribute("groupForm", form);
        return "recess/grouping";
    }

    // ---- helpers ----

    static String visitUrl(Institution institution, RecessVisit visit) {
        return "/kantor/instansi/" + institution.id() + "/reses/" + visit.recessId() + "/kunjungan/" + visit.id();
    }

    private RecessVisit visit(Institution institution, UUID recessId, UUID visitId) {
        var visit = visits.visit(currentStaff.get(), institution, visitId);
        if (!visit.recessId().equals(recessId)) {
            throw new NotFoundException("Visit " + visitId + " not found");
        }
        return visit;
    }

    /** A refusal's fields as message keys: {@code web.recess.<form>.invalid.<field>} or the conflict's reason. */
    private static void addErrors(RuntimeException refused, Form form) {
        if (refused instanceof RecessConflict conflict) {
            form.errors().put(conflict.field(), "web.recess.conflict." + conflict.reason());
        } else {
            ((InvalidInputException) refused)
                    .errors()
                    .forEach(e -> form.errors()
                            .putIfAbsent(e.field(), "web.recess." + form.name() + ".invalid." + e.field()));
        }
    }

    /** A date-time field ({@code 2027-04-20T09:00}) read in the institution's time zone. */
    private static OffsetDateTime dateTime(Form form, String field, Institution institution) {
        var local = parsed(form, field, LocalDateTime::parse);
        return local == null ? null : local.atZone(institution.zone()).toOffsetDateTime();
    }

    private static <T> T parsed(Form form, String field, Function<String, T> parser) {
        var value = form.value(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException malformed) {
            form.errors().put(field, "web.recess." + form.name() + ".invalid." + field);
            return null;
        }
    }

    /** A council secretariat the staff member may see; refused like one that does not exist otherwise. */
    private Institution seen(UUID id) {
        if (!currentStaff.get().maySee(id)) {
            throw new NotFoundException("Institution " + id + " not found");
        }
        var institution = institutions.get(id);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
