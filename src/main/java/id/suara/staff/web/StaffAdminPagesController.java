package id.suara.staff.web;

import id.suara.institution.Role;
import id.suara.shared.ConflictException;
import id.suara.shared.ForbiddenException;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.NewStaffAccount;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAdministration;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's administration pages for staff accounts: the index of what the signed-in administrator may
 * manage, the accounts of their institution and the form creating one.
 */
@Controller
@OfficePage
class StaffAdminPagesController {

    /** The roles an administrator gives without a unit: neither unit-bound nor reserved. */
    static final List<Role> GRANTABLE = Arrays.stream(Role.values())
            .filter(r -> !r.boundToUnit() && r != Role.COMPLAINANT && r != Role.SYSTEM && r != Role.SYSTEM_ADMIN)
            .toList();

    private final StaffAdministration administration;
    private final CurrentStaff currentStaff;
    private final RoleGrantChoices choices;
    private final Validator validator;

    StaffAdminPagesController(
            StaffAdministration administration,
            CurrentStaff currentStaff,
            RoleGrantChoices choices,
            Validator validator) {
        this.validator = validator;
        this.administration = administration;
        this.currentStaff = currentStaff;
        this.choices = choices;
    }

    static StaffMember requireAdmin(StaffMember staff) {
        if (!staff.holds(Role.INSTITUTION_ADMIN) && !staff.holds(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only administrators open the administration pages");
        }
        return staff;
    }

    /** The institution a page is about: the administrator's own, or any a system administrator picks. */
    static UUID institutionOf(StaffMember staff, UUID requested) {
        if (requested == null) {
            return staff.institutionId();
        }
        if (!staff.administers(requested)) {
            throw new ForbiddenException("Only the institution's administrators manage it");
        }
        return requested;
    }

    @GetMapping("/kantor/admin")
    String index(Model model) {
        var staff = requireAdmin(currentStaff.get());
        model.addAttribute("staff", staff);
        model.addAttribute("systemAdmin", staff.holds(Role.SYSTEM_ADMIN));
        return "admin/index";
    }

    @GetMapping("/kantor/admin/pengguna")
    String users(@RequestParam(required = false) UUID institution, Model model) {
        var staff = requireAdmin(currentStaff.get());
        var institutionId = institutionOf(staff, institution);
        return usersPage(staff, institutionId, new UserForm(null, null, null, null, null), Map.of(), model);
    }

    /** What the create form was filled with; the password is never shown again. */
    record UserForm(String username, String displayName, String password, Role role, UUID unit) {

        /** The account this form asks for, under the rules of {@link NewStaffAccount} like the API's. */
        NewStaffAccount account(UUID institutionId) {
            return new NewStaffAccount(
                    institutionId,
                    username,
                    displayName == null ? null : displayName.strip(),
                    password,
                    List.of(new RoleGrant(role, unit)));
        }

        UserForm withoutPassword() {
            return new UserForm(username, displayName, null, role, unit);
        }
    }

    @PostMapping("/kantor/admin/pengguna")
    String create(
            @RequestParam(required = false) UUID institution,
            @ModelAttribute("form") UserForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        var institutionId = institutionOf(staff, institution);
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), ERROR_INVALID));
        var account = form.account(institutionId);
        validator
                .validate(account)
                .forEach(violation -> put(violation.getPropertyPath().toString(), form, errors));
        if (form.role() != null
                && !GRANTABLE.contains(form.role())
                && !RoleGrantChoices.UNIT_BOUND.contains(form.role())) {
            errors.putIfAbsent("role", "web.admin.users.error.role");
        }
        if (errors.isEmpty()) {
            try {
                var created = administration.create(staff, account);
                redirect.addFlashAttribute("message", "web.admin.users.created");
                redirect.addFlashAttribute("createdUsername", created.username());
                return "redirect:/kantor/admin/pengguna" + (institution == null ? "" : "?institution=" + institution);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> put(error.field(), form, errors));
            } catch (ConflictException e) {
                errors.put("username", "web.admin.users.error.taken");
            }
        }
        RefusedForms.answer(response, model);
        return usersPage(staff, institutionId, form.withoutPassword(), errors, model);
    }

    private static final String ERROR_INVALID = "web.admin.users.error.invalid";

    /** Puts a refusal of {@link NewStaffAccount}'s {@code field} on the form's field, with the page's message. */
    private static void put(String field, UserForm form, Map<String, String> errors) {
        if (field.equals("username") || field.equals("displayName") || field.equals("password")) {
            errors.putIfAbsent(field, "web.admin.users.error." + field);
        } else if (field.endsWith(".unitId")) {
            errors.putIfAbsent("unit", RoleGrantChoices.unitMessage(new RoleGrant(form.role(), form.unit())));
        } else if (field.startsWith("roles")) {
            errors.putIfAbsent("role", field.endsWith(".role") ? "web.admin.users.error.role" : ERROR_INVALID);
        } else {
            errors.putIfAbsent(field, ERROR_INVALID);
        }
    }

    @PostMapping("/kantor/admin/pengguna/{id}/nonaktifkan")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        return switchAccount(id, false, redirect);
    }

    @PostMapping("/kantor/admin/pengguna/{id}/aktifkan")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        return switchAccount(id, true, redirect);
    }

    private String switchAccount(UUID id, boolean enabled, RedirectAttributes redirect) {
        var staff = requireAdmin(currentStaff.get());
        var account = administration.get(staff, id);
        try {
            if (enabled) {
                administration.enable(staff, id);
                redirect.addFlashAttribute("message", "web.admin.users.enabledNow");
            } else {
                administration.disable(staff, id);
                redirect.addFlashAttribute("message", "web.admin.users.disabledNow");
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problemMessage", "web.admin.users.notSelf");
        }
        return "redirect:/kantor/admin/pengguna"
                + (account.institutionId() == null || account.institutionId().equals(staff.institutionId())
                        ? ""
                        : "?institution=" + account.institutionId());
    }

    private String usersPage(
            StaffMember staff, UUID institutionId, UserForm form, Map<String, String> errors, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("institutionId", institutionId);
        model.addAttribute("accounts", administration.list(staff, institutionId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", GRANTABLE);
        model.addAttribute("unitsByRole", choices.unitsByRole(institutionId));
        model.addAttribute("mayCreate", institutionId != null);
        return "admin/users";
    }
}
