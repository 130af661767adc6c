package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.suara.institution.Role;
import id.suara.shared.InvalidInputException;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Administrators manage staff accounts through the API: each rule across two institutions, as Kebumen's institution
 * administrator, Pekalongan's, the system administrator and a Kebumen officer.
 */
@SuaraIntegrationTest
@RecordApplicationEvents
class StaffAdministrationIntegrationTest {

    private static final String NEW_PASSWORD = "Sembilan belas kata";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAdministration administration;

    // ---- listing ---------------------------------------------------------------------------------------------------

    @Test
    void institutionAdministratorListsTheAccountsOfTheirOwnInstitutionOnly() {
        var own = list("kebumen.admin", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(usernames(own))
                .contains("kebumen.petugas", "kebumen.admin")
                .doesNotContain("pekalongan.admin", "sysadmin");
        assertThat(own.<String>get("accounts.0.institutionId"))
                .isEqualTo(kebumen().toString());

        var explicit = list("kebumen.admin", kebumen());
        assertThat(usernames(explicit)).contains("kebumen.petugas");
        assertThat(list("kebumen.admin", pekalongan()).status()).isEqualTo(403);
        assertThat(list("pekalongan.admin", kebumen()).status()).isEqualTo(403);
    }

    @Test
    void listsEachAccountWithItsRolesAndUnits() {
        var komisiA = api.unit("dprd-kebumen", "komisi-a");
        var kebumenAccounts = accountsByName(list("kebumen.admin", null));
        @SuppressWarnings("unchecked")
        var roles = (List<Map<String, Object>>)
                kebumenAccounts.get("kebumen.komisia").get("roles");
        assertThat(roles).containsExactly(Map.of("role", "ORGAN_MEMBER", "unitId", komisiA.toString()));
        assertThat(kebumenAccounts.get("kebumen.petugas")).containsEntry("enabled", true);
        assertThat(kebumenAccounts.get("kebumen.petugas")).doesNotContainKey("passwordHash");
    }

    @Test
    void systemAdministratorListsAnyInstitutionOrAllAccounts() {
        assertThat(usernames(list("sysadmin", pekalongan())))
                .contains("pekalongan.admin")
                .doesNotContain("kebumen.admin");
        assertThat(usernames(list("sysadmin", null))).contains("pekalongan.admin", "kebumen.admin", "sysadmin");
    }

    @Test
    void officersAndTheAnonymousCannotListAccounts() {
        assertThat(list("kebumen.petugas", null).status()).isEqualTo(403);
        assertThat(list("kebumen.auditor", kebumen()).status()).isEqualTo(403);
        assertThat(api.send(get("/api/v1/staff")).status()).isEqualTo(401);
    }

    // ---- creating --------------------------------------------------------------------------------------------------

    @Test
    void createsAnAccountThatSignsInAndActsWithItsRoles() {
        var username = newUsername();
        var created = create("kebumen.admin", account(kebumen(), username, grant("OFFICER", null)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/staff/" + created.get("id"));
        assertThat(created.<String>get("username")).isEqualTo(username);
        assertThat(created.<String>get("roles.0.role")).isEqualTo("OFFICER");

        var me = accounts.signIn(username, TestAccounts.PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.<String>get("institutionId")).isEqualTo(kebumen().toString());
        // An officer administers nobody ...
        assertThat(api.send(TestAccounts.basic(username, TestAccounts.PASSWORD, get("/api/v1/staff")))
                        .status())
                .isEqualTo(403);
        // ... until made the institution's administrator, which takes effect at once.
        var promoted = changeRoles(
                "kebumen.admin", created.get("id"), grant("OFFICER", null), grant("INSTITUTION_ADMIN", null));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(api.send(TestAccounts.basic(username, TestAccounts.PASSWORD, get("/api/v1/staff")))
                        .status())
                .isEqualTo(200);

        assertThat(changes(UUID.fromString(created.get("id")))).containsExactly("created", "roles-changed");
        var roleChange = event(UUID.fromString(created.get("id")), "roles-changed");
        assertThat(roleChange.actorName()).isEqualTo("kebumen.admin");
        assertThat(roleChange.details())
                .containsEntry("before", "OFFICER")
                .containsEntry("after", "OFFICER, INSTITUTION_ADMIN");
    }

    @Test
    void grantsAnOrganMembershipForAUnitOfTheSameInstitution() {
        var komisiB = api.unit("dprd-kebumen", "komisi-b");
        var created = create("kebumen.admin", account(kebumen(), newUsername(), grant("ORGAN_MEMBER", komisiB)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>get("roles.0.unitId")).isEqualTo(komisiB.toString());
    }

    @Test
    void namesEveryInvalidFieldOfANewAccount() {
        var body = account(kebumen(), "AB", grant("ORGAN_MEMBER", null));
        body.put("displayName", " ");
        body.put("password", "pendek");
        var refused = create("kebumen.admin", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("username", "displayName");

        var shortPassword = account(kebumen(), newUsername(), grant("ORGAN_MEMBER", null));
        shortPassword.put("password", "sebelas-hur");
        var both = create("kebumen.admin", shortPassword);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorFields()).containsExactlyInAnyOrder("roles[0].unitId", "password");

        var username = newUsername();
        var containsName = account(kebumen(), username, grant("OFFICER", null));
        containsName.put("password", "rahasia-" + username);
        assertThat(create("kebumen.admin", containsName).errorFields()).containsExactly("password");

        var tooLong = account(kebumen(), newUsername(), grant("OFFICER", null));
        tooLong.put("password", "é".repeat(40));
        assertThat(create("kebumen.admin", tooLong).errorFields()).containsExactly("password");
    }

    @Test
    void refusesADisplayNameLongerThanItsColumnNamingTheField() {
        var username = newUsername();
        var body = account(kebumen(), username, grant("OFFICER", null));
        body.put("displayName", "N".repeat(150));
        var refused = create("kebumen.admin", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("displayName");
        assertThat(jdbc.sql("select count(*) from staff_account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdministrationServiceItselfRefusesADisplayNameLongerThanItsColumn() {
        var admin = accounts.create("dprd-kebumen", Role.INSTITUTION_ADMIN);
        var account = new NewStaffAccount(
                kebumen(), newUsername(), "N".repeat(150), NEW_PASSWORD, List.of(new RoleGrant(Role.OFFICER, null)));
        assertThatThrownBy(() -> administration.create(admin, account))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("displayName"));
    }

    @Test
    void refusesRolesThatNoStaffMemberCanHoldOrThatNameTheWrongUnit() {
        var pekalonganKomisi = api.unit("setwan-pekalongan", "komisi-a");
        var kebumenDivision = api.unit("dprd-kebumen", "bagian-umum");
        var refused = create(
                "kebumen.admin",
                account(
                        kebumen(),
                        newUsername(),
                        grant("COMPLAINANT", null),
                        grant("SYSTEM", null),
                        grant("ORGAN_MEMBER", pekalonganKomisi),
                        grant("ORGAN_MEMBER", kebumenDivision),
                        grant("OFFICER", kebumenDivision),
                        grant("LIAISON_OFFICER", null),
                        grant("OFFICER", null),
                        grant("OFFICER", null)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactly(
                        "roles[0].role",
                        "roles[1].role",
                        "roles[2].unitId",
                        "roles[3].unitId",
                        "roles[4].unitId",
                        "roles[5].unitId",
                        "roles[7]");

        var unknownRole = create("kebumen.admin", account(kebumen(), newUsername(), grant("WIZARD", null)));
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFields()).containsExactly("roles[0].role");

        var noRoles = create("kebumen.admin", account(kebumen(), newUsername()));
        assertThat(noRoles.errorFields()).containsExactly("roles");

        var missingRole = create("kebumen.admin", account(kebumen(), newUsername(), grant(null, null)));
        assertThat(missingRole.errorFields()).containsExactly("roles[0].role");
    }

    @Test
    void refusesATakenUsernameWithConflict() {
        var taken = create("kebumen.admin", account(kebumen(), "kebumen.petugas", grant("OFFICER", null)));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.errorFields()).containsExactly("username");
    }

    @Test
    void institutionAdministratorCreatesAccountsOnlyInTheirOwnInstitution() {
        assertThat(create("pekalongan.admin", account(kebumen(), newUsername(), grant("OFFICER", null)))
                        .status())
                .isEqualTo(403);
        assertThat(create("pekalongan.admin", account(null, newUsername(), grant("SYSTEM_ADMIN", null)))
                        .status())
                .isEqualTo(403);
        assertThat(create("pekalongan.admin", account(pekalongan(), newUsername(), grant("OFFICER", null)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void officersCannotCreateAccounts() {
        assertThat(create("kebumen.petugas", account(kebumen(), newUsername(), grant("OFFICER", null)))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void onlyTheSystemAdministratorGrantsSystemAdministration() {
        assertThat(create("kebumen.admin", account(kebumen(), newUsername(), grant("SYSTEM_ADMIN", null)))
                        .status())
                .isEqualTo(403);
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        assertThat(changeRoles("kebumen.admin", officer.id(), grant("SYSTEM_ADMIN", null))
                        .status())
                .isEqualTo(403);

        var systemWide = create("sysadmin", account(null, newUsername(), grant("SYSTEM_ADMIN", null)));
        assertThat(systemWide.status()).isEqualTo(201);
        assertThat(systemWide.<String>get("institutionId")).isNull();
        var institutionLessOfficer = create("sysadmin", account(null, newUsername(), grant("OFFICER", null)));
        assertThat(institutionLessOfficer.errorFields()).containsExactly("roles[0].role");
    }

    @Test
    void systemAdministratorMakesAnInstitutionAdministratorOfAnyInstitution() {
        var username = newUsername();
        var created = create("sysadmin", account(pekalongan(), username, grant("INSTITUTION_ADMIN", null)));
        assertThat(created.status()).isEqualTo(201);
        var listed = api.send(TestAccounts.basic(username, TestAccounts.PASSWORD, get("/api/v1/staff")));
        assertThat(usernames(listed)).contains("pekalongan.admin").doesNotContain("kebumen.admin");
        assertThat(event(UUID.fromString(created.get("id")), "created").actorName())
                .isEqualTo("sysadmin");
    }

    // ---- managing another institution's accounts -------------------------------------------------------------------

    @Test
    void institutionAdministratorCannotTouchAnotherInstitutionsAccounts() {
        var kebumenOfficer = accounts.create("dprd-kebumen", Role.OFFICER);
        assertThat(changeRoles("pekalongan.admin", kebumenOfficer.id(), grant("AUDITOR", null))
                        .status())
                .isEqualTo(403);
        assertThat(action("pekalongan.admin", kebumenOfficer.id(), "disable").status())
                .isEqualTo(403);
        assertThat(action("pekalongan.admin", kebumenOfficer.id(), "enable").status())
                .isEqualTo(403);
        assertThat(reset("pekalongan.admin", kebumenOfficer.id(), NEW_PASSWORD).status())
                .isEqualTo(403);
        assertThat(api.send(Api.as("pekalongan.admin", get("/api/v1/staff/{id}", kebumenOfficer.id())))
                        .status())
                .isEqualTo(403);
        assertThat(accounts.signIn(kebumenOfficer.username(), TestAccounts.PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(changes(kebumenOfficer.id())).isEmpty();
    }

    @Test
    void officersCannotChangeRolesDisableOrResetPasswords() {
        var colleague = accounts.create("dprd-kebumen", Role.OFFICER);
        assertThat(changeRoles("kebumen.petugas", colleague.id(), grant("INSTITUTION_ADMIN", null))
                        .status())
                .isEqualTo(403);
        assertThat(action("kebumen.petugas", colleague.id(), "disable").status())
                .isEqualTo(403);
        assertThat(reset("kebumen.petugas", colleague.id(), NEW_PASSWORD).status())
                .isEqualTo(403);
    }

    @Test
    void institutionAdministratorCannotManageASystemAdministratorsAccount() {
        var created = create(
                "sysadmin", account(kebumen(), newUsername(), grant("SYSTEM_ADMIN", null), grant("OFFICER", null)));
        assertThat(created.status()).isEqualTo(201);
        UUID id = UUID.fromString(created.get("id"));
        assertThat(action("kebumen.admin", id, "disable").status()).isEqualTo(403);
        assertThat(reset("kebumen.admin", id, NEW_PASSWORD).status()).isEqualTo(403);
        assertThat(changeRoles("kebumen.admin", id, grant("OFFICER", null)).status())
                .isEqualTo(403);
        assertThat(action("sysadmin", id, "disable").status()).isEqualTo(200);
    }

    @Test
    void unitsMustBelongToTheAccountsInstitutionWhenRolesChange() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        var pekalonganKomisi = api.unit("setwan-pekalongan", "komisi-a");
        var refused =
                changeRoles("sysadmin", officer.id(), grant("OFFICER", null), grant("ORGAN_MEMBER", pekalonganKomisi));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("roles[1].unitId");
        assertThat(changeRoles("kebumen.admin", UUID.randomUUID(), grant("OFFICER", null))
                        .status())
                .isEqualTo(404);
    }

    // ---- protecting administrators from themselves ----------------------------------------------------------------

    @Test
    void nobodyDisablesThemselves() {
        var admin = accounts.create("dprd-kebumen", Role.INSTITUTION_ADMIN);
        var refused = api.send(TestAccounts.basic(
                admin.username(), TestAccounts.PASSWORD, post("/api/v1/staff/{id}/disable", admin.id())));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("id");
        var system = accounts.create(null, Role.SYSTEM_ADMIN);
        assertThat(api.send(TestAccounts.basic(
                                system.username(),
                                TestAccounts.PASSWORD,
                                post("/api/v1/staff/{id}/disable", system.id())))
                        .status())
                .isEqualTo(422);
        assertThat(accounts.signIn(admin.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void nobodyRemovesTheirOwnAdministratorRole() {
        var admin = accounts.create("dprd-kebumen", Role.INSTITUTION_ADMIN, Role.OFFICER);
        var refused = api.send(TestAccounts.basic(
                admin.username(),
                TestAccounts.PASSWORD,
                put("/api/v1/staff/{id}/roles", admin.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("roles", List.of(grant("OFFICER", null)))))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("roles");

        var keepsAdmin = api.send(TestAccounts.basic(
                admin.username(),
                TestAccounts.PASSWORD,
                put("/api/v1/staff/{id}/roles", admin.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("roles", List.of(grant("INSTITUTION_ADMIN", null)))))));
        assertThat(keepsAdmin.status()).isEqualTo(200);

        var system = accounts.create("dprd-kebumen", Role.SYSTEM_ADMIN, Role.OFFICER);
        var systemRefused = api.send(TestAccounts.basic(
                system.username(),
                TestAccounts.PASSWORD,
                put("/api/v1/staff/{id}/roles", system.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("roles", List.of(grant("OFFICER", null)))))));
        assertThat(systemRefused.status()).isEqualTo(422);
        assertThat(systemRefused.errorFields()).containsExactly("roles");
    }

    // ---- disabling, enabling, passwords ----------------------------------------------------------------------------

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        var disabled = action("kebumen.admin", officer.id(), "disable");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.<Boolean>get("enabled")).isFalse();

        var refused = accounts.signIn(officer.username(), TestAccounts.PASSWORD);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.<String>get("detail")).isEqualTo(ProblemAuthenticationEntryPoint.UNAUTHENTICATED);

        assertThat(action("kebumen.admin", officer.id(), "disable").status()).isEqualTo(200);
        assertThat(action("kebumen.admin", officer.id(), "enable").<Boolean>get("enabled"))
                .isTrue();
        assertThat(accounts.signIn(officer.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(200);
        assertThat(changes(officer.id())).containsExactly("disabled", "enabled");
    }

    @Test
    void anAdministratorsPasswordResetReplacesTheOldPasswordAndLiftsALockout() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        for (int i = 0; i < 5; i++) {
            accounts.signIn(officer.username(), "salah salah salah");
        }
        assertThat(accounts.signIn(officer.username(), TestAccounts.PASSWORD).<String>get("detail"))
                .contains("temporarily locked");

        assertThat(reset("kebumen.admin", officer.id(), "pendek").errorFields()).containsExactly("newPassword");
        assertThat(reset("kebumen.admin", officer.id(), NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(accounts.signIn(officer.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(401);
        assertThat(accounts.signIn(officer.username(), NEW_PASSWORD).status()).isEqualTo(200);

        var reset = event(officer.id(), "password-reset");
        assertThat(reset.actorName()).isEqualTo("kebumen.admin");
        assertThat(reset.details()).containsEntry("lockLifted", true);
        assertThat(reset.details().values()).noneMatch(v -> String.valueOf(v).contains(NEW_PASSWORD));
    }

    @Test
    void administratorsChangeTheirOwnPasswordWithTheCurrentOneNotByReset() {
        var admin = accounts.create("dprd-kebumen", Role.INSTITUTION_ADMIN);
        var refused = api.send(TestAccounts.basic(
                admin.username(),
                TestAccounts.PASSWORD,
                post("/api/v1/staff/{id}/password", admin.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("newPassword", NEW_PASSWORD)))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("id");
    }

    @Test
    void changingOnesOwnPasswordRequiresTheCurrentOne() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        var wrongCurrent = changeOwnPassword(officer.username(), TestAccounts.PASSWORD, "bukan ini", NEW_PASSWORD);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.errorFields()).containsExactly("currentPassword");
        var tooShort = changeOwnPassword(officer.username(), TestAccounts.PASSWORD, TestAccounts.PASSWORD, "pendek");
        assertThat(tooShort.errorFields()).containsExactly("newPassword");
        var same = changeOwnPassword(
                officer.username(), TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD);
        assertThat(same.errorFields()).containsExactly("newPassword");
        assertThat(changes(officer.id())).isEmpty();

        var changed = changeOwnPassword(officer.username(), TestAccounts.PASSWORD, TestAccounts.PASSWORD, NEW_PASSWORD);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(accounts.signIn(officer.username(), TestAccounts.PASSWORD).status())
                .isEqualTo(401);
        assertThat(accounts.signIn(officer.username(), NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(changes(officer.id())).containsExactly("password-changed");
        assertThat(event(officer.id(), "password-changed").actorId()).isEqualTo(officer.id());
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedSignIn() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        changeOwnPassword(officer.username(), TestAccounts.PASSWORD, "tebakan", NEW_PASSWORD);
        // The request itself signed in with the right password (which restarts the count); the guess then counted.
        assertThat(jdbc.sql("select failed_attempts from staff_account where id = ?")
                        .param(officer.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theBasicApiNeedsNoCsrfToken() {
        var officer = accounts.create("dprd-kebumen", Role.OFFICER);
        assertThat(action("kebumen.admin", officer.id(), "enable").status()).isEqualTo(200);
    }

    // ---- helpers
    // -----------------------------------------------------------------------------------------------------

    private UUID kebumen() {
        return accounts.institution("dprd-kebumen");
    }

    private UUID pekalongan() {
        return accounts.institution("setwan-pekalongan");
    }

    private static String newUsername() {
        return "baru." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> grant(String role, UUID unitId) {
        var grant = new LinkedHashMap<String, Object>();
        grant.put("role", role);
        grant.put("unitId", unitId);
        return grant;
    }

    @SafeVarargs
    private static Map<String, Object> account(UUID institutionId, String username, Map<String, Object>... roles) {
        var body = new LinkedHashMap<String, Object>();
        body.put("institutionId", institutionId);
        body.put("username", username);
        body.put("displayName", "Pegawai Baru");
        body.put("password", TestAccounts.PASSWORD);
        body.put("roles", List.of(roles));
        return body;
    }

    private Api.Response list(String user, UUID institution) {
        var request = get("/api/v1/staff");
        if (institution != null) {
            request.param("institution", institution.toString());
        }
        return api.send(Api.as(user, request));
    }

    private Api.Response create(String user, Map<String, Object> body) {
        return api.send(Api.as(
                user,
                post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content(api.json(body))));
    }

    @SafeVarargs
    private Api.Response changeRoles(String user, Object accountId, Map<String, Object>... roles) {
        return api.send(Api.as(
                user,
                put("/api/v1/staff/{id}/roles", accountId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("roles", List.of(roles))))));
    }

    private Api.Response action(String user, UUID accountId, String action) {
        return api.send(Api.as(user, post("/api/v1/staff/{id}/" + action, accountId)));
    }

    private Api.Response reset(String user, UUID accountId, String newPassword) {
        return api.send(Api.as(
                user,
                post("/api/v1/staff/{id}/password", accountId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("newPassword", newPassword)))));
    }

    private Api.Response changeOwnPassword(String user, String signInPassword, String current, String next) {
        return api.send(TestAccounts.basic(
                user,
                signInPassword,
                post("/api/v1/staff/me/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("currentPassword", current, "newPassword", next)))));
    }

    private List<String> changes(UUID accountId) {
        return events.stream(StaffAccountChanged.class)
                .filter(e -> e.accountId().equals(accountId))
                .map(StaffAccountChanged::change)
                .toList();
    }

    private StaffAccountChanged event(UUID accountId, String change) {
        return events.stream(StaffAccountChanged.class)
                .filter(e -> e.accountId().equals(accountId) && e.change().equals(change))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> usernames(Api.Response response) {
        var names = new ArrayList<String>();
        for (var account : (List<Map<String, Object>>) response.get("accounts")) {
            names.add((String) account.get("username"));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> accountsByName(Api.Response response) {
        var out = new LinkedHashMap<String, Map<String, Object>>();
        for (var account : (List<Map<String, Object>>) response.get("accounts")) {
            out.put((String) account.get("username"), account);
        }
        return out;
    }
}
