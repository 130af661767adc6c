package id.suara.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Uses the back-office pages as a browser does: signs demo staff in through the login form and opens pages. */
public record OfficeBrowser(MockMvc mvc) {

    /** The session of a demo account signed in with the demo password. */
    public MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(Api.DEMO_PASSWORD))
                .andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        if (session == null || result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return session;
    }

    public MvcResult open(MockHttpSession session, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).session(session)).andReturn();
    }

    public static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
