package id.suara.staff.web;

import static id.suara.staff.web.StaffAdminPagesController.institutionOf;
import static id.suara.staff.web.StaffAdminPagesController.requireAdmin;

import id.suara.institution.Institution;
import id.suara.institution.InstitutionKind;
import id.suara.institution.Institutions;
import id.suara.institution.RegistrationPatterns;
import id.suara.institution.Role;
import id.suara.institution.Unit;
import id.suara.institution.UnitType;
import id.suara.shared.ConflictException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.OrganisationAdministration;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's administration pages for institutions and their units: a system administrator lists and adds
 * institutions, an institution administrator sees their own; both list and add the units of the institutions they
 * administer.
 */
@Controller
@OfficePage
class InstitutionAdminPagesController {

    private final OrganisationAdministration administration;
    private final Institutions institutions;
    private final CurrentStaff currentStaff;

    InstitutionAdminPagesController(
            OrganisationAdministration administration, Institutions institutions, CurrentStaff currentStaff) {
        this.administration = administration;
        this.institutions = institutions;
        this.currentStaff = currentStaff;
    }

    /** What the add-institution form was filled with, bound from its fields; the rules are the domain's. */
    record InstitutionForm(String code, String name, String kind, String zone, String registrationPattern) {}

    /** What the add-unit form was filled with, bound from its fields; the rules are the domain's. */
    record UnitForm(String code, String name, String type) {}

    @GetMapping("/kantor/admin/instansi")
    String institutions(Model model) {
        var staff = requireAdmin(currentStaff.get());
        var form = new InstitutionForm(
                null, null, InstitutionKind.COUNCIL_SECRETARIAT.name(), "Asia/Jakarta", RegistrationPatterns.DEFAULT);
        return institutionsPage(staff, form, Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi")
    String addInstitution(
            @ModelAttribute("form") InstitutionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        return submitted(
                () -> administration.addInstitution(
                        staff,
                        strip(form.code()),
                        form.name(),
                        parse(InstitutionKind.class, form.kind()),
                        OrganisationAdministration.ZONES.stream()
                                .filter(z -> z.getId().equals(form.zone()))
                                .findFirst()
                                .orElse(null),
                        strip(form.registrationPattern())),
                "web.admin.institutions.added",
                "/kantor/admin/instansi",
                "web.admin.institutions.error.",
                errors -> institutionsPage(staff, form, errors, model),
                response,
                model,
                redirect);
    }

    @GetMapping("/kantor/admin/unit")
    String units(@RequestParam(required = false) UUID institution, Model model) {
        var staff = requireAdmin(currentStaff.get());
        return unitsPage(staff, institutionOf(staff, institution), new UnitForm(null, null, null), Map.of(), model);
    }

    @PostMapping("/kantor/admin/unit")
    String addUnit(
            @RequestParam(required = false) UUID institution,
            @ModelAttribute("form") UnitForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        var institutionId = institutionOf(staff, institution);
        return submitted(
                () -> administration.addUnit(
                        staff, institutionId, strip(form.code()), form.name(), parse(UnitType.class, form.type())),
                "web.admin.units.added",
                "/kantor/admin/unit" + (institution == null ? "" : "?institution=" + institution),
                "web.admin.units.error.",
                errors -> unitsPage(staff, institutionId, form, errors, model),
                response,
                model,
                redirect);
    }

    /** The page renaming an institution or a unit: what it is, its code, where the form posts and leads back. */
    record Rename(String kind, String code, String currentName, String action, String back) {}

    @GetMapping("/kantor/admin/instansi/{id}")
    String institution(@PathVariable UUID id, Model model) {
        var staff = requireAdmin(currentStaff.get());
        var institution = institutions.get(institutionOf(staff, id));
        return renamePage(renameOf(institution), institution.name(), Map.of(), model);
    }

    @PostMapping("/kantor/admin/instansi/{id}/nama")
    String renameInstitution(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        var institution = institutions.get(institutionOf(staff, id));
        return rename(
                renameOf(institution),
                name,
                () -> administration.renameInstitution(staff, id, name),
                model,
                response,
                redirect);
    }

    @GetMapping("/kantor/admin/unit/{id}")
    String unit(@PathVariable UUID id, Model model) {
        var unit = administration.unit(requireAdmin(currentStaff.get()), id);
        return renamePage(renameOf(unit), unit.name(), Map.of(), model);
    }

    @PostMapping("/kantor/admin/unit/{id}/nama")
    String renameUnit(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        var unit = administration.unit(staff, id);
        return rename(
                renameOf(unit), name, () -> administration.renameUnit(staff, id, name), model, response, redirect);
    }

    /** Renames through {@code change}: back to the list with a notice, or the form again with the name's error. */
    private String rename(
            Rename target,
            String name,
            Runnable change,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return submitted(
                change,
                "web.admin.rename.done",
                target.back(),
                "web.admin.rename.error.",
                errors -> renamePage(target, name, errors, model),
                response,
                model,
                redirect);
    }

    /**
     * Makes the change a form asked for: on to {@code next} with the {@code notice}, or, when it is refused, the form
     * again with status 422 and each field's message under {@code errorPrefix}.
     */
    private static String submitted(
            Runnable change,
            String notice,
            String next,
            String errorPrefix,
            Function<Map<String, String>, String> formAgain,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("message", notice);
            return "redirect:" + next;
        } catch (InvalidInputException | ConflictException e) {
            return formAgain.apply(refused(e, errorPrefix, response, model));
        }
    }

    private Rename renameOf(Institution institution) {
        return new Rename(
                "institution",
                institution.code(),
                institution.name(),
                "/kantor/admin/instansi/" + institution.id() + "/nama",
                "/kantor/admin/instansi");
    }

    private Rename renameOf(Unit unit) {
        return new Rename(
                "unit",
                unit.code(),
                unit.name(),
                "/kantor/admin/unit/" + unit.id() + "/nama",
                unitsUrl(currentStaff.get(), unit));
    }

    private static String unitsUrl(StaffMember staff, Unit unit) {
        return "/kantor/admin/unit"
                + (unit.institutionId().equals(staff.institutionId()) ? "" : "?institution=" + unit.institutionId());
    }

    private String renamePage(Rename rename, String name, Map<String, String> errors, Model model) {
        model.addAttribute("rename", rename);
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "admin/rename";
    }

    /**
     * The field errors of a refused form, as message keys under {@code prefix} ({@code <field>}, or {@code taken} for a
     * code in use); the page is answered with 422 and the error summary.
     */
    private static Map<String, String> refused(
            RuntimeException refusal, String prefix, HttpServletResponse response, Model model) {
        var errors = new LinkedHashMap<String, String>();
        RefusedForms.addErrors(refusal, prefix, errors);
        RefusedForms.answer(response, model);
        return errors;
    }

    private String institutionsPage(StaffMember staff, InstitutionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("systemAdmin", staff.holds(Role.SYSTEM_ADMIN));
        model.addAttribute("institutions", administration.institutions(staff));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", names(InstitutionKind.values()));
        model.addAttribute(
                "zones",
                OrganisationAdministration.ZONES.stream().map(z -> z.getId()).toList());
        return "admin/institutions";
    }

    private String unitsPage(
            StaffMember staff, UUID institutionId, UnitForm form, Map<String, String> errors, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("systemAdmin", staff.holds(Role.SYSTEM_ADMIN));
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("institution", institutionId == null ? null : institutions.get(institutionId));
        model.addAttribute("units", institutionId == null ? List.of() : administration.units(staff, institutionId));
        model.addAttribute("choices", staff.holds(Role.SYSTEM_ADMIN) ? institutions.all() : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", names(UnitType.values()));
        return "admin/units";
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** The constant named {@code value}, or null when there is none, so a bad choice is a field error, not a 400. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
