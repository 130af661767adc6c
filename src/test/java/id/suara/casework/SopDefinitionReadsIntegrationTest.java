package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A stored SOP version's definition never changes (a change is a new version), so the case list, the case actions and
 * the letters read it from memory once it is known instead of asking the database on every request. The real database
 * answers; the spy only watches the statements Suara sends it.
 */
@SuaraIntegrationTest
class SopDefinitionReadsIntegrationTest {

    @MockitoSpyBean
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void theCaseListReadsNoSopVersionOnceItsDefinitionIsKnown() {
        var submitted = api.submit(Api.webSubmission("dprd-kebumen"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        var list = get("/api/v1/cases").param("q", trackingNumber);
        // the first page fills what is kept in memory
        assertThat(api.send(Api.as("kebumen.petugas", list)).status()).isEqualTo(200);
        clearInvocations(jdbc);

        var listed = api.send(Api.as("kebumen.petugas", get("/api/v1/cases").param("q", trackingNumber)));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.raw()).contains(trackingNumber);
        verify(jdbc, never()).sql(contains("from sop_version"));
    }
}
