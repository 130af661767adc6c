package id.suara.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff navigation offers each role only what it can use, and signing in lands an auditor on the audit page rather
 * than on an inbox that would always be empty.
 */
@SuaraIntegrationTest
class OfficeNavigationIntegrationTest {

    static final String REGISTER = "href=\"/kantor/registrasi\"";
    static final String AUDIT = "href=\"/kantor/audit\"";
    static final String ADMINISTRATION = "href=\"/kantor/admin\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    /** Which of the three links the navigation of a user's inbox shows. */
    private List<String> links(String user) throws Exception {
        var browser = new OfficeBrowser(mvc);
        var page = OfficeBrowser.body(browser.open(browser.signIn(user), "/kantor"));
        var nav = page.substring(
                page.indexOf("<nav class=\"office"), page.indexOf("</nav>", page.indexOf("<nav class=\"office")));
        return List.of(REGISTER, AUDIT, ADMINISTRATION).stream()
                .filter(nav::contains)
                .toList();
    }

    @Test
    void showsEachRoleOnlyTheLinksItCanUse() throws Exception {
        var shown = new LinkedHashMap<String, List<String>>();
        for (var user : List.of(
                "kebumen.umum",
                "kebumen.petugas",
                "kebumen.sekwan",
                "kebumen.pimpinan",
                "kebumen.komisia",
                "kebumen.auditor",
                "kebumen.admin",
                "demak.admin-koordinator",
                "demak.penghubung-dpupr",
                "sysadmin")) {
            shown.put(user, links(user));
        }
        var expected = new LinkedHashMap<String, List<String>>();
        expected.put("kebumen.umum", List.of(REGISTER));
        expected.put("kebumen.petugas", List.of(REGISTER));
        expected.put("kebumen.sekwan", List.of());
        expected.put("kebumen.pimpinan", List.of());
        expected.put("kebumen.komisia", List.of());
        expected.put("kebumen.auditor", List.of(AUDIT));
        expected.put("kebumen.admin", List.of(ADMINISTRATION));
        expected.put("demak.admin-koordinator", List.of(REGISTER));
        expected.put("demak.penghubung-dpupr", List.of());
        expected.put("sysadmin", List.of(AUDIT, ADMINISTRATION));
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void aKomisiMembersPagesHaveNoRegistrationLinkAndAnAuditorsHaveTheAuditLink() throws Exception {
        var browser = new OfficeBrowser(mvc);
        var komisia = browser.signIn("kebumen.komisia");
        for (var page : List.of(
                "/kantor", "/kantor?tab=all", "/kantor/registrasi", "/kantor/kasus/" + java.util.UUID.randomUUID())) {
            assertThat(OfficeBrowser.body(browser.open(komisia, page)))
                    .as(page)
                    .doesNotContain(REGISTER)
                    .contains("href=\"/kantor\"");
        }
        var auditor = browser.signIn("kebumen.auditor");
        for (var page : List.of("/kantor", "/kantor?tab=all", "/kantor/audit")) {
            assertThat(OfficeBrowser.body(browser.open(auditor, page)))
                    .as(page)
                    .contains(AUDIT)
                    .doesNotContain(REGISTER);
        }
    }

    @Test
    void anAuditorLandsOnTheAuditPageAndEveryoneElseOnTheirInbox() throws Exception {
        var landings = new LinkedHashMap<String, String>();
        for (var user : List.of("kebumen.auditor", "kebumen.umum", "kebumen.komisia", "kebumen.admin", "sysadmin")) {
            landings.put(
                    user,
                    mvc.perform(formLogin("/login").user(user).password(Api.DEMO_PASSWORD))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl());
        }
        assertThat(landings)
                .isEqualTo(Map.of(
                        "kebumen.auditor", "/kantor/audit",
                        "kebumen.umum", "/kantor",
                        "kebumen.komisia", "/kantor",
                        "kebumen.admin", "/kantor",
                        "sysadmin", "/kantor"));
    }

    @Test
    void anAuditorComingFromTheInboxLandsOnTheAuditPageButComingFromACaseReturnsToIt() throws Exception {
        assertThat(landingAfterAskingFor("/kantor")).isEqualTo("/kantor/audit");
        assertThat(landingAfterAskingFor("/kantor?tab=all")).contains("/kantor?tab=all");
        assertThat(landingAfterAskingFor("/kantor/audit?actor=kebumen.umum"))
                .contains("/kantor/audit?actor=kebumen.umum");
    }

    @Test
    void anAuditorStillListsAllCasesOfTheInstitution() throws Exception {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        String caseId = api.register("kebumen.umum", letter).get("case.id");
        var browser = new OfficeBrowser(mvc);

        String number = api.view("kebumen.umum", caseId).get("submission.registrationNumber");
        // looked up by its number: other tests register Kebumen cases at later moments, which list first
        var all = browser.open(browser.signIn("kebumen.auditor"), "/kantor?tab=all&q=" + number);

        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        assertThat(OfficeBrowser.body(all))
                .contains("Semua kasus lembaga saya", "href=\"/kantor/kasus/" + caseId + "\"");
    }

    /** Where the auditor lands when a page sent them to sign in first. */
    private String landingAfterAskingFor(String url) throws Exception {
        var asked = mvc.perform(get(url)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).endsWith("/login");
        var session = (MockHttpSession) asked.getRequest().getSession(false);
        return mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", "kebumen.auditor")
                        .param("password", Api.DEMO_PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
