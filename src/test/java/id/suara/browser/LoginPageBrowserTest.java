package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The staff login page on a phone and on an office PC: no axe-core violation, a screenshot of each, and it signs in. */
class LoginPageBrowserTest extends BrowserTest {

    @Test
    void theLoginPageHasNoAccessibilityViolations() {
        open("/login");
        screenshot("login");
        useViewport(Viewport.DESKTOP);
        screenshot("login-desktop");
        useViewport(Viewport.PHONE);
        assertAccessible();
    }

    @Test
    void aDemoAccountSignsInOverPlainHttp() {
        browser().manage().deleteAllCookies();
        signIn("kebumen.petugas", "suara-demo");
        assertThat(browser().getCurrentUrl()).doesNotContain("/login");
        assertThat(browser().manage().getCookies()).isNotEmpty();
    }
}
