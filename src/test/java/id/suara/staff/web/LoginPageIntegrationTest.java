package id.suara.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;

/** The staff sign-in page: its form, in both languages, and why a sign-in failed. */
@SuaraIntegrationTest
class LoginPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    String body(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void rendersTheSignInFormInIndonesianAndInEnglish() throws Exception {
        var page = body(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        assertThat(page)
                .contains("Masuk petugas", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"")
                .contains("autocomplete=\"current-password\"");
        var english = body(mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(english).contains("Staff sign-in", "Sign in");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageAgainWithAnError() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(formLogin("/login").user("kebumen.umum").password("bukan sandinya"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        var page = body(mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("Nama pengguna atau kata sandi salah")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("dikunci sementara");
    }

    @Test
    void aLockedAccountIsToldSo() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));
        var page = body(mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("dikunci sementara").doesNotContain("kata sandi salah");
    }

    @Test
    void theDemoPasswordSignsInAndSendsToTheOffice() throws Exception {
        mvc.perform(formLogin("/login").user("kebumen.umum").password("suara-demo"))
                .andExpect(redirectedUrl("/kantor"))
                .andExpect(authenticated().withUsername("kebumen.umum"));
        mvc.perform(get("/kantor")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
