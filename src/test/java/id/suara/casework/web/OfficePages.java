package id.suara.casework.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.test.OfficeBrowser;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs demo staff in through the login form and uses the back-office pages as a browser would. */
record OfficePages(MockMvc mvc) {

    MockHttpSession signIn(String username) throws Exception {
        return new OfficeBrowser(mvc).signIn(username);
    }

    static String body(MvcResult result) throws Exception {
        return OfficeBrowser.body(result);
    }

    String page(MockHttpSession session, String url, Object... vars) throws Exception {
        return body(mvc.perform(get(url, vars).session(session)).andReturn());
    }

    /** Registers a letter at the front desk page and returns the new case's id. */
    String registerLetter(MockHttpSession session, String title, boolean confidential, String name) throws Exception {
        var result = mvc.perform(multipart("/kantor/registrasi")
                        .session(session)
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("channel", "LETTER")
                        .param("complainantType", "INDIVIDUAL")
                        .param("complainantName", name)
                        .param("complainantIdentityNumber", "3305014101900001")
                        .param("complainantAddress", "Jl. Pemuda No. 1, Kebumen")
                        .param("complainantPhone", "+62 812 1111 2222")
                        .param("confidential", Boolean.toString(confidential))
                        .param("title", title)
                        .param("purpose", "Meminta DPRD mendorong perbaikan jalan")
                        .param("substance", "Jalan desa sepanjang 2 km rusak parah sejak Januari."))
                .andReturn();
        if (result.getResponse().getStatus() != 302) {
            throw new IllegalStateException("Registration failed: " + body(result));
        }
        return result.getFlashMap().get("caseId").toString();
    }

    static int version(String casePage) {
        var matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(casePage);
        if (!matcher.find()) {
            throw new IllegalStateException("No version on the page");
        }
        return Integer.parseInt(matcher.group(1));
    }
}
