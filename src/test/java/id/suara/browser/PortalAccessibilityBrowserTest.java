package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quality bars of every public page on a 360 px phone: no axe-core violation (WCAG 2.1 AA), under 100 KB on first
 * load, no sideways scrolling, the skip link first and working, and a screenshot for the record.
 */
class PortalAccessibilityBrowserTest extends BrowserTest {

    static final long PUBLIC_PAGE_WEIGHT_LIMIT = 100 * 1024;

    /** The public pages: a name for the screenshot and the path. Adding a page to every check is one line here. */
    static Stream<Arguments> pages() {
        return Stream.of(
                page("home", "/"), //
                page("home-en", "/?lang=en"),
                page("institution", "/i/dprd-kebumen"),
                page("institution-en", "/i/dprd-kebumen?lang=en"),
                page("submission-form", "/i/dprd-kebumen/lapor"),
                page("audience-form", "/i/dprd-kebumen/audiensi"),
                page("tracking", "/lacak"),
                page("answers", "/jawaban"),
                page("statistics", "/i/dprd-kebumen/statistik"),
                page("anonymous-form", "/i/diskominfo-demak/lapor"),
                page("not-found", "/i/tidak-ada"));
    }

    private static Arguments page(String name, String path) {
        return Arguments.of(name, path);
    }

    @BeforeEach
    void freshVisitor() {
        browser().manage().deleteAllCookies(); // ?lang= is kept in a cookie; every page starts as a first visit
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void hasNoAccessibilityViolations(String name, String path) {
        open(path);
        screenshot(name);
        assertAccessible();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void weighsLessThan100KilobytesOnFirstLoad(String name, String path) {
        open(path);
        assertPageWeightBelow(PUBLIC_PAGE_WEIGHT_LIMIT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void fitsA360PixelScreen(String name, String path) {
        open(path);
        assertNoHorizontalScroll();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void theSkipLinkIsTheFirstTabStopThenTheNavigation(String name, String path) {
        open(path);
        assertSkipLinkFirstThenNavigation();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void theSkipLinkMovesTheFocusToTheMainContent(String name, String path) {
        open(path);
        assertSkipLinkMovesFocusToMain();
    }

    /** The checks are not vacuous: axe-core reports a broken page, and the weight counts the document and stylesheet. */
    @Test
    void theChecksCatchWhatTheyAreFor() {
        open("/");
        assertThat(pageWeight()).as("bytes of / with its stylesheet").isGreaterThan(2_000);
        script("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:,\"><a href=\"/x\"></a>')");
        assertThat(axeViolations()).extracting(violation -> violation.get("id")).contains("image-alt", "link-name");
    }
}
