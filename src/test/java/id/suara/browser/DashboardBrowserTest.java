package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff dashboard and the public statistics on a 360 px phone (issue 12, ADR 0040): no axe-core violation, charts
 * and tables open included, and nothing to scroll sideways.
 */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    Api api;

    @BeforeEach
    void casesToCount() {
        browser().manage().deleteAllCookies();
        for (var kind : new String[] {"COMPLAINT", "ASPIRATION"}) {
            var submission = Api.webSubmission("dprd-kebumen");
            submission.put("kind", kind);
            assertThat(api.submit(submission).status()).isEqualTo(201);
        }
    }

    @Test
    void theStaffDashboardReadsOnAPhoneWithoutAccessibilityViolations() {
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/pemantauan");

        assertThat(find("h1").getText()).isNotBlank();
        assertThat(browser().findElements(org.openqa.selenium.By.cssSelector("svg[role=img]")))
                .hasSizeGreaterThanOrEqualTo(8);
        screenshot("staff-dashboard");
        assertAccessible();
        assertNoHorizontalScroll();
        openEveryTable();
        screenshot("staff-dashboard-tables");
        assertAccessible();
        assertNoHorizontalScroll();
    }

    @Test
    void theStaffDashboardReadsInEnglishOnAPhone() {
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/pemantauan?lang=en");

        assertThat(find("h1").getText()).isEqualTo("Monitoring");
        assertAccessible();
        assertNoHorizontalScroll();
    }

    @Test
    void aBadPeriodIsShownNextToThePickerAccessibly() {
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/pemantauan?periode=kemarin");

        assertThat(find("#periode-error").getText()).isNotBlank();
        screenshot("staff-dashboard-bad-period");
        assertAccessible();
    }

    @Test
    void thePublicStatisticsReadOnAPhoneWithTheirTablesOpen() {
        open("/i/dprd-kebumen/statistik");

        screenshot("public-statistics");
        assertAccessible();
        assertNoHorizontalScroll();
        openEveryTable();
        screenshot("public-statistics-tables");
        assertAccessible();
        assertNoHorizontalScroll();
        assertPageWeightBelow(100_000);
    }

    private void openEveryTable() {
        script("document.querySelectorAll('details').forEach(d => d.open = true)");
    }
}
