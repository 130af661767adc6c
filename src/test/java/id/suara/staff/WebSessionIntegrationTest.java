package id.suara.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.institution.Role;
import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;

/** The web signs in with a form and a session: CSRF-protected, a fresh session id, and sessions that end on changes. */
@SuaraIntegrationTest
class WebSessionIntegrationTest {

    /** A page that needs a signed-in user; there is no page there yet, so signed in it answers 404, else a redirect. */
    private static final String SOME_PAGE = "/beranda";

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Test
    void signsInThroughTheFormWithACsrfTokenAndRenewsTheSessionId() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = new MockHttpSession();
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());
        var before = session.getId();

        mvc.perform(signIn(member.username(), TestAccounts.PASSWORD, session))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(member.username()).withRoles("OFFICER"));
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void anUnsignedVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get(SOME_PAGE)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        mvc.perform(post("/login").param("username", member.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        var session = signedInSession(member.username());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPage() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        mvc.perform(signIn(member.username(), "bukan kata sandinya", new MockHttpSession()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void formAndApiShareOneLockoutAndTheLoginPageKnowsWhy() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(member.username(), "bukan kata sandinya", session))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Spring's interim login page says only "Invalid credentials"; the reason is kept for the real page.
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);
        mvc.perform(signIn(member.username(), TestAccounts.PASSWORD, session))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(accounts.signIn(member.username(), TestAccounts.PASSWORD).<String>get("detail"))
                .contains("temporarily locked");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = signedInSession(member.username());
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void disablingAnAccountEndsItsWebSessionAtOnce() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = signedInSession(member.username());
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(status().isNotFound());

        assertThat(api.send(Api.as("kebumen.admin", post("/api/v1/staff/{id}/disable", member.id())))
                        .status())
                .isEqualTo(200);
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordResetEndsTheAccountsWebSessions() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = signedInSession(member.username());
        var reset = api.send(Api.as(
                "kebumen.admin",
                post("/api/v1/staff/{id}/password", member.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("newPassword", "kata sandi baru sekali")))));
        assertThat(reset.status()).isEqualTo(204);
        mvc.perform(get(SOME_PAGE).session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSessionKeepsNoPasswordHash() throws Exception {
        var member = accounts.create("dprd-kebumen", Role.OFFICER);
        var session = signedInSession(member.username());
        var context = (org.springframework.security.core.context.SecurityContext)
                session.getAttribute("SPRING_SECURITY_CONTEXT");
        var principal = (StaffPrincipal) context.getAuthentication().getPrincipal();
        assertThat(principal.getPassword()).isNull();
        assertThat(context.getAuthentication().getCredentials()).isNull();
    }

    private MockHttpSession signedInSession(String username) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(signIn(username, TestAccounts.PASSWORD, session))
                .andExpect(authenticated().withUsername(username));
        return session;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(
            String username, String password, MockHttpSession session) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .session(session)
                .with(csrf());
    }
}
