package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Dispositions and review memos in a real browser (ADR 0027): the case page's sections with a chain of dispositions, a
 * memo and a refused disposition form, on an office PC and a phone; the open dispositions page; the administrator's
 * instruction page with a refused list. No axe-core violations, nothing wider than the screen.
 */
class DispositionPagesBrowserTest extends BrowserTest {

    @Autowired
    Api api;

    @Override
    protected Viewport viewport() {
        return Viewport.OFFICE_WINDOW;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    /** A Kebumen letter the Secretary disposed to the complaints division, which wrote a memo about it. */
    private String disposedKebumenLetter() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        String caseId = api.register("kebumen.umum", letter).get("case.id");
        var disposition = Map.<String, Object>of(
                "leadUnitId", api.unit("dprd-kebumen", "bagian-fpp").toString(),
                "unitIds", List.of(api.unit("dprd-kebumen", "pimpinan").toString()),
                "instructions", List.of("pelajari-telaah"),
                "note", "Telaah dan laporkan.");
        var made = api.send(Api.as(
                "kebumen.sekwan",
                MockMvcRequestBuilders.post("/api/v1/cases/{id}/dispositions", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(disposition))));
        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        var memo = api.send(Api.as(
                "kebumen.pengaduan",
                MockMvcRequestBuilders.post("/api/v1/cases/{id}/review-memos", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("subject", "Telaah jalan desa", "analysis", "Analisis.")))));
        assertThat(memo.status()).as(memo.raw()).isEqualTo(201);
        return caseId;
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theCasePageWithDispositionsAMemoAndARefusedDispositionHasNoAccessibilityViolations(String language) {
        var caseId = disposedKebumenLetter();
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/kasus/" + caseId + language);
        assertThat(find("#disposisi ol.dispositions").getText()).isNotBlank();
        assertThat(find("#telaah .memo").getText()).isNotBlank();
        find("#disposisi-baru summary").click();
        screenshot("case-dispositions" + language.replace("?lang=", "-"));
        assertAccessible();

        // a deadline a year ahead lies past every limit of the SOP
        var late = Instant.now().plus(400, ChronoUnit.DAYS).toString().substring(0, 16);
        script("document.getElementById('disp-deadline').value = arguments[0];", late);
        find("#disp-leadUnitId option:nth-child(2)").click();
        find("#disp-instructions input").click();
        submitForm("#disp-note");
        assertThat(browser().findElements(By.id("section-errors"))).hasSize(1);
        assertThat(browser().findElements(By.id("disp-deadline-error"))).hasSize(1);
        screenshot("case-disposition-refused" + language.replace("?lang=", "-"));
        assertAccessible();
    }

    @Test
    void theCasePageWithDispositionsFitsAPhoneScreen() {
        useViewport(Viewport.PHONE);
        var caseId = disposedKebumenLetter();
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/kasus/" + caseId);
        find("#disposisi-baru summary").click();
        screenshot("case-dispositions-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theOpenDispositionsPageHasNoAccessibilityViolations(String language) {
        disposedKebumenLetter();
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/disposisi" + language);
        assertThat(find("h1").getText()).isNotBlank();
        assertThat(browser().findElements(By.cssSelector("table.cases tbody tr")))
                .isNotEmpty();
        screenshot("open-dispositions" + language.replace("?lang=", "-"));
        assertAccessible();
        assertSkipLinkMovesFocusToMain();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theInstructionPageWithARefusedListHasNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(find("main a[href$='/disposisi']"));
        assertThat(find("h1").getText()).isNotBlank();
        assertAccessible();
        // two lines saying the same: refused, nothing saved
        find("#instructions").clear();
        find("#instructions").sendKeys("Hadiri\nhadiri");
        submitForm("#instructions");
        assertThat(browser().findElements(By.id("instructions-error"))).hasSize(1);
        screenshot("instructions-refused" + language.replace("?lang=", "-"));
        assertAccessible();
    }
}
