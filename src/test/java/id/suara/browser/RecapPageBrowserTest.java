package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The recap page (ADR 0041) has no WCAG 2.1 A/AA violations (axe-core) in either language and stays light: a form and
 * a list, no script of its own.
 */
class RecapPageBrowserTest extends BrowserTest {

    /** The page's own budget: a form of four choices and the issued list. */
    private static final long RECAP_PAGE_WEIGHT_LIMIT = 120_000;

    @Override
    protected Viewport viewport() {
        return Viewport.DESKTOP;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "&lang=en"})
    void theRecapPageIsAccessibleAndLight(String language) {
        signIn("demak.admin", "suara-demo");
        open("/kantor/pemantauan/rekap?tahun=2026" + language);
        assertThat(browser().findElements(By.cssSelector("select#periode option")))
                .isNotEmpty();
        assertAccessible();
        assertPageWeightBelow(RECAP_PAGE_WEIGHT_LIMIT);
    }
}
