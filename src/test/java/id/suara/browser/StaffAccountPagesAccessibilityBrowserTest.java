package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The users list and a staff account's page have no WCAG 2.1 A/AA violations (axe-core), also when the role and password
 * forms come back with their errors, in each language.
 */
class StaffAccountPagesAccessibilityBrowserTest extends BrowserTest {

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
    void theUsersListAndAnAccountPageWithItsRefusedFormsHaveNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/pengguna" + language);
        assertAccessible();

        follow(browser().findElement(By.linkText("kebumen.komisia")));
        assertThat(browser().getCurrentUrl()).contains("/kantor/admin/pengguna/");
        assertAccessible();
        assertSkipLinkMovesFocusToMain();

        browser().findElements(By.cssSelector("input[name=grant]:checked")).forEach(box -> box.click());
        submitForm("input[name=grant]");
        assertThat(browser().findElements(By.id("roles-error"))).hasSize(1);
        screenshot("roles-refused" + (language.isEmpty() ? "" : "-en"));
        assertAccessible();

        find("#newPassword").sendKeys("sandi-pengganti-yang-baru-7");
        find("#confirmPassword").sendKeys("sandi-yang-lain-sama-sekali");
        submitForm("#confirmPassword");
        assertThat(browser().findElements(By.id("confirmPassword-error"))).hasSize(1);
        assertAccessible();
    }
}
