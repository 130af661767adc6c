package id.suara.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administration pages as an institution administrator uses them, signed in through the login form. */
@SuaraIntegrationTest
class AdminPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Institutions institutions;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession signIn(String username) throws Exception {
        return new OfficeBrowser(mvc).signIn(username);
    }

    static String body(MvcResult result) throws Exception {
        return OfficeBrowser.body(result);
    }

    MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return new OfficeBrowser(mvc).open(session, url, vars);
    }

    UUID institutionId(String slug) {
        return institutions.findByCode(slug).orElseThrow().id();
    }

    @Test
    void thePagesRenderForTheAdministratorInBothLanguages() throws Exception {
        var admin = signIn("kebumen.admin");

        var index = open(admin, "/kantor/admin");
        assertThat(index.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(index)).contains("Administrasi", "/kantor/admin/pengguna");
        var users = open(admin, "/kantor/admin/pengguna");
        assertThat(users.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(users)).contains("Pengguna dan peran", "kebumen.umum", "Buat akun", "name=\"_csrf\"");
        assertThat(body(users)).doesNotContain("pekalongan.admin");

        assertThat(body(open(admin, "/kantor/admin?lang=en"))).contains("Administration", "What you can manage");
        assertThat(body(open(admin, "/kantor/admin/pengguna?lang=en")))
                .contains("Users and roles", "Create account", "kebumen.umum");
    }

    @Test
    void theAdministrationLinkIsOfferedOnlyToAdministrators() throws Exception {
        assertThat(body(open(signIn("kebumen.admin"), "/kantor"))).contains("href=\"/kantor/admin\"");
        assertThat(body(open(signIn("kebumen.umum"), "/kantor"))).doesNotContain("href=\"/kantor/admin\"");
        var refused = open(signIn("kebumen.umum"), "/kantor/admin");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(refused)).doesNotContain("href=\"/kantor/admin\"");
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefused() throws Exception {
        var umum = signIn("kebumen.umum");
        var index = open(umum, "/kantor/admin");
        assertThat(index.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(index)).contains("Tidak diizinkan");
        assertThat(open(umum, "/kantor/admin/pengguna").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anotherInstitutionsAdministratorCannotReachKebumensPages() throws Exception {
        var pekalongan = signIn("pekalongan.admin");
        var kebumen = institutionId("dprd-kebumen");
        assertThat(open(pekalongan, "/kantor/admin/pengguna?institution={id}", kebumen)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var created = mvc.perform(post("/kantor/admin/pengguna")
                        .session(pekalongan)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("institution", kebumen.toString())
                        .param(
                                "username",
                                "penyusup." + UUID.randomUUID().toString().substring(0, 6))
                        .param("displayName", "Penyusup")
                        .param("password", "kata-sandi-panjang-sekali")
                        .param("role", "OFFICER"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void creatingAUserThroughTheFormWorksAndABadUsernameIsShownOnTheField() throws Exception {
        var admin = signIn("kebumen.admin");
        var username = "petugas." + UUID.randomUUID().toString().substring(0, 8);

        var created = mvc.perform(
                        post("/kantor/admin/pengguna")
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", username)
                                .param("displayName", "Petugas Baru")
                                .param("password", "kata-sandi-panjang-sekali")
                                .param("role", "OFFICER"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/pengguna");
        assertThat(body(open(admin, "/kantor/admin/pengguna"))).contains(username, "Petugas Baru");

        var bad = mvc.perform(
                        post("/kantor/admin/pengguna")
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", "Bukan Nama!")
                                .param("displayName", "Petugas Lain")
                                .param("password", "kata-sandi-panjang-sekali")
                                .param("role", "OFFICER"))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(bad))
                .contains("id=\"username-error\"", "Gunakan 3 sampai 60 karakter", "value=\"Bukan Nama!\"")
                .contains("value=\"Petugas Lain\"");
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsShownOnTheFieldAndCreatesNoAccount() throws Exception {
        var admin = signIn("kebumen.admin");
        var username = "panjang." + UUID.randomUUID().toString().substring(0, 8);
        var longName = "N".repeat(150);

        var refused = mvc.perform(
                        post("/kantor/admin/pengguna")
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", username)
                                .param("displayName", longName)
                                .param("password", "kata-sandi-panjang-sekali")
                                .param("role", "OFFICER"))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused))
                .contains("id=\"displayName-error\"", "paling banyak 120 karakter", "value=\"" + longName + "\"")
                .contains("value=\"" + username + "\"");
        assertThat(jdbc.sql("select count(*) from staff_account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRoleOrUnitThatIsNoChoiceOfTheFormIsShownOnTheFieldNotAnError() throws Exception {
        var admin = signIn("kebumen.admin");

        var refused = mvc.perform(post("/kantor/admin/pengguna")
                        .session(admin)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param(
                                "username",
                                "penyihir." + UUID.randomUUID().toString().substring(0, 8))
                        .param("displayName", "Penyihir")
                        .param("password", "kata-sandi-panjang-sekali")
                        .param("role", "WIZARD")
                        .param("unit", "bukan-uuid"))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("id=\"role-error\"", "id=\"unit-error\"", "value=\"Penyihir\"");
    }

    @Test
    void anAdministratorDisablesAndEnablesAnAccountButNotTheirOwn() throws Exception {
        var admin = signIn("kebumen.admin");
        var username = "sementara." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(
                        post("/kantor/admin/pengguna")
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", username)
                                .param("displayName", "Petugas Sementara")
                                .param("password", "kata-sandi-panjang-sekali")
                                .param("role", "OFFICER"))
                .andReturn();
        var page = body(open(admin, "/kantor/admin/pengguna"));
        String id = null;
        for (var m = java.util.regex.Pattern.compile("/kantor/admin/pengguna/([0-9a-f-]{36})/nonaktifkan")
                        .matcher(page);
                m.find(); ) {
            var rest = page.substring(m.end(), Math.min(page.length(), m.end() + 600));
            if (rest.contains("Nonaktifkan " + username + "\"")) {
                id = m.group(1);
                break;
            }
        }
        assertThat(id).as("disable form of " + username).isNotNull();

        var disabled = mvc.perform(
                        post("/kantor/admin/pengguna/{id}/nonaktifkan", id)
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/kantor/admin/pengguna");
        assertThat(disabled.getFlashMap().get("message")).isEqualTo("web.admin.users.disabledNow");
        assertThat(body(open(admin, "/kantor/admin/pengguna"))).contains("/kantor/admin/pengguna/" + id + "/aktifkan");

        var enabled = mvc.perform(
                        post("/kantor/admin/pengguna/{id}/aktifkan", id)
                                .session(admin)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(enabled.getFlashMap().get("message")).isEqualTo("web.admin.users.enabledNow");
        assertThat(body(open(admin, "/kantor/admin/pengguna")))
                .contains("/kantor/admin/pengguna/" + id + "/nonaktifkan");

        var umum = signIn("kebumen.umum");
        assertThat(mvc.perform(post("/kantor/admin/pengguna/{id}/nonaktifkan", id)
                                .session(umum)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
