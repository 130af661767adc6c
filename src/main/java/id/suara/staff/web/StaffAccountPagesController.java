package id.suara.staff.web;

import id.suara.institution.Institution;
import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.shared.InvalidInputException;
import id.suara.shared.web.OfficePage;
import id.suara.shared.web.PageFormat;
import id.suara.shared.web.RefusedForms;
import id.suara.staff.CurrentStaff;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccount;
import id.suara.staff.StaffAdministration;
import id.suara.staff.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One staff account's page for administrators: what it is, its roles to change, and a password reset. */
@Controller
@OfficePage
class StaffAccountPagesController {

    private final StaffAdministration administration;
    private final CurrentStaff currentStaff;
    private final Institutions institutions;
    private final RoleGrantChoices choices;
    private final PageFormat pageFormat;
    private final id.suara.staff.StaffNoticeSettings noticeSettings;
    private final Clock clock;

    StaffAccountPagesController(
            StaffAdministration administration,
            CurrentStaff currentStaff,
            Institutions institutions,
            RoleGrantChoices choices,
            PageFormat pageFormat,
            id.suara.staff.StaffNoticeSettings noticeSettings,
            Clock clock) {
        this.pageFormat = pageFormat;
        this.noticeSettings = noticeSettings;
        this.clock = clock;
        this.administration = administration;
        this.currentStaff = currentStaff;
        this.institutions = institutions;
        this.choices = choices;
    }

    @GetMapping("/kantor/admin/pengguna/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        var staff = administrator();
        var account = administration.get(staff, id);
        return page(staff, account, held(account), Map.of(), locale, model);
    }

    @PostMapping("/kantor/admin/pengguna/{id}/peran")
    String changeRoles(
            @PathVariable UUID id,
            @RequestParam(name = "grant", required = false) List<String> values,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = administrator();
        var submitted = values == null ? List.<String>of() : values;
        var grants = submitted.stream().map(RoleGrantChoices::parse).toList();
        var errors = new LinkedHashMap<String, String>();
        if (grants.contains(null)) {
            errors.put("roles", "web.admin.users.error.invalid");
        } else if (grants.isEmpty()) {
            errors.put("roles", "web.admin.account.error.noRole");
        } else {
            try {
                administration.changeRoles(staff, id, grants);
                return saved(id, "web.admin.account.rolesChanged", redirect);
            } catch (InvalidInputException e) {
                roleErrors(e, grants, errors);
            }
        }
        RefusedForms.answer(response, model);
        return page(staff, administration.get(staff, id), Set.copyOf(submitted), errors, locale, model);
    }

    /** Puts the domain's refusal of {@code grants} on the fieldsets: a unit on its role's, the rest on the roles'. */
    private static void roleErrors(InvalidInputException e, List<RoleGrant> grants, Map<String, String> errors) {
        for (var error : e.errors()) {
            var grant = grantOf(error.field(), grants);
            if (grant != null && error.field().endsWith(".unitId")) {
                errors.putIfAbsent(
                        grant.role().boundToUnit() ? "roles." + grant.role() : "roles",
                        RoleGrantChoices.unitMessage(grant));
            } else if (error.field().equals("roles") && e.unprocessable()) {
                errors.putIfAbsent("roles", "web.admin.account.error.ownAdmin");
            } else {
                errors.putIfAbsent("roles", "web.admin.users.error.invalid");
            }
        }
    }

    /** The grant a field such as {@code roles[2].unitId} names, or null. */
    private static RoleGrant grantOf(String field, List<RoleGrant> grants) {
        if (!field.startsWith("roles[")) {
            return null;
        }
        var index = Integer.parseInt(field.substring("roles[".length(), field.indexOf(']')));
        return index < grants.size() ? grants.get(index) : null;
    }

    @PostMapping("/kantor/admin/pengguna/{id}/kata-sandi")
    String resetPassword(
            @PathVariable UUID id,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var staff = administrator();
        var errors = new LinkedHashMap<String, String>();
        var problem = "web.admin.form.invalid";
        if (newPassword == null || newPassword.isEmpty()) {
            errors.put("newPassword", "web.admin.users.error.password");
        } else if (!newPassword.equals(confirmPassword)) {
            errors.put("confirmPassword", "web.admin.account.error.mismatch");
        } else {
            try {
                administration.resetPassword(staff, id, newPassword);
                return saved(id, "web.admin.account.passwordReset", redirect);
            } catch (InvalidInputException e) {
                if (e.errors().stream().anyMatch(error -> error.field().equals("newPassword"))) {
                    errors.put("newPassword", "web.admin.users.error.password");
                } else {
                    problem = "web.admin.account.error.ownPassword";
                }
            }
        }
        RefusedForms.answer(response, model, problem);
        var account = administration.get(staff, id);
        return page(staff, account, held(account), errors, locale, model);
    }

    /** The account's grants as the role form's values. */
    private static Set<String> held(StaffAccount account) {
        return account.roles().stream().map(RoleGrantChoices::value).collect(Collectors.toSet());
    }

    private StaffMember administrator() {
        return StaffAdminPagesController.requireAdmin(currentStaff.get());
    }

    private static String saved(UUID id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/kantor/admin/pengguna/" + id;
    }

    private String page(
            StaffMember staff,
            StaffAccount account,
            Set<String> checked,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        var institution = account.institutionId() == null ? null : institutions.get(account.institutionId());
        var zone = zoneFor(institution, staff);
        model.addAttribute("staff", staff);
        model.addAttribute("account", account);
        model.addAttribute("institutionName", institution == null ? null : institution.name());
        model.addAttribute(
                "listQuery",
                account.institutionId() == null || account.institutionId().equals(staff.institutionId())
                        ? null
                        : account.institutionId());
        model.addAttribute("lastSignIn", at(account.lastLoginAt(), zone));
        model.addAttribute(
                "lockedUntil",
                account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())
                        ? at(account.lockedUntil(), zone)
                        : null);
        model.addAttribute("unitNames", choices.unitNames(account.institutionId()));
        model.addAttribute("offeredRoles", offeredRoles(staff));
        model.addAttribute("unitsByRole", choices.unitsByRole(account.institutionId()));
        model.addAttribute("checked", new HashSet<>(checked));
        model.addAttribute("errors", errors);
        model.addAttribute("mayResetPassword", !account.id().equals(staff.id()));
        model.addAttribute("noticeSettings", noticeSettings.get(account.id(), staff));
        model.addAttribute("preferences", id.suara.staff.NotificationPreference.values());
        return "admin/user";
    }

    /** The roles without a unit offered as checkboxes; a system administrator may also give their own role. */
    private static List<Role> offeredRoles(StaffMember staff) {
        var roles = new ArrayList<>(StaffAdminPagesController.GRANTABLE);
        if (staff.holds(Role.SYSTEM_ADMIN)) {
            roles.add(Role.SYSTEM_ADMIN);
        }
        return roles;
    }

    /** The account's institution's time zone; for an account without one, the administrator's (else UTC). */
    private ZoneId zoneFor(Institution institution, StaffMember staff) {
        if (institution != null) {
            return institution.zone();
        }
        return staff.institutionId() == null
                ? ZoneOffset.UTC
                : institutions.get(staff.institutionId()).zone();
    }

    /** An instant as staff read it, e.g. "23 Nov 2026 14.05 WIB"; null for none. */
    private String at(Instant instant, ZoneId zone) {
        return instant == null ? null : pageFormat.shortDateTime(instant, zone);
    }
}
