package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main back-office pages have no WCAG 2.1 A/AA violations (axe-core), on a desktop screen, for each language. */
class BackOfficeAccessibilityBrowserTest extends BrowserTest {

    @Override
    protected Viewport viewport() {
        return Viewport.DESKTOP;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "inbox, kebumen.umum, /kantor",
        "inbox-en, kebumen.umum, /kantor?lang=en",
        "all-cases, kebumen.sekwan, /kantor?tab=all",
        "front-desk, kebumen.petugas, /kantor/registrasi",
        "front-desk-en, kebumen.petugas, /kantor/registrasi?lang=en"
    })
    void hasNoAccessibilityViolations(String name, String user, String path) {
        signIn(user, "suara-demo");
        open(path);
        assertThat(browser().getCurrentUrl()).doesNotContain("/login");
        screenshot(name);
        assertAccessible();
        assertSkipLinkMovesFocusToMain();
    }
}
