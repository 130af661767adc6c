package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.recess.CouncilMember;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewCompanion;
import id.suara.recess.NewCouncilMember;
import id.suara.recess.NewDapil;
import id.suara.recess.NewPeriod;
import id.suara.recess.NewTerm;
import id.suara.recess.PeriodKind;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessConflict;
import id.suara.recess.SittingPeriod;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The administrator's recess pages of a council secretariat: the term and the masa sidang/masa reses of a year, the
 * dapils, the members per faction and per dapil, and the companions of each recess (ADR 0030).
 */
@Controller
@OfficePage
class RecessPagesController {

    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    RecessPagesController(
            RecessCalendar calendar, CouncilMembers members, Institutions institutions, CurrentStaff currentStaff) {
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** What a form sent, by field, to show again when it is refused. */
    record Form(String name, Map<String, String> values, Map<String, String> errors) {

        static Form empty(String name) {
            return new Form(name, Map.of(), Map.of());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @GetMapping("/kantor/admin/instansi/{id}/reses")
    String calendarPage(
            @PathVariable UUID id, @RequestParam(name = "tahun", required = false) Integer year, Model model) {
        return calendarPage(administered(id), year, null, model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/periode-keanggotaan")
    String addTerm(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var form = new Form("term", params, new LinkedHashMap<>());
        var starts = date(form, "startsOn");
        var ends = date(form, "endsOn");
        return save(institution, form, null, model, response, redirect, "web.recess.term.added", () -> {
            calendar.addTerm(currentStaff.get(), institution, new NewTerm(starts, ends));
            return "";
        });
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/masa")
    String addPeriod(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var form = new Form("period", params, new LinkedHashMap<>());
        var kind = Arrays.stream(PeriodKind.values())
                .filter(k -> k.name().equals(params.get("kind")))
                .findFirst()
                .orElse(null);
        var year = number(form, "year");
        var sitting = number(form, "sitting");
        var starts = date(form, "startsOn");
        var ends = date(form, "endsOn");
        return save(institution, form, year, model, response, redirect, "web.recess.period.added", () -> {
            calendar.addPeriod(currentStaff.get(), institution, new NewPeriod(kind, year, sitting, starts, ends));
            return "?tahun=" + year;
        });
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/masa/{periodId}/hapus")
    String removePeriod(
            @PathVariable UUID id,
            @PathVariable UUID periodId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var year = calendar.findPeriod(institution.id(), periodId)
                .map(SittingPeriod::year)
                .orElse(null);
        var form = new Form("periodRemoval", Map.of(), new LinkedHashMap<>());
        return save(institution, form, year, model, response, redirect, "web.recess.period.removed", () -> {
            calendar.removePeriod(currentStaff.get(), institution, periodId);
            return year == null ? "" : "?tahun=" + year;
        });
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/dapil")
    String addDapil(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var form = new Form("dapil", params, new LinkedHashMap<>());
        var number = number(form, "number");
        var districts = districts(form);
        return save(institution, form, null, model, response, redirect, "web.recess.dapil.added", () -> {
            members.addDapil(currentStaff.get(), institution, new NewDapil(number, params.get("name"), districts));
            return "";
        });
    }

    @GetMapping("/kantor/admin/instansi/{id}/reses/dapil/{dapilId}")
    String dapilPage(@PathVariable UUID id, @PathVariable UUID dapilId, Model model) {
        var institution = administered(id);
        var dapil = members.findDapil(institution.id(), dapilId)
                .orElseThrow(() -> new id.suara.shared.NotFoundException("Dapil " + dapilId + " not found"));
        var values = new LinkedHashMap<String, String>();
        values.put("number", String.valueOf(dapil.number()));
        values.put("name", dapil.name());
        values.put("districts", String.join("\n", dapil.districts()));
        return dapilPage(institution, dapil, new Form("dapil", values, Map.of()), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/dapil/{dapilId}")
    String changeDapil(
            @PathVariable UUID id,
            @PathVariable UUID dapilId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var dapil = members.findDapil(institution.id(), dapilId)
                .orElseThrow(() -> new id.suara.shared.NotFoundException("Dapil " + dapilId + " not found"));
        var form = new Form("dapil", params, new LinkedHashMap<>());
        var number = number(form, "number");
        if (form.errors().isEmpty()) {
            try {
                members.changeDapil(
                        currentStaff.get(),
                        institution,
                        dapilId,
                        new NewDapil(number, params.get("name"), districts(form)));
                redirect.addFlashAttribute("message", "web.recess.dapil.changed");
                return "redirect:/kantor/admin/instansi/" + id + "/reses#dapil";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return dapilPage(institution, dapil, form, model);
    }

    private String dapilPage(Institution institution, id.suara.recess.Dapil dapil, Form form, Model model) {
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("dapil", dapil);
        model.addAttribute("dapilForm", form);
        return "admin/recess-dapil";
    }

    /** The districts typed one per line or separated by commas. */
    private static List<String> districts(Form form) {
        return Arrays.stream(form.value("districts").split("[,\\n]"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .toList();
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/dapil/{dapilId}/hapus")
    String removeDapil(
            @PathVariable UUID id,
            @PathVariable UUID dapilId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var form = new Form("dapilRemoval", Map.of(), new LinkedHashMap<>());
        return save(institution, form, null, model, response, redirect, "web.recess.dapil.removed", () -> {
            members.removeDapil(currentStaff.get(), institution, dapilId);
            return "";
        });
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/anggota")
    String addMember(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var form = new Form("member", params, new LinkedHashMap<>());
        var faction = uuid(form, "factionId");
        var dapil = uuid(form, "dapilId");
        var from = date(form, "activeFrom");
        var to = date(form, "activeTo");
        var account = uuid(form, "staffAccountId");
        return save(institution, form, null, model, response, redirect, "web.recess.member.added", () -> {
            members.addMember(
                    currentStaff.get(),
                    institution,
                    new NewCouncilMember(params.get("name"), faction, dapil, from, to, account));
            return "";
        });
    }

    @GetMapping("/kantor/admin/instansi/{id}/reses/anggota/{memberId}")
    String memberPage(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        var institution = administered(id);
        var member = members.findMember(institution.id(), memberId)
                .orElseThrow(() -> new id.suara.shared.NotFoundException("Member " + memberId + " not found"));
        var values = new LinkedHashMap<String, String>();
        values.put("name", member.name());
        values.put("factionId", member.factionId().toString());
        values.put("dapilId", member.dapilId().toString());
        values.put("activeFrom", member.activeFrom().toString());
        values.put(
                "activeTo", member.activeTo() == null ? "" : member.activeTo().toString());
        values.put(
                "staffAccountId",
                member.staffAccountId() == null ? "" : member.staffAccountId().toString());
        return memberPage(institution, member, new Form("member", values, Map.of()), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/anggota/{memberId}")
    String changeMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var member = members.findMember(institution.id(), memberId)
                .orElseThrow(() -> new id.suara.shared.NotFoundException("Member " + memberId + " not found"));
        var form = new Form("member", params, new LinkedHashMap<>());
        var faction = uuid(form, "factionId");
        var dapil = uuid(form, "dapilId");
        var from = date(form, "activeFrom");
        var to = date(form, "activeTo");
        var account = uuid(form, "staffAccountId");
        if (form.errors().isEmpty()) {
            try {
                members.changeMember(
                        currentStaff.get(),
                        institution,
                        memberId,
                        new NewCouncilMember(params.get("name"), faction, dapil, from, to, account));
                redirect.addFlashAttribute("message", "web.recess.member.changed");
                return "redirect:/kantor/admin/instansi/" + id + "/reses#anggota";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return memberPage(institution, member, form, model);
    }

    private String memberPage(Institution institution, CouncilMember member, Form form, Model model) {
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("member", member);
        model.addAttribute("memberForm", form);
        model.addAttribute(
                "factionOptions",
                factions(institution).stream()
                        .collect(
                                Collectors.toMap(f -> f.id().toString(), Unit::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "dapilOptions",
                members.dapils(institution.id()).stream()
                        .collect(Collectors.toMap(
                                d -> d.id().toString(), d -> d.name(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("accountOptions", accountOptions(institution));
        return "admin/recess-member";
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/anggota/{memberId}/hapus")
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        var institution = administered(id);
        members.removeMember(currentStaff.get(), institution, memberId);
        redirect.addFlashAttribute("message", "web.recess.member.removed");
        return "redirect:/kantor/admin/instansi/" + id + "/reses";
    }

    @GetMapping("/kantor/admin/instansi/{id}/reses/{recessId}/pendamping")
    String companionsPage(@PathVariable UUID id, @PathVariable UUID recessId, Model model) {
        var institution = administered(id);
        return companionsPage(institution, calendar.recess(institution.id(), recessId), Form.empty("companion"), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/{recessId}/pendamping")
    String assignCompanion(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = administered(id);
        var recess = calendar.recess(institution.id(), recessId);
        var form = new Form("companion", params, new LinkedHashMap<>());
        var member = uuid(form, "memberId");
        var account = uuid(form, "staffAccountId");
        if (member == null && !form.errors().containsKey("memberId")) {
            form.errors().put("memberId", "web.recess.companion.invalid.memberId");
        }
        if (form.errors().isEmpty()) {
            try {
                members.assignCompanion(
                        currentStaff.get(),
                        institution,
                        recessId,
                        member,
                        new NewCompanion(account, params.get("name"), params.get("phone")));
                redirect.addFlashAttribute("message", "web.recess.companion.added");
                return "redirect:/kantor/admin/instansi/" + id + "/reses/" + recessId + "/pendamping";
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            } catch (id.suara.shared.NotFoundException unknownMember) {
                form.errors().put("memberId", "web.recess.companion.invalid.memberId");
            }
        }
        RefusedForms.answer(response, model);
        return companionsPage(institution, recess, form, model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/reses/{recessId}/pendamping/{companionId}/hapus")
    String removeCompanion(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID companionId,
            RedirectAttributes redirect) {
        var institution = administered(id);
        members.removeCompanion(currentStaff.get(), institution, recessId, companionId);
        redirect.addFlashAttribute("message", "web.recess.companion.removed");
        return "redirect:/kantor/admin/instansi/" + id + "/reses/" + recessId + "/pendamping";
    }

    /**
     * Saves a form unless parsing it found errors already; a refusal shows the calendar page again with 422, the form as
     * typed and each field's message.
     */
    private String save(
            Institution institution,
            Form form,
            Integer year,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String message,
            Supplier<String> change) {
        if (form.errors().isEmpty()) {
            try {
                var query = change.get();
                redirect.addFlashAttribute("message", message);
                return "redirect:/kantor/admin/instansi/" + institution.id() + "/reses" + query;
            } catch (InvalidInputException | RecessConflict refused) {
                addErrors(refused, form);
            }
        }
        RefusedForms.answer(response, model);
        return calendarPage(institution, year, form, model);
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

    private String calendarPage(Institution institution, Integer year, Form refused, Model model) {
        var shownYear = year != null ? year : LocalDate.now(institution.zone()).getYear();
        var factions = factions(institution);
        var dapils = members.dapils(institution.id());
        var all = members.members(institution.id(), null, null);
        var byFaction = new LinkedHashMap<String, List<CouncilMember>>();
        factions.forEach(f -> byFaction.put(
                f.name(), all.stream().filter(m -> m.factionId().equals(f.id())).toList()));
        var byDapil = new LinkedHashMap<String, List<CouncilMember>>();
        dapils.forEach(d -> byDapil.put(
                d.name(), all.stream().filter(m -> m.dapilId().equals(d.id())).toList()));
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("year", shownYear);
        model.addAttribute("terms", calendar.terms(institution.id()));
        model.addAttribute("periods", calendar.periods(institution.id(), shownYear));
        model.addAttribute("dapils", dapils);
        model.addAttribute("membersByFaction", byFaction);
        model.addAttribute("membersByDapil", byDapil);
        model.addAttribute("memberCount", all.size());
        model.addAttribute(
                "factionOptions",
                factions.stream()
                        .collect(
                                Collectors.toMap(f -> f.id().toString(), Unit::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "dapilOptions",
                dapils.stream()
                        .collect(Collectors.toMap(
                                d -> d.id().toString(), d -> d.name(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("accountOptions", accountOptions(institution));
        model.addAttribute("kinds", List.of("SESSION", "RECESS"));
        for (var name : List.of("term", "period", "dapil", "member", "dapilRemoval", "periodRemoval")) {
            model.addAttribute(
                    name + "Form", refused != null && refused.name().equals(name) ? refused : Form.empty(name));
        }
        return "admin/recess";
    }

    private String companionsPage(Institution institution, SittingPeriod recess, Form form, Model model) {
        var inOffice = members.members(institution.id(), null, null).stream()
                .filter(m -> m.activeDuring(recess.startsOn(), recess.endsOn()))
                .toList();
        var companions = members.companions(institution.id(), recess.id());
        var byMember = new LinkedHashMap<CouncilMember, List<id.suara.recess.Companion>>();
        inOffice.forEach(m -> byMember.put(
                m, companions.stream().filter(c -> c.memberId().equals(m.id())).toList()));
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("recess", recess);
        model.addAttribute("companionsByMember", byMember);
        model.addAttribute(
                "memberOptions",
                inOffice.stream()
                        .collect(Collectors.toMap(
                                m -> m.id().toString(),
                                m -> m.name() + " (" + m.factionName() + ", " + m.dapilName() + ")",
                                (a, b) -> a,
                                LinkedHashMap::new)));
        model.addAttribute("accountOptions", accountOptions(institution));
        model.addAttribute("companionForm", form);
        return "admin/recess-companions";
    }

    private Map<String, String> accountOptions(Institution institution) {
        var out = new LinkedHashMap<String, String>();
        members.accounts(institution.id()).forEach((id, name) -> out.put(id.toString(), name));
        return out;
    }

    private List<Unit> factions(Institution institution) {
        return institutions.units(institution.id()).stream()
                .filter(u -> u.type() == UnitType.FACTION)
                .sorted(java.util.Comparator.comparing(Unit::name))
                .toList();
    }

    private static LocalDate date(Form form, String field) {
        return parsed(form, field, LocalDate::parse);
    }

    private static Integer number(Form form, String field) {
        return parsed(form, field, Integer::valueOf);
    }

    private static UUID uuid(Form form, String field) {
        return parsed(form, field, UUID::fromString);
    }

    /** A field's value read by {@code parser}: null when empty, and null with the field's error when malformed. */
    private static <T> T parsed(Form form, String field, java.util.function.Function<String, T> parser) {
        var value = form.value(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            form.errors().put(field, "web.recess." + form.name() + ".invalid." + field);
            return null;
        }
    }

    private Institution administered(UUID id) {
        if (!currentStaff.get().administers(id)) {
            throw new ForbiddenException("Only the institution's administrator keeps its recess calendar and members");
        }
        var institution = institutions.get(id);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
