package id.suara.recess.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.recess.AspirationCategory;
import id.suara.recess.CouncilMembers;
import id.suara.recess.NewPokirCompilation;
import id.suara.recess.PeriodKind;
import id.suara.recess.PokirCompilations;
import id.suara.recess.PokirExports;
import id.suara.recess.PokirItemChange;
import id.suara.recess.PokirReview;
import id.suara.recess.RecessCalendar;
import id.suara.recess.RecessConflict;
import id.suara.recess.RecessEditors;
import id.suara.recess.RecessReports;
import id.suara.shared.InvalidInputException;
import id.suara.shared.NotFoundException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back-office pages of members' recess reports and the pokir compilation, reached from the recess page (ADR 0034):
 * a recess's reports with the missing ones flagged, the compilations, and a compilation's review page. Staff of the
 * institution read; its administrator, officers, division heads and secretary change; a member submits their own
 * report.
 */
@Controller
@OfficePage
class PokirPagesController {

    private static final String BASE = "/kantor/admin/instansi/{id}/reses";

    private final RecessReports reports;
    private final PokirCompilations compilations;
    private final PokirExports exports;
    private final RecessCalendar calendar;
    private final CouncilMembers members;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    PokirPagesController(
            RecessReports reports,
            PokirCompilations compilations,
            PokirExports exports,
            RecessCalendar calendar,
            CouncilMembers members,
            Institutions institutions,
            CurrentStaff currentStaff) {
        this.reports = reports;
        this.compilations = compilations;
        this.exports = exports;
        this.calendar = calendar;
        this.members = members;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    // ---- reports ----

    @GetMapping(BASE + "/{recessId}/laporan")
    String reportsPage(@PathVariable UUID id, @PathVariable UUID recessId, Model model) {
        var institution = seen(id);
        var recess = calendar.recess(institution.id(), recessId);
        var staff = currentStaff.get();
        var own = members.memberSignedInAs(staff.id()).map(m -> m.id()).orElse(null);
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("recess", recess);
        model.addAttribute("recessName", PokirExports.recess(recess.sitting(), recess.year()));
        model.addAttribute("rows", reports.reports(institution, recessId));
        model.addAttribute("dueOn", reports.dueOn(recess));
        model.addAttribute("mayChange", RecessEditors.mayChange(staff, institution));
        model.addAttribute("ownMemberId", own);
        model.addAttribute("factions", factions(institution));
        return "admin/recess-reports";
    }

    @GetMapping(BASE + "/{recessId}/laporan/{memberId}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable UUID id, @PathVariable UUID recessId, @PathVariable UUID memberId) {
        return RecessReportsController.inline(reports.pdf(seen(id), recessId, memberId), "laporan-reses.pdf");
    }

    @GetMapping(BASE + "/{recessId}/laporan/fraksi/{factionId}.pdf")
    ResponseEntity<byte[]> factionPdf(
            @PathVariable UUID id, @PathVariable UUID recessId, @PathVariable UUID factionId) {
        return RecessReportsController.inline(
                reports.factionPdf(seen(id), recessId, factionId), "laporan-reses-fraksi.pdf");
    }

    @PostMapping(BASE + "/{recessId}/laporan/{memberId}/serahkan")
    String submitReport(
            @PathVariable UUID id,
            @PathVariable UUID recessId,
            @PathVariable UUID memberId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        try {
            reports.submit(currentStaff.get(), institution, recessId, memberId);
        } catch (RecessConflict refused) {
            RefusedForms.answer(response, model, "web.pokir.report.conflict." + refused.reason());
            return reportsPage(id, recessId, model);
        }
        redirect.addFlashAttribute("message", "web.pokir.report.submitted");
        return "redirect:/kantor/admin/instansi/" + id + "/reses/" + recessId + "/laporan";
    }

    // ---- compilations ----

    @GetMapping(BASE + "/pokir")
    String compilationsPage(@PathVariable UUID id, Model model) {
        return compilationsPage(seen(id), Map.of(), Map.of(), model);
    }

    private String compilationsPage(
            Institution institution, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("compilations", compilations.compilations(institution.id()));
        var recesses = new LinkedHashMap<String, String>();
        calendar.periods(institution.id(), null).stream()
                .filter(p -> p.kind() == PeriodKind.RECESS)
                .sorted(Comparator.comparing(p -> p.startsOn(), Comparator.reverseOrder()))
                .forEach(p -> recesses.put(p.id().toString(), PokirExports.recess(p.sitting(), p.year())));
        model.addAttribute("recessOptions", recesses);
        model.addAttribute("mayChange", RecessEditors.mayChange(currentStaff.get(), institution));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/pokir-list";
    }

    @PostMapping(BASE + "/pokir")
    String create(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String planningYear,
            @RequestParam(name = "recessIds", required = false) List<String> recessIds,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var errors = new LinkedHashMap<String, String>();
        Integer year = null;
        try {
            year = planningYear.isBlank() ? null : Integer.valueOf(planningYear.strip());
        } catch (NumberFormatException e) {
            errors.put("planningYear", "web.pokir.create.invalid.planningYear");
        }
        var recesses = new ArrayList<UUID>();
        for (var recessId : recessIds == null ? List.<String>of() : recessIds) {
            try {
                recesses.add(UUID.fromString(recessId));
            } catch (IllegalArgumentException e) {
                errors.put("recessIds", "web.pokir.create.invalid.recessIds");
            }
        }
        if (errors.isEmpty()) {
            try {
                var created = compilations.create(
                        currentStaff.get(), institution, new NewPokirCompilation(year, title, recesses));
                redirect.addFlashAttribute("message", "web.pokir.created");
                return "redirect:/kantor/admin/instansi/" + id + "/reses/pokir/" + created.id();
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(e.field(), "web.pokir.create.invalid." + e.field()));
            }
        }
        RefusedForms.answer(response, model);
        var values = new LinkedHashMap<String, String>();
        values.put("title", title);
        values.put("planningYear", planningYear);
        values.put("recessIds", String.join(",", recessIds == null ? List.of() : recessIds));
        return compilationsPage(institution, values, errors, model);
    }

    @GetMapping(BASE + "/pokir/{compilationId}")
    String compilationPage(
            @PathVariable UUID id,
            @PathVariable UUID compilationId,
            @RequestParam Map<String, String> params,
            Model model) {
        return compilationPage(seen(id), compilationId, params, null, Map.of(), model);
    }

    private String compilationPage(
            Institution institution,
            UUID compilationId,
            Map<String, String> params,
            UUID refusedItem,
            Map<String, String> errors,
            Model model) {
        var compilation = compilations.compilation(institution.id(), compilationId);
        var filter = new PokirCompilations.Filter(
                uuid(params.get("anggota")),
                uuid(params.get("dapil")),
                uuid(params.get("fraksi")),
                uuid(params.get("opd")),
                choice(AspirationCategory.class, params.get("bidang")),
                choice(PokirReview.class, params.get("status")));
        var all = compilations.items(institution.id(), compilationId, PokirCompilations.Filter.ALL);
        var memberOptions = new LinkedHashMap<String, String>();
        var dapilOptions = new LinkedHashMap<String, String>();
        var factionOptions = new LinkedHashMap<String, String>();
        all.stream()
                .flatMap(i -> i.sources().stream())
                .filter(s -> s.memberId() != null)
                .sorted(Comparator.comparing(s -> s.memberName()))
                .forEach(s -> {
                    memberOptions.put(s.memberId().toString(), s.memberName());
                    dapilOptions.put(s.dapilId().toString(), s.dapilName());
                    factionOptions.put(s.factionId().toString(), s.factionName());
                });
        var offices = new LinkedHashMap<String, String>();
        compilations.offices(institution.id()).forEach(u -> offices.put(u.id().toString(), u.name()));
        model.addAttribute("institutionId", institution.id());
        model.addAttribute("institutionName", institution.name());
        model.addAttribute("compilation", compilation);
        model.addAttribute("items", all.stream().filter(filter.predicate()).toList());
        model.addAttribute("params", params);
        model.addAttribute("memberOptions", memberOptions);
        model.addAttribute("dapilOptions", dapilOptions);
        model.addAttribute("factionOptions", factionOptions);
        model.addAttribute("officeOptions", offices);
        model.addAttribute("categories", List.of(AspirationCategory.values()));
        model.addAttribute("reviews", List.of(PokirReview.values()));
        model.addAttribute("mayChange", RecessEditors.mayChange(currentStaff.get(), institution));
        model.addAttribute("refusedItem", refusedItem);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", institution.zone());
        return "admin/pokir";
    }

    @PostMapping(BASE + "/pokir/{compilationId}/butir/{itemId}")
    String changeItem(
            @PathVariable UUID id,
            @PathVariable UUID compilationId,
            @PathVariable UUID itemId,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var institution = seen(id);
        var errors = new LinkedHashMap<String, String>();
        var review = blankToNull(params.get("review"));
        var decision = blankToNull(params.get("opdDecision"));
        var change = new PokirItemChange(
                params.get("proposal"),
                params.get("problem"),
                params.get("village"),
                params.get("district"),
                parsed(params, "targetUnitId", UUID::fromString, errors),
                parsed(params, "volume", v -> new BigDecimal(v.replace(',', '.')), errors),
                params.get("volumeUnit"),
                parsed(params, "estimatedCost", v -> new BigDecimal(v.replace(".", "")), errors),
                parsed(params, "year", Integer::valueOf, errors),
                review,
                review == null ? null : params.getOrDefault("reason", ""),
                decision,
                decision == null ? null : params.get("opdProgram"),
                decision == null ? null : params.get("opdNote"),
                decision == null ? null : parsed(params, "opdDecidedOn", LocalDate::parse, errors));
        if (errors.isEmpty()) {
            try {
                compilations.change(currentStaff.get(), institution, compilationId, itemId, change);
                redirect.addFlashAttribute("message", "web.pokir.item.saved");
                return "redirect:/kantor/admin/instansi/" + id + "/reses/pokir/" + compilationId + "#butir-" + itemId;
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.putIfAbsent(e.field(), "web.pokir.item.invalid." + e.field()));
            }
        }
        RefusedForms.answer(response, model);
        return compilationPage(institution, compilationId, Map.of(), itemId, errors, model);
    }

    @PostMapping(BASE + "/pokir/{compilationId}/tarik")
    String redraw(@PathVariable UUID id, @PathVariable UUID compilationId, RedirectAttributes redirect) {
        compilations.redraw(currentStaff.get(), seen(id), compilationId);
        redirect.addFlashAttribute("message", "web.pokir.drawn");
        return "redirect:/kantor/admin/instansi/" + id + "/reses/pokir/" + compilationId;
    }

    @GetMapping(BASE + "/pokir/{compilationId}/pokir.{format:xlsx|csv|pdf}")
    ResponseEntity<byte[]> export(
            @PathVariable UUID id,
            @PathVariable UUID compilationId,
            @PathVariable String format,
            @RequestParam(defaultValue = "false") boolean all) {
        var institution = seen(id);
        var year = compilations.compilation(institution.id(), compilationId).planningYear();
        var name = "pokir-" + year + (all ? "-semua" : "") + "." + format;
        return switch (format) {
            case "xlsx" ->
                PokirController.file(exports.xlsx(institution, compilationId, all), PokirController.XLSX, name);
            case "csv" -> PokirController.file(exports.csv(institution, compilationId, all), PokirController.CSV, name);
            default ->
                PokirController.file(exports.pdf(institution, compilationId, all), MediaType.APPLICATION_PDF, name);
        };
    }

    private static <T> T parsed(
            Map<String, String> params,
            String field,
            java.util.function.Function<String, T> parser,
            Map<String, String> errors) {
        var value = params.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException malformed) {
            errors.put(field, "web.pokir.item.invalid." + field);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Unit> factions(Institution institution) {
        return institutions.units(institution.id()).stream()
                .filter(u -> u.type() == UnitType.FACTION)
                .sorted(Comparator.comparing(Unit::name))
                .toList();
    }

    /** A council secretariat the staff member works for (or a system administrator); others are told it is not there. */
    private Institution seen(UUID id) {
        if (!currentStaff.get().maySee(id)) {
            throw new NotFoundException("Institution " + id + " not found");
        }
        var institution = institutions.get(id);
        RecessCalendar.requireCouncil(institution);
        return institution;
    }
}
