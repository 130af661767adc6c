package id.suara.browser;

import org.junit.jupiter.api.Test;

/** The staff login page on a phone and on an office PC: no axe-core violation, and a screenshot of each. */
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
}
