package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's public pages kept as rendered (ADR 0046) in the application as configured: a kept page still carries
 * every security header, and the English page is never served for the Indonesian one.
 */
@SuaraIntegrationTest
@TestPropertySource(properties = "suara.portal.page-cache.time-to-live=1m")
class PublicPageCacheIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aKeptPageCarriesTheSecurityHeadersAndItsLanguage() throws Exception {
        var rendered = mvc.perform(get("/i/dprd-kebumen")).andReturn().getResponse();
        var kept = mvc.perform(get("/i/dprd-kebumen")).andReturn().getResponse();
        var english = mvc.perform(get("/i/dprd-kebumen").header("Accept-Language", "en"))
                .andReturn()
                .getResponse();

        assertThat(kept.getStatus()).isEqualTo(200);
        assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString());
        for (var header : rendered.getHeaderNames()) {
            assertThat(kept.getHeader(header)).as(header).isEqualTo(rendered.getHeader(header));
        }
        assertThat(kept.getHeader("Content-Security-Policy")).isNotBlank();
        assertThat(kept.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(rendered.getContentAsString()).contains("lang=\"id\"");
        assertThat(english.getContentAsString()).contains("lang=\"en\"");
    }
}
