package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.casework.Supporters;
import id.suara.test.Api;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Saya juga mengalami" (ADR 0037): supporting an open matter or a published answer without a second case. */
@SuaraIntegrationTest
class SupportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    private String submitted() {
        var response = api.submit(Api.webSubmission("dprd-kebumen"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("trackingNumber");
    }

    private UUID caseOf(String trackingNumber) {
        return jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(UUID.class)
                .single();
    }

    private int supporters(UUID caseId) {
        return jdbc.sql("select supporters from case_file where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    private MvcResult support(String trackingNumber, String address, Cookie cookie) throws Exception {
        var request = post("/dukung/{tn}", trackingNumber).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (cookie != null) {
            request.cookie(cookie);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void aBrowserSupportsAnOpenMatterOnceWithOneButtonAndTheCountShowsOnThePublicPageWithoutASecondCase()
            throws Exception {
        var trackingNumber = submitted();
        var caseId = caseOf(trackingNumber);
        long cases =
                jdbc.sql("select count(*) from case_file").query(Long.class).single();

        var page = mvc.perform(get("/dukung/{tn}", trackingNumber)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Saya juga mengalami", "Jalan desa rusak di Sruweng")
                .doesNotContain("Siti Aminah");

        var first = support(trackingNumber, "198.51.100.7", null);
        var cookie = first.getResponse().getCookie("suara_dukungan");
        var again = support(trackingNumber, "198.51.100.7", cookie);

        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getFlashMap().get("supportMessage")).isEqualTo("web.portal.support.already");
        assertThat(supporters(caseId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single())
                .isEqualTo(cases);
        assertThat(mvc.perform(get("/dukung/{tn}", trackingNumber))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("1 warga juga mengalami");
        var office = new OfficeBrowser(mvc);
        var session = office.signIn("kebumen.sekwan");
        var casePage = office.open(session, "/kantor/kasus/{id}", caseId);
        assertThat(casePage.getResponse().getStatus()).isEqualTo(200);
        assertThat(OfficeBrowser.body(casePage)).contains("1 warga menyatakan juga mengalami");
    }

    private MvcResult supportWithoutToken(String trackingNumber, String address, String header, String value)
            throws Exception {
        return mvc.perform(post("/dukung/{tn}", trackingNumber)
                        .header(header, value)
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn();
    }

    @Test
    void theSupportPageStartsNoSessionAndItsButtonNeedsNoTokenFromSuarasOwnPages() throws Exception {
        var trackingNumber = submitted();
        var caseId = caseOf(trackingNumber);

        var page = mvc.perform(get("/dukung/{tn}", trackingNumber)).andReturn();
        var fromThePage = supportWithoutToken(trackingNumber, "198.51.100.21", "Sec-Fetch-Site", "same-origin");
        var fromAnOlderBrowser = supportWithoutToken(trackingNumber, "198.51.100.22", "Origin", "http://localhost");

        assertThat(page.getRequest().getSession(false))
                .as("no session for a reader")
                .isNull();
        assertThat(page.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("action=\"/dukung/" + trackingNumber + "\"")
                .doesNotContain("_csrf");
        assertThat(fromThePage.getResponse().getStatus()).isEqualTo(302);
        assertThat(fromAnOlderBrowser.getResponse().getStatus()).isEqualTo(302);
        assertThat(supporters(caseId)).isEqualTo(2);
    }

    @Test
    void anotherSiteCannotMakeItsVisitorsPressTheButton() throws Exception {
        var trackingNumber = submitted();
        var caseId = caseOf(trackingNumber);

        var crossSite = supportWithoutToken(trackingNumber, "198.51.100.23", "Sec-Fetch-Site", "cross-site");
        var sameSite = supportWithoutToken(trackingNumber, "198.51.100.24", "Sec-Fetch-Site", "same-site");
        var otherOrigin = supportWithoutToken(trackingNumber, "198.51.100.25", "Origin", "https://contoh.example");

        assertThat(crossSite.getResponse().getStatus()).isEqualTo(403);
        assertThat(sameSite.getResponse().getStatus())
                .as("a sibling subdomain is another site's page")
                .isEqualTo(403);
        assertThat(otherOrigin.getResponse().getStatus()).isEqualTo(403);
        assertThat(supporters(caseId)).isZero();
    }

    @Test
    void oneClientAddressAddsAtMostTwentySupportersToACaseHoweverManyCookiesItClears() throws Exception {
        var trackingNumber = submitted();
        var caseId = caseOf(trackingNumber);

        for (int i = 0; i < Supporters.PER_ADDRESS + 5; i++) {
            support(trackingNumber, "203.0.113.9", null);
        }
        support(trackingNumber, "203.0.113.10", null);

        assertThat(supporters(caseId)).isEqualTo(Supporters.PER_ADDRESS + 1);
    }

    @Test
    void theApiAddsSupportAndAConfidentialOrUnknownMatterCannotBeSupported() throws Exception {
        var trackingNumber = submitted();
        var confidential = Api.webSubmission("dprd-kebumen");
        confidential.put("confidential", true);
        String secret = api.submit(confidential).get("trackingNumber");

        var supported = api.send(
                post("/api/v1/submissions/{tn}/support", trackingNumber).with(r -> {
                    r.setRemoteAddr("192.0.2.44");
                    return r;
                }));
        var refused = api.send(post("/api/v1/submissions/{tn}/support", secret));
        var unknown = api.send(post("/api/v1/submissions/{tn}/support", "SR-0000-0000-00"));

        assertThat(supported.status()).as(supported.raw()).isEqualTo(200);
        assertThat(supported.<Boolean>get("counted")).isTrue();
        assertThat(supported.<Integer>get("supporters")).isEqualTo(1);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mvc.perform(get("/dukung/{tn}", secret))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void supportersAreCountedPerKindInTheInstitutionsPublicStatistics() throws Exception {
        var trackingNumber = submitted();
        support(trackingNumber, "198.51.100.77", null);

        var page = mvc.perform(get("/i/dprd-kebumen/statistik")).andReturn();

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"supporters-COMPLAINT\"", "Warga yang juga mengalami");
    }
}
