package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Institutions;
import id.suara.intake.Intake;
import id.suara.recess.RecessFixture;
import id.suara.recess.RecessFixture.Heard;
import id.suara.sop.SopVersions;
import id.suara.staff.StaffAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recess report and pokir pages (ADR 0034) and the pokir outcome on the public tracking page fit a 360 px phone and
 * have no WCAG 2.1 A/AA violations (axe-core), also with a refused review, in each language.
 */
class PokirPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SopVersions sops;

    @Autowired
    Intake intake;

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
    void theReportAndPokirPagesAndTheOutcomeFitAPhoneWithoutAccessibilityViolations(String language) {
        var fixture = new RecessFixture(jdbc, institutions, staff, sops, intake);
        var council = fixture.council();
        var recess = fixture.recess(council, 2026, 2, LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 22));
        var from = LocalDate.of(2024, 8, 20);
        var ani = fixture.member(council, "Ani Rahmawati", council.factionA(), council.dapil1(), from, null);
        fixture.member(council, "Budi Santoso", council.factionB(), council.dapil1(), from, null);
        var visit = fixture.visit(
                council,
                recess,
                ani,
                OffsetDateTime.parse("2026-08-18T09:00:00+07:00"),
                "Balai Desa Sidomulyo",
                "Sidomulyo",
                "Sidomulyo",
                "HELD");
        var road = fixture.aspiration(
                council,
                visit,
                new Heard(
                        "Slamet Riyadi",
                        "Perbaikan jalan penghubung Sidomulyo–Karanganyar sepanjang satu setengah kilometer",
                        "Jalan berlubang, truk hasil panen tidak bisa lewat",
                        "Sidomulyo",
                        "Sidomulyo",
                        "INFRASTRUCTURE",
                        new BigDecimal("1.5"),
                        "km",
                        new BigDecimal("750000000"),
                        council.roads()));
        var suffix = language.replace("?lang=", "-");

        signIn(council.officer(), "suara-demo");
        open("/kantor/admin/instansi/" + council.id() + "/reses/" + recess + "/laporan" + language);
        assertThat(find("#reports").getText()).contains("Budi Santoso");
        screenshot("recess-reports-phone" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();

        open("/kantor/admin/instansi/" + council.id() + "/reses/pokir" + language);
        script("document.querySelectorAll('details').forEach(d => d.open = true);"
                + " document.getElementById('create-title').value = 'Pokir DPRD untuk RKPD 2028';"
                + " document.getElementById('create-planningYear').value = '2028';"
                + " document.getElementById('create-recess-0').checked = true;");
        screenshot("pokir-list-phone" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();
        submitForm("#create-title");
        assertThat(find("main").getText()).contains("Ani Rahmawati");

        // a rejection without a reason is refused next to the form
        var item =
                browser().findElement(By.cssSelector("article[id^='butir-']")).getAttribute("id");
        var prefix = "item-" + item.substring("butir-".length()) + "-";
        script("document.querySelectorAll('details').forEach(d => d.open = true);" + " document.getElementById('"
                + prefix + "review').value = 'REJECTED';");
        submitForm("#" + prefix + "review");
        assertThat(find("#" + item + " .errors").getText()).isNotBlank();
        screenshot("pokir-refused-phone" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();

        script("document.querySelectorAll('details').forEach(d => d.open = true);"
                + " document.getElementById('" + prefix + "review').value = 'REJECTED';"
                + " document.getElementById('" + prefix
                + "reason').value = 'Kewenangan desa; diusulkan lewat Dana Desa';");
        submitForm("#" + prefix + "review");

        browser().manage().deleteAllCookies();
        open("/lacak" + language);
        find("#trackingNumber").sendKeys(road.trackingNumber());
        find("#accessCode").sendKeys(road.accessCode());
        submitForm("#accessCode");
        assertThat(find("#pokir").getText()).contains("2028").contains("Kewenangan desa");
        screenshot("tracking-pokir-phone" + suffix);
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
