package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A companion (Kebumen's staff companion of every member) signs in on a 360 px phone, opens an upcoming recess visit of
 * the demo and enters two aspirations heard there, one refused first; every page fits the phone and axe-core finds no
 * WCAG 2.1 A/AA violation (ADR 0032). The public agenda fits the phone too.
 */
class RecessVisitBrowserTest extends BrowserTest {

    @Override
    protected Viewport viewport() {
        return Viewport.PHONE;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    private void enter(String summary, String problem, String category, String urgency, String person) {
        find("#aspiration-summary").clear();
        find("#aspiration-summary").sendKeys(summary);
        find("#aspiration-problem").clear();
        find("#aspiration-problem").sendKeys(problem);
        if (category != null) {
            new Select(find("#aspiration-category")).selectByValue(category);
        }
        find("input[name=urgency][value=" + urgency + "]").click();
        find("#aspiration-personName").clear();
        find("#aspiration-personName").sendKeys(person);
        submitForm("#aspiration-summary");
    }

    @Test
    void aCompanionEntersTwoAspirationsOfAVisitOnAPhoneWithoutAccessibilityViolations() {
        signIn("kebumen.pengaduan", "suara-demo");
        open("/kantor/kunjungan-reses");
        assertNoHorizontalScroll();
        assertAccessible();
        follow(find("ul.recesses a"));
        assertThat(find("h1").getText()).contains("Masa Reses");
        screenshot("recess-visits-phone");
        assertNoHorizontalScroll();
        assertAccessible();

        follow(find("main ul li a[href*='/kunjungan/']"));
        var before =
                browser().findElements(By.cssSelector("ol.aspirations > li")).size();
        screenshot("recess-visit-phone");
        assertNoHorizontalScroll();
        assertAccessible();

        // without a category the aspiration is refused next to its field, what was typed stays
        enter("Lampu penerangan jalan di RT 03", "Jalan gelap di malam hari.", null, "BIASA", "Ibu Sumarni");
        assertThat(browser().findElements(By.id("aspiration-category-error"))).hasSize(1);
        assertThat(find("#aspiration-summary").getAttribute("value")).isEqualTo("Lampu penerangan jalan di RT 03");
        screenshot("recess-aspiration-refused-phone");
        assertNoHorizontalScroll();
        assertAccessible();

        enter(
                "Lampu penerangan jalan di RT 03",
                "Jalan gelap di malam hari.",
                "INFRASTRUCTURE",
                "BIASA",
                "Ibu Sumarni");
        assertThat(find("[role=status]").getText()).isNotBlank();
        enter(
                "Beasiswa untuk siswa kurang mampu",
                "Banyak anak putus sekolah setelah SMP.",
                "EDUCATION",
                "SEGERA",
                "Pak Darsono");
        var aspirations = browser().findElements(By.cssSelector("ol.aspirations > li"));
        assertThat(aspirations).hasSize(before + 2);
        assertThat(find("ol.aspirations").getText())
                .contains("Lampu penerangan jalan di RT 03")
                .contains("Beasiswa untuk siswa kurang mampu");
        screenshot("recess-visit-two-aspirations-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @Test
    void theVisitPagesInEnglishAndTheGroupingPageFitAPhoneWithoutAccessibilityViolations() {
        signIn("kebumen.sekwan", "suara-demo");
        open("/kantor/kunjungan-reses?lang=en");
        follow(find("ul.recesses a"));
        follow(find("main ul li a[href*='/kunjungan/']"));
        assertThat(find("h1").getText()).startsWith("Recess visit of");
        screenshot("recess-visit-phone-en");
        assertNoHorizontalScroll();
        assertAccessible();
        // the grouping page of the year whose held visits heard the same need twice
        open("/kantor/kunjungan-reses");
        var links = browser().findElements(By.cssSelector("ul.recesses a"));
        follow(links.get(links.size() - 1));
        follow(find("main a[href$='/pengelompokan']"));
        screenshot("recess-grouping-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @Test
    void thePublicRecessAgendaFitsAPhoneWithoutAccessibilityViolations() {
        open("/i/dprd-kebumen");
        follow(find("main a[href$='/agenda-reses']"));
        assertThat(find("h1").getText()).isNotBlank();
        screenshot("recess-agenda-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
