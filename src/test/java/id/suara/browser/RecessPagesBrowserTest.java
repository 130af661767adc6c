package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The recess pages (ADR 0030) with Kebumen's demo calendar, members and companions fit a 360 px phone and have no
 * WCAG 2.1 A/AA violations (axe-core), also with a refused recess, in each language.
 */
class RecessPagesBrowserTest extends BrowserTest {

    @Override
    protected Viewport viewport() {
        return Viewport.PHONE;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theCalendarAndACompanionsPageFitAPhoneWithoutAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(find("main a[href$='/reses']"));
        assertThat(find("#periods").getText()).contains("2");
        assertThat(find("#dapils").getText()).contains("Sruweng");
        screenshot("recess-calendar-phone" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();

        // a recess overlapping the first masa sidang is refused next to its field
        script(
                "document.querySelectorAll('details').forEach(d => d.open = true);"
                        + " document.getElementById('period-kind').value = 'RECESS';"
                        + " document.getElementById('period-year').value = document.getElementById('tahun').value;"
                        + " document.getElementById('period-sitting').value = '1';"
                        + " document.getElementById('period-startsOn').value = document.getElementById('tahun').value + '-02-02';"
                        + " document.getElementById('period-endsOn').value = document.getElementById('tahun').value + '-02-06';");
        submitForm("#period-kind");
        assertThat(browser().findElements(By.id("period-startsOn-error"))).hasSize(1);
        screenshot("recess-refused-phone" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();

        follow(find("#periods a[href$='/pendamping']"));
        assertThat(find("h1").getText()).isNotBlank();
        assertThat(find("main").getText()).contains("Staf Bagian Fasilitasi Penganggaran dan Pengawasan");
        screenshot("recess-companions-phone" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
