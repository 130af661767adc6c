package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.TestClock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Saya juga mengalami" on a 360 px phone and merging a duplicate from the case page, with axe-core checking every state
 * (ADR 0037).
 */
class DuplicatesBrowserTest extends BrowserTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void freshVisitor() {
        browser().manage().deleteAllCookies();
        useViewport(Viewport.PHONE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String submit(String title, String substance) {
        var s = Api.webSubmission("dprd-kebumen");
        s.put("title", title);
        s.put("substance", substance);
        s.put("respondent", "Dinas Lingkungan Hidup");
        var response = api.submit(s);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("trackingNumber");
    }

    private UUID caseOf(String trackingNumber) {
        return jdbc.sql("select id from submission where tracking_number = ?")
                .param(trackingNumber)
                .query(UUID.class)
                .single();
    }

    @Test
    void aCitizenAddsTheirSupportWithOneButtonOnAPhone() {
        var trackingNumber = submit(
                "Sampah menumpuk di TPS Pasar Tumenggungan",
                "Sampah di TPS Pasar Tumenggungan tidak diangkut seminggu dan menumpuk sampai ke jalan.");

        open("/dukung/" + trackingNumber);
        assertThat(find("#supporters").getText()).isEqualTo("0 warga juga mengalami");
        assertAccessible();
        assertNoHorizontalScroll();

        follow(find("#support"));

        assertThat(find("#support-message").getText()).contains("Terima kasih");
        assertThat(find("#supporters").getText()).isEqualTo("1 warga juga mengalami");
        screenshot("support-counted");
        assertAccessible();
        assertNoHorizontalScroll();
    }

    @Test
    void staffSeeTheSimilarCaseOnTheCasePageAndMergeTheDuplicateIntoIt() {
        clock.set(Instant.parse("2052-06-02T02:00:00Z"));
        var main = caseOf(submit(
                "Pohon besar rawan tumbang di Jalan Indrakila",
                "Pohon trembesi besar di Jalan Indrakila miring dan dahannya lapuk, berbahaya saat angin kencang."));
        var duplicate = caseOf(submit(
                "Pohon trembesi di Jalan Indrakila hampir tumbang",
                "Pohon trembesi di Jalan Indrakila sudah miring, dahan lapuk bisa menimpa pengguna jalan."));
        useViewport(Viewport.OFFICE_WINDOW);
        signIn("kebumen.sekwan", Api.DEMO_PASSWORD);

        open("/kantor/kasus/" + duplicate);
        assertThat(find("#similar").getText()).contains("Pohon besar rawan tumbang", "teks mirip");
        screenshot("case-similar");
        assertAccessible();

        follow(find("#merge-" + main));

        assertThat(find("#merged-into").getText()).contains("Digabung ke perkara");
        assertAccessible();
    }
}
