package id.suara.shared.web;

import static id.suara.test.OfficeBrowser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A NUL character in a query or form parameter, which PostgreSQL can neither store nor compare, is refused with 400
 * naming the parameter on public and back-office pages alike, and changes nothing.
 */
@SuaraIntegrationTest
class UnstorableCharacterIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSearchOfThePublishedAnswersWithANulIsRefusedNamingTheParameter() throws Exception {
        var refused =
                mvc.perform(get("/jawaban").param("q", "jalan\u0000rusak")).andReturn();

        assertRefusedNaming(refused, "q");
        assertThat(mvc.perform(get("/jawaban").param("q", "jalan rusak"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anInboxSearchWithANulIsRefusedNamingTheParameter() throws Exception {
        var session = new OfficeBrowser(mvc).signIn("kebumen.petugas");

        assertRefusedNaming(
                mvc.perform(get("/kantor").session(session).param("q", "\u0000"))
                        .andReturn(),
                "q");
    }

    @Test
    void aFormFieldWithANulIsRefusedAndNothingIsAdded() throws Exception {
        var session = new OfficeBrowser(mvc).signIn("kebumen.admin");
        long unitsBefore = units();

        var refused = mvc.perform(post("/kantor/admin/unit")
                        .session(session)
                        .with(csrf())
                        .param("code", "komisi-nul")
                        .param("name", "Komisi\u0000E")
                        .param("type", "COUNCIL_ORGAN"))
                .andReturn();

        assertRefusedNaming(refused, "name");
        assertThat(units()).isEqualTo(unitsBefore);
    }

    private long units() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private static void assertRefusedNaming(MvcResult result, String field) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result)).contains("\"field\":\"" + field + "\"").doesNotContain("\u0000");
    }
}
