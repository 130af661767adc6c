package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The notice pages (ADR 0035) — the administrator's templates and gateway, with a refused template, and a staff
 * member's own account page — have no WCAG 2.1 A/AA violations (axe-core), in each language.
 */
class NoticePagesBrowserTest extends BrowserTest {

    @Override
    protected Viewport viewport() {
        return Viewport.DESKTOP;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theNoticePagesHaveNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(browser()
                .findElements(By.cssSelector("a[href$='/pemberitahuan']"))
                .getFirst());
        assertThat(browser().getCurrentUrl()).contains("/pemberitahuan");
        assertAccessible();

        var subject = find("#CLOSED-en-subject");
        subject.clear();
        subject.sendKeys("Closed {nomor}");
        submitForm("#CLOSED-en-subject");
        assertThat(browser().findElements(By.id("CLOSED-en-subject-error"))).hasSize(1);
        assertAccessible();

        open("/kantor/akun" + language);
        assertAccessible();
    }
}
