package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recess visit's sheets page (ADR 0033) fits a 360 px phone and has no WCAG 2.1 A/AA violations (axe-core), also with
 * a refused import, in each language. Runs once the visits service (VisitEntries) is merged: the visit is a plain row.
 */
class VisitSheetPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Override
    protected Viewport viewport() {
        return Viewport.PHONE;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    /** A visit of Kebumen's first demo member in the latest recess. */
    private String visitPage() {
        var kebumen = jdbc.sql("select id from institution where code = 'dprd-kebumen'")
                .query(UUID.class)
                .single();
        var recess = jdbc.sql("""
                        select id from sitting_period where institution_id = ? and kind = 'RECESS'
                        order by starts_on desc limit 1""").param(kebumen).query(UUID.class).single();
        var member = jdbc.sql(
                        "select id from council_member where institution_id = ? and name = 'H. Slamet Riyanto, S.Pd.'")
                .param(kebumen)
                .query(UUID.class)
                .single();
        var visit = UUID.randomUUID();
        jdbc.sql("""
                insert into recess_visit (id, institution_id, recess_id, member_id, starts_at, place, district, village)
                values (?, ?, ?, ?, ?, 'Balai Desa Kedungwinangun', 'Sruweng', 'Kedungwinangun')""")
                .params(
                        visit,
                        kebumen,
                        recess,
                        member,
                        OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.ofHours(7)))
                .update();
        return "/kantor/admin/instansi/" + kebumen + "/reses/kunjungan/" + visit + "/lembar";
    }

    @ParameterizedTest(name = "language query \"{0}\"")
    @ValueSource(strings = {"", "?lang=en"})
    void theSheetsPageAndARefusedImportFitAPhoneWithoutAccessibilityViolations(String language) throws IOException {
        var page = visitPage();
        signIn("kebumen.petugas", "suara-demo");
        open(page + language);
        assertThat(find("main").getText()).contains("H. Slamet Riyanto");
        screenshot("recess-visit-sheets-phone" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();

        var notXlsx = Files.createTempFile("lembar", ".xlsx");
        Files.writeString(notXlsx, "Nama;Kategori\n", StandardCharsets.UTF_8);
        find("#import-aspirations").sendKeys(notXlsx.toAbsolutePath().toString());
        submitForm("#import-aspirations");
        assertThat(browser().findElements(By.cssSelector(".errors[role='alert']")))
                .hasSize(1);
        screenshot("recess-visit-sheets-refused-phone" + language.replace("?lang=", "-"));
        assertNoHorizontalScroll();
        assertAccessible();
    }
}
