package id.suara.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.test.SuaraIntegrationTest;
import java.time.ZoneId;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The institutions are read from memory (ADR 0019), yet every change made through Suara shows at once. */
@SuaraIntegrationTest
class InstitutionCacheIntegrationTest {

    @Autowired
    Institutions institutions;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void showsANewAndThenRenamedInstitutionOnThePortalHomePageAtOnce() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()); // the institutions are cached now
        var code = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        var added = institutions.add(
                code,
                "Sekretariat DPRD Uji Tembolok",
                InstitutionKind.COUNCIL_SECRETARIAT,
                ZoneId.of("Asia/Jakarta"),
                "{seq:3}/UJI/{year}");
        mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("Sekretariat DPRD Uji Tembolok")));
        assertThat(institutions.findByCode(code)).contains(added);

        institutions.rename(added.id(), "Sekretariat DPRD Uji Berganti Nama");
        mvc.perform(get("/"))
                .andExpect(content().string(Matchers.containsString("Sekretariat DPRD Uji Berganti Nama")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sekretariat DPRD Uji Tembolok"))));
        assertThat(institutions.get(added.id()).name()).isEqualTo("Sekretariat DPRD Uji Berganti Nama");
    }

    @Test
    void seesAnInstitutionAddedInTheSameTransactionButForgetsItWhenThatRollsBack() {
        var code = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(institutions.findByCode(code)).isEmpty();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            institutions.add(
                    code,
                    "Sekretariat DPRD Uji Batal",
                    InstitutionKind.COUNCIL_SECRETARIAT,
                    ZoneId.of("Asia/Jakarta"),
                    "{seq:3}/UJI/{year}");
            assertThat(institutions.findByCode(code)).isPresent();
            status.setRollbackOnly();
        });
        assertThat(institutions.findByCode(code)).isEmpty();
        assertThat(institutions.all()).noneMatch(i -> i.code().equals(code));
    }
}
