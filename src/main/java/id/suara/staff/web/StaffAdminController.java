package id.suara.staff.web;

import id.suara.staff.CurrentStaff;
import id.suara.staff.NewStaffAccount;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccount;
import id.suara.staff.StaffAdministration;
import id.suara.staff.StaffNoticeSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts and their roles, managed by institution and system administrators; one's own password. */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff administration", description = "Accounts, roles, disabling, password resets (administrators)")
class StaffAdminController {

    private final StaffAdministration administration;
    private final CurrentStaff currentStaff;
    private final StaffNoticeSettings noticeSettings;

    StaffAdminController(
            StaffAdministration administration, CurrentStaff currentStaff, StaffNoticeSettings noticeSettings) {
        this.administration = administration;
        this.currentStaff = currentStaff;
        this.noticeSettings = noticeSettings;
    }

    /** An account's e-mail address (blank: none) and how it hears of its cases: IMMEDIATE, DIGEST or NONE. */
    record NoticeSettingsRequest(String email, String preference) {}

    /** The roles an account is to hold, each checked by the rules of {@link RoleGrant}. */
    record RolesRequest(@NotEmpty List<@NotNull @Valid RoleGrant> roles) {}

    record PasswordResetRequest(@NotNull String newPassword) {}

    record PasswordChangeRequest(
            @NotNull String currentPassword, @NotNull String newPassword) {}

    /** A list of accounts. */
    record Accounts(List<StaffAccount> accounts) {}

    @GetMapping
    @Operation(
            summary =
                    "The staff accounts of an institution with their roles (system administrators: all when left out)")
    Accounts list(@RequestParam(required = false) UUID institution) {
        return new Accounts(administration.list(currentStaff.get(), institution));
    }

    @GetMapping("/me")
    @Operation(summary = "Your own account and roles (every staff member)")
    StaffAccount me() {
        return administration.me(currentStaff.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff account")
    StaffAccount get(@PathVariable UUID id) {
        return administration.get(currentStaff.get(), id);
    }

    @PostMapping
    @Operation(summary = "Create an account with an initial password (at least 12 characters) and its roles")
    ResponseEntity<StaffAccount> create(@Valid @RequestBody NewStaffAccount request) {
        var account = administration.create(currentStaff.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/staff/" + account.id()))
                .body(account);
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace an account's roles")
    StaffAccount changeRoles(@PathVariable UUID id, @Valid @RequestBody RolesRequest request) {
        return administration.changeRoles(currentStaff.get(), id, request.roles());
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in, and its web sessions end")
    StaffAccount disable(@PathVariable UUID id) {
        return administration.disable(currentStaff.get(), id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    StaffAccount enable(@PathVariable UUID id) {
        return administration.enable(currentStaff.get(), id);
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Set a new password for someone else's account (e.g. forgotten); also lifts a lockout")
    ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordResetRequest request) {
        administration.resetPassword(currentStaff.get(), id, request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/notices")
    @Operation(summary = "Your own e-mail address and notice preference (IMMEDIATE, DIGEST, NONE)")
    StaffNoticeSettings.Settings myNotices() {
        var me = currentStaff.get();
        return noticeSettings.get(me.id(), me);
    }

    @PutMapping("/me/notices")
    @Operation(summary = "Change your own e-mail address and notice preference")
    StaffNoticeSettings.Settings changeMyNotices(@RequestBody NoticeSettingsRequest request) {
        var me = currentStaff.get();
        return noticeSettings.update(me.id(), request.email(), request.preference(), me);
    }

    @GetMapping("/{id}/notices")
    @Operation(summary = "An account's e-mail address and notice preference (its administrator)")
    StaffNoticeSettings.Settings notices(@PathVariable UUID id) {
        return noticeSettings.get(id, currentStaff.get());
    }

    @PutMapping("/{id}/notices")
    @Operation(summary = "Change an account's e-mail address and notice preference (its administrator)")
    StaffNoticeSettings.Settings changeNotices(@PathVariable UUID id, @RequestBody NoticeSettingsRequest request) {
        return noticeSettings.update(id, request.email(), request.preference(), currentStaff.get());
    }

    @PostMapping("/me/password")
    @Operation(summary = "Change your own password, giving the current one")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChangeRequest request) {
        administration.changeOwnPassword(currentStaff.get(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
