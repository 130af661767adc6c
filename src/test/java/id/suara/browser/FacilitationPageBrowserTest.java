package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * A recess's facilitation page (ADR 0031) with Kebumen's demo recess fits a 360 px phone and an office PC and has no
 * WCAG 2.1 A/AA violations (axe-core), with a refused item next to its field, in each language; so does the inbox that
 * lists overdue items.
 */
class FacilitationPageBrowserTest extends BrowserTest {

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
        useViewport(Viewport.PHONE);
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theFacilitationPageFitsAPhoneAndAnOfficePcWithoutAccessibilityViolations(String language) {
        var suffix = language.replace("?lang=", "-");
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(find("main a[href$='/reses']"));
        follow(find("#periods a[href$='/fasilitasi']"));
        if (!browser().findElements(By.id("open-startsOn")).isEmpty()) {
            screenshot("facilitation-unopened-phone" + suffix);
            assertNoHorizontalScroll();
            assertAccessible();
            submitForm("#open-startsOn");
        }
        assertThat(find("main").getText()).contains("175/04/Setwan/III/2022");
        var page = browser().getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");
        assertThat(browser().findElements(By.cssSelector("main table tbody tr")))
                .hasSizeGreaterThan(7);
        screenshot("facilitation-phone" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();

        // marking an item not applicable without a reason is refused next to its field
        script("document.querySelectorAll('details').forEach(d => d.open = true);");
        var firstOpen = browser().findElements(By.cssSelector("main button[value='NOT_APPLICABLE']"));
        if (!firstOpen.isEmpty()) {
            follow(firstOpen.getFirst());
            assertThat(browser().findElements(By.cssSelector("p.error[id$='-error']")))
                    .isNotEmpty();
            screenshot("facilitation-refused-phone" + suffix);
            assertNoHorizontalScroll();
            assertAccessible();
        }

        useViewport(Viewport.DESKTOP);
        open(page);
        assertThat(find("h1").getText()).isNotBlank();
        assertThat(browser().findElements(By.cssSelector("main table"))).hasSize(7);
        screenshot("facilitation-desktop" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();

        browser().manage().deleteAllCookies();
        signIn("kebumen.petugas", "suara-demo");
        open("/kantor" + language);
        screenshot("inbox-with-facilitation-desktop" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
