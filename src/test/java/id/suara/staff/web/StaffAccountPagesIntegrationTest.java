package id.suara.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.institution.Role;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffAccount;
import id.suara.staff.StaffAdministration;
import id.suara.staff.StaffMember;
import id.suara.test.SuaraIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One staff account's page: administrators see it, change its roles and reset its password, as the API would. */
@SuaraIntegrationTest
class StaffAccountPagesIntegrationTest {

    static final String FIRST_PASSWORD = "kata-sandi-panjang-sekali";
    static final String NEW_PASSWORD = "sandi-pengganti-yang-baru-7";

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAdministration administration;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession signIn(String username) throws Exception {
        var session = trySignIn(username, "suara-demo");
        if (session == null) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return session;
    }

    /** The session of a sign-in through the login form, or null when it failed. */
    MockHttpSession trySignIn(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        var redirect = result.getResponse().getRedirectedUrl();
        return redirect == null || redirect.contains("error")
                ? null
                : (MockHttpSession) result.getRequest().getSession(false);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return perform(get(url, vars).session(session));
    }

    MvcResult changeRoles(MockHttpSession session, UUID id, String... grants) throws Exception {
        return perform(post("/kantor/admin/pengguna/{id}/peran", id)
                .session(session)
                .with(csrf())
                .param("grant", grants));
    }

    MvcResult resetPassword(MockHttpSession session, UUID id, String password, String confirmation) throws Exception {
        return perform(post("/kantor/admin/pengguna/{id}/kata-sandi", id)
                .session(session)
                .with(csrf())
                .param("newPassword", password)
                .param("confirmPassword", confirmation));
    }

    UUID institutionId(String code) {
        return institutions.findByCode(code).orElseThrow().id();
    }

    UUID unitId(String institutionCode, String unitCode) {
        return institutions
                .findUnit(institutionId(institutionCode), unitCode)
                .orElseThrow()
                .id();
    }

    /** The demo system administrator, to read accounts through the domain. */
    StaffMember sysadmin() {
        var id = jdbc.sql("select id from staff_account where username = 'sysadmin'")
                .query(UUID.class)
                .single();
        return new StaffMember(id, null, "sysadmin", "System", Set.of(new RoleGrant(Role.SYSTEM_ADMIN, null)));
    }

    StaffAccount account(String username) {
        return administration.list(sysadmin(), null).stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    StaffAccount reread(StaffAccount account) {
        return administration.get(sysadmin(), account.id());
    }

    /** A new Kebumen officer account made through the users page, so tests do not change the demo accounts. */
    StaffAccount newKebumenOfficer(MockHttpSession admin) throws Exception {
        var username = "uji." + UUID.randomUUID().toString().substring(0, 8);
        var created = perform(post("/kantor/admin/pengguna")
                .session(admin)
                .with(csrf())
                .param("username", username)
                .param("displayName", "Petugas Uji")
                .param("password", FIRST_PASSWORD)
                .param("role", "OFFICER"));
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        return account(username);
    }

    /** The staff account changes audited for an account (not its sign-ins). */
    List<String> auditActions(UUID accountId) {
        return jdbc.sql("select action from audit_entry where subject_type = 'staff-account' and subject_id = ?"
                        + " and action like 'staff.%'"
                        + " order by seq")
                .param(accountId.toString())
                .query(String.class)
                .list();
    }

    @Test
    void theAccountPageShowsTheAccountAndItsUnitInIndonesianAndEnglish() throws Exception {
        var admin = signIn("kebumen.admin");
        var komisia = account("kebumen.komisia");

        var list = body(open(admin, "/kantor/admin/pengguna"));
        assertThat(list).contains("href=\"/kantor/admin/pengguna/" + komisia.id() + "\"");

        var page = open(admin, "/kantor/admin/pengguna/{id}", komisia.id());
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("<h1>Akun kebumen.komisia</h1>", "Anggota Komisi A", "Sekretariat DPRD Kabupaten Kebumen")
                .contains("Terakhir masuk", "Alat kelengkapan DPRD", "Komisi A (Pemerintahan)", "Ubah peran")
                .contains("value=\"ORGAN_MEMBER@" + unitId("dprd-kebumen", "komisi-a") + "\" checked=\"checked\"")
                .contains("autocomplete=\"new-password\"", "name=\"_csrf\"");

        var english = body(open(admin, "/kantor/admin/pengguna/{id}?lang=en", komisia.id()));
        assertThat(english)
                .contains("<h1>Account kebumen.komisia</h1>", "Last signed in", "Change roles", "Reset the password");
    }

    @Test
    void anAdministratorChangesTheRolesAndTheSameAuditEntryAsTheApiIsRecorded() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);
        var komisiB = unitId("dprd-kebumen", "komisi-b");

        var changed = changeRoles(admin, account.id(), "OFFICER", "AUDITOR", "ORGAN_MEMBER@" + komisiB);

        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/pengguna/" + account.id());
        assertThat(changed.getFlashMap().get("message")).isEqualTo("web.admin.account.rolesChanged");
        assertThat(reread(account).roles())
                .containsExactlyInAnyOrder(
                        new RoleGrant(Role.OFFICER, null),
                        new RoleGrant(Role.AUDITOR, null),
                        new RoleGrant(Role.ORGAN_MEMBER, komisiB));
        assertThat(auditActions(account.id())).containsExactly("staff.created", "staff.roles-changed");
        assertThat(body(open(admin, "/kantor/admin/pengguna/{id}", account.id())))
                .contains("Pengawas", "Komisi B (Perekonomian dan Keuangan)");
    }

    @Test
    void aUnitBoundRoleWithoutAUnitIsRefusedOnItsFieldsetAndTheRolesStay() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);

        var refused = changeRoles(admin, account.id(), "OFFICER", "ORGAN_MEMBER");

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"roles-ORGAN_MEMBER-error\"", "Peran ini bertindak bagi satu unit")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"roles-ORGAN_MEMBER-error\"")
                .contains("Periksa isian formulir berikut.");
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
        assertThat(auditActions(account.id())).containsExactly("staff.created");
    }

    @Test
    void aUnitOfAnotherInstitutionIsRefused() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);
        var pekalonganKomisiA = unitId("setwan-pekalongan", "komisi-a");

        var refused = changeRoles(admin, account.id(), "ORGAN_MEMBER@" + pekalonganKomisiA);

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("id=\"roles-ORGAN_MEMBER-error\"", "Pilih unit lembaga ini");
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
    }

    @Test
    void anEmptyRoleSetIsRefusedAndTheCheckedBoxesAreKept() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);

        var empty = perform(post("/kantor/admin/pengguna/{id}/peran", account.id())
                .session(admin)
                .with(csrf()));
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(empty)).contains("id=\"roles-error\"", "Pilih paling sedikit satu peran");
        // no role box is ticked (the page's notice preference is a radio choice of its own)
        assertThat(body(empty)).doesNotContainPattern("name=\"grant\"[^>]*checked=\"checked\"");

        var nonsense = changeRoles(admin, account.id(), "AUDITOR", "NOT_A_ROLE");
        assertThat(nonsense.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(nonsense)).contains("id=\"roles-error\"").containsPattern("value=\"AUDITOR\"[^>]*checked");
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRole() throws Exception {
        var admin = signIn("kebumen.admin");
        var self = account("kebumen.admin");

        var refused = changeRoles(admin, self.id(), "OFFICER");

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("Anda tidak dapat mencabut peran administrator Anda sendiri");
        assertThat(reread(self).roles()).containsExactly(new RoleGrant(Role.INSTITUTION_ADMIN, null));
        assertThat(body(open(admin, "/kantor/admin/pengguna/{id}", self.id())))
                .as("no password reset form on one's own account")
                .doesNotContain("/kata-sandi");
    }

    @Test
    void aPasswordResetLetsTheUserSignInWithTheNewPasswordAndNotTheOld() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);

        var reset = resetPassword(admin, account.id(), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(reset.getResponse().getStatus()).isEqualTo(302);
        assertThat(reset.getFlashMap().get("message")).isEqualTo("web.admin.account.passwordReset");
        assertThat(trySignIn(account.username(), FIRST_PASSWORD)).isNull();
        assertThat(trySignIn(account.username(), NEW_PASSWORD)).isNotNull();
        assertThat(auditActions(account.id())).containsExactly("staff.created", "staff.password-reset");
    }

    @Test
    void mismatchedPasswordsAreRefusedWithoutEchoingThem() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);

        var mismatch = resetPassword(admin, account.id(), NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(mismatch.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(mismatch))
                .contains("id=\"confirmPassword-error\"", "Kedua kata sandi tidak sama")
                .contains("aria-describedby=\"confirmPassword-error\"")
                .doesNotContain(NEW_PASSWORD);
        assertThat(trySignIn(account.username(), FIRST_PASSWORD)).isNotNull();
    }

    @Test
    void aPasswordAgainstTheRulesIsShownWithTheRules() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);
        var withUsername = account.username() + "-rahasia";

        var tooShort = resetPassword(admin, account.id(), "pendek", "pendek");
        var containsUsername = resetPassword(admin, account.id(), withUsername, withUsername);

        for (var refused : List.of(tooShort, containsUsername)) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat(body(refused)).contains("id=\"newPassword-error\"", "Kata sandi minimal 12 karakter");
        }
        assertThat(body(containsUsername)).doesNotContain(withUsername);
        assertThat(auditActions(account.id())).containsExactly("staff.created");
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var umum = signIn("kebumen.umum");
        var account = account("kebumen.petugas");

        assertThat(open(umum, "/kantor/admin/pengguna/{id}", account.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(changeRoles(umum, account.id(), "AUDITOR").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(resetPassword(umum, account.id(), NEW_PASSWORD, NEW_PASSWORD)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
    }

    @Test
    void anotherInstitutionsAdministratorCannotSeeOrChangeAKebumenAccount() throws Exception {
        var account = newKebumenOfficer(signIn("kebumen.admin"));
        var pekalongan = signIn("pekalongan.admin");

        assertThat(open(pekalongan, "/kantor/admin/pengguna/{id}", account.id())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(changeRoles(pekalongan, account.id(), "AUDITOR")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(resetPassword(pekalongan, account.id(), NEW_PASSWORD, NEW_PASSWORD)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
        assertThat(trySignIn(account.username(), FIRST_PASSWORD)).isNotNull();
    }

    @Test
    void aSystemAdministratorManagesAKebumenAccount() throws Exception {
        var account = newKebumenOfficer(signIn("kebumen.admin"));
        var sysadmin = signIn("sysadmin");

        var page = open(sysadmin, "/kantor/admin/pengguna/{id}", account.id());
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page))
                .contains("href=\"/kantor/admin/pengguna?institution=" + institutionId("dprd-kebumen") + "\"");

        var changed = changeRoles(sysadmin, account.id(), "GENERAL_AFFAIRS");
        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.GENERAL_AFFAIRS, null));
        assertThat(resetPassword(sysadmin, account.id(), NEW_PASSWORD, NEW_PASSWORD)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(trySignIn(account.username(), NEW_PASSWORD)).isNotNull();
    }

    @Test
    void anUnknownAccountIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
        var admin = signIn("kebumen.admin");

        var unknown = open(admin, "/kantor/admin/pengguna/{id}", UUID.randomUUID());
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown)).contains("Tidak ditemukan");
        assertThat(changeRoles(admin, UUID.randomUUID(), "OFFICER")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(open(admin, "/kantor/admin/pengguna/bukan-uuid")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void formsPostedWithoutTheCsrfTokenAreRefused() throws Exception {
        var admin = signIn("kebumen.admin");
        var account = newKebumenOfficer(admin);

        var roles = perform(post("/kantor/admin/pengguna/{id}/peran", account.id())
                .session(admin)
                .param("grant", "AUDITOR"));
        var password = perform(post("/kantor/admin/pengguna/{id}/kata-sandi", account.id())
                .session(admin)
                .param("newPassword", NEW_PASSWORD)
                .param("confirmPassword", NEW_PASSWORD));

        assertThat(roles.getResponse().getStatus()).isEqualTo(403);
        assertThat(password.getResponse().getStatus()).isEqualTo(403);
        assertThat(reread(account).roles()).containsExactly(new RoleGrant(Role.OFFICER, null));
        assertThat(auditActions(account.id())).containsExactly("staff.created");
    }

    @Test
    void theCreateFormGivesAUnitBoundRoleWithAUnitOfThisInstitutionOnly() throws Exception {
        var admin = signIn("kebumen.admin");
        var komisiC = unitId("dprd-kebumen", "komisi-c");
        var pekalonganKomisiC = unitId("setwan-pekalongan", "komisi-c");

        var created = create(admin, "ORGAN_MEMBER", komisiC.toString());
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(account(created.getFlashMap().get("createdUsername").toString())
                        .roles())
                .containsExactly(new RoleGrant(Role.ORGAN_MEMBER, komisiC));

        var withoutUnit = create(admin, "ORGAN_MEMBER", "");
        var unitForOfficer = create(admin, "OFFICER", komisiC.toString());
        var foreignUnit = create(admin, "ORGAN_MEMBER", pekalonganKomisiC.toString());
        assertThat(body(withoutUnit)).contains("Peran ini bertindak bagi satu unit");
        assertThat(body(unitForOfficer)).contains("Peran ini tidak terikat pada unit");
        assertThat(body(foreignUnit)).contains("Pilih unit lembaga ini");
        for (var refused : List.of(withoutUnit, unitForOfficer, foreignUnit)) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat(body(refused)).contains("id=\"unit-error\"", "aria-describedby=\"unit-hint unit-error\"");
            var username = refused.getRequest().getParameter("username");
            assertThat(administration.list(sysadmin(), null))
                    .noneMatch(a -> a.username().equals(username));
        }
        assertThat(body(unitForOfficer)).contains("value=\"" + komisiC + "\" selected=\"selected\"");
    }

    MvcResult create(MockHttpSession admin, String role, String unit) throws Exception {
        return perform(post("/kantor/admin/pengguna")
                .session(admin)
                .with(csrf())
                .param("username", "uji." + UUID.randomUUID().toString().substring(0, 8))
                .param("displayName", "Anggota Uji")
                .param("password", FIRST_PASSWORD)
                .param("role", role)
                .param("unit", unit));
    }
}
