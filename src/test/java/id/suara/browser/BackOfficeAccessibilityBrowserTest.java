package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.Audiences;
import id.suara.test.TestClock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The main back-office pages have no WCAG 2.1 A/AA violations (axe-core), on a desktop screen, for each language. */
class BackOfficeAccessibilityBrowserTest extends BrowserTest {

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Override
    protected Viewport viewport() {
        return Viewport.DESKTOP;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "inbox, kebumen.umum, /kantor",
        "inbox-en, kebumen.umum, /kantor?lang=en",
        "all-cases, kebumen.sekwan, /kantor?tab=all",
        "front-desk, kebumen.petugas, /kantor/registrasi",
        "front-desk-en, kebumen.petugas, /kantor/registrasi?lang=en",
        "administration, kebumen.admin, /kantor/admin",
        "institutions, sysadmin, /kantor/admin/instansi",
        "institutions-en, kebumen.admin, /kantor/admin/instansi?lang=en",
        "units, kebumen.admin, /kantor/admin/unit",
        "units-en, kebumen.admin, /kantor/admin/unit?lang=en",
        "calendar, kebumen.admin, /kantor/admin/kalender?year=2026",
        "calendar-en, kebumen.admin, /kantor/admin/kalender?year=2026&lang=en",
        "national-calendar, sysadmin, /kantor/admin/kalender?year=2026",
        "sop-versions, kebumen.admin, /kantor/admin/sop",
        "sop-versions-en, kebumen.admin, /kantor/admin/sop?lang=en",
        "forbidden, kebumen.umum, /kantor/admin",
        "audit, kebumen.auditor, /kantor/audit",
        "audit-en, kebumen.auditor, /kantor/audit?lang=en",
        "audit-all-institutions, sysadmin, /kantor/audit",
        "all-cases-of-an-organ, kebumen.komisia, /kantor?tab=all"
    })
    void hasNoAccessibilityViolations(String name, String user, String path) {
        signIn(user, "suara-demo");
        open(path);
        assertThat(browser().getCurrentUrl()).doesNotContain("/login");
        assertThat(find("h1").getText()).isNotBlank();
        screenshot(name);
        assertAccessible();
        assertSkipLinkMovesFocusToMain();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void anSopVersionAndItsComparisonHaveNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/sop" + language);
        var view = find("main a[href^='/kantor/admin/sop/']");
        var id = view.getAttribute("href").replaceAll(".*/kantor/admin/sop/", "");
        follow(view);
        assertThat(find("h1").getText()).isNotBlank();
        screenshot("sop-version" + language.replace("?lang=", "-"));
        assertAccessible();

        open("/kantor/admin/sop/banding?a=" + id + "&b=" + id + language.replace('?', '&'));
        assertThat(find("h1").getText()).isNotBlank();
        screenshot("sop-compare" + language.replace("?lang=", "-"));
        assertAccessible();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theRenamePageWithARefusedNameHasNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/unit" + language);
        follow(find("main a[href^='/kantor/admin/unit/']"));
        assertThat(find("h1").getText()).isNotBlank();
        assertAccessible();
        find("#name").clear();
        submitForm("#name");
        assertThat(browser().findElements(By.id("name-error"))).hasSize(1);
        screenshot("rename-refused" + language.replace("?lang=", "-"));
        assertAccessible();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theAuditPageWithARefusedFilterAndAVerifiedChainHasNoAccessibilityViolations(String language) {
        signIn("kebumen.auditor", "suara-demo");
        assertThat(browser().getCurrentUrl())
                .as("an auditor lands on the audit page")
                .endsWith("/kantor/audit");
        open("/kantor/audit" + language);
        // a date field is typed in the browser's own format; set the values a reader would have chosen
        script("document.getElementById('from').value = '2026-11-23';"
                + " document.getElementById('to').value = '2026-11-01';");
        submitForm("#actor");
        assertThat(browser().findElements(By.id("to-error"))).hasSize(1);
        assertThat(browser().findElements(By.id("error-summary"))).hasSize(1);
        screenshot("audit-refused" + language.replace("?lang=", "-"));
        assertAccessible();

        open("/kantor/audit" + language);
        follow(find("#verify-title + p + form button"));
        assertThat(find("#verification h2").getText()).isNotBlank();
        screenshot("audit-verified" + language.replace("?lang=", "-"));
        assertAccessible();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theLetterheadPageWithARefusedEmailHasNoAccessibilityViolations(String language) {
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(find("main a[href$='/kop-surat']"));
        assertThat(find("h1").getText()).isNotBlank();
        assertAccessible();
        find("#email").clear();
        find("#email").sendKeys("bukan alamat");
        submitForm("#email");
        assertThat(browser().findElements(By.id("email-error"))).hasSize(1);
        screenshot("letterhead-refused" + language.replace("?lang=", "-"));
        assertAccessible();
    }

    @Test
    void theLetterheadPageFitsAPhoneScreen() {
        useViewport(Viewport.PHONE);
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi");
        follow(find("main a[href$='/kop-surat']"));
        screenshot("letterhead-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theDocumentTemplatePagesWithARefusedTextFitAPhoneWithoutAccessibilityViolations(String language) {
        useViewport(Viewport.PHONE);
        signIn("kebumen.admin", "suara-demo");
        open("/kantor/admin/instansi" + language);
        follow(find("main a[href$='/templat-dokumen']"));
        assertNoHorizontalScroll();
        assertAccessible();
        follow(find("#templates a[href$='/RECEIPT']"));
        assertThat(find("#body").getAttribute("value")).contains("TANDA TERIMA LAPORAN");
        assertNoHorizontalScroll();
        assertAccessible();
        // refused, so nothing is saved for the demo institution
        script("var t = document.getElementById('body');"
                + " t.value = t.value.replace('<h1>TANDA TERIMA LAPORAN</h1>',"
                + " '<h1 th:text=\"${@staffAccounts.findAll()}\">x</h1>');");
        submitForm("#note");
        assertThat(browser().findElements(By.id("body-error"))).hasSize(1);
        assertThat(find("#body").getAttribute("aria-describedby")).isEqualTo("body-error body-hint");
        screenshot("document-template-refused" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @Test
    void anOrgansAgendaAndACasesAudiencePageFitAPhoneScreenWithoutAccessibilityViolations() {
        var caseId = delegationAgreedForKomisiA();
        useViewport(Viewport.PHONE);
        signIn("kebumen.komisia", "suara-demo");
        open("/kantor/agenda");
        assertThat(browser().getCurrentUrl()).contains("/kantor/agenda/");
        assertThat(find("h1").getText()).contains("Komisi A");
        assertThat(find("#upcoming").getText()).contains("Kelompok Tani Sido Makmur");
        screenshot("agenda-phone");
        assertNoHorizontalScroll();
        assertAccessible();

        // on the day of the audience, the gate's page with its arrival form
        clock.set(Audiences.receptionTime(14).withHour(9).toInstant());
        try {
            browser().manage().deleteAllCookies();
            signIn("kebumen.humas", "suara-demo");
            open("/kantor/kasus/" + caseId + "/audiensi");
            assertThat(browser().findElements(By.id("arrival-form"))).hasSize(1);
            screenshot("audience-phone");
            assertNoHorizontalScroll();
            assertAccessible();
        } finally {
            clock.reset();
        }
    }

    /** A walk-in delegation whose audience the Secretary agreed with Komisi A two weeks ahead; its case id. */
    private String delegationAgreedForKomisiA() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        var at = Audiences.receptionTime(14);
        request.put("audienceRequestedFor", at.toString());
        request.put("delegationSize", 4);
        ((Map<String, Object>) request.get("complainant")).put("organisation", "Kelompok Tani Sido Makmur");
        String caseId = api.register("kebumen.petugas", request).get("case.id");
        api.check(
                "kebumen.petugas",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        api.act("kebumen.petugas", caseId, "accept", Map.of());
        api.act("kebumen.petugas", caseId, "record", Map.of());
        api.act("kebumen.petugas", caseId, "forward", Map.of());
        api.act("kebumen.humas", caseId, "forward", Map.of());
        var agreed = api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString(), "meetingAt", at.toString()));
        assertThat(agreed.status()).as(agreed.raw()).isEqualTo(200);
        return caseId;
    }

    @Test
    void theAuditPageFitsAPhoneScreen() {
        useViewport(Viewport.PHONE);
        signIn("sysadmin", "suara-demo");
        open("/kantor/audit");
        screenshot("audit-phone");
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
