package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page in a real browser, in an office PC's window (1280×900) and on a phone (360×740): what to do now is on
 * the first screen, the SOP's swimlanes scroll inside their own box, and the page passes axe-core in every state a
 * form leaves it in.
 */
class CasePageBrowserTest extends BrowserTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Override
    protected Viewport viewport() {
        return Viewport.OFFICE_WINDOW;
    }

    @BeforeEach
    void signedOut() {
        browser().manage().deleteAllCookies();
    }

    /** A letter to DPRD Kebumen, registered by general affairs and checked: it waits for general affairs to accept. */
    private String checkedKebumenLetter(Map<String, Boolean> items) {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        assertThat(api.check("kebumen.umum", caseId, items).status()).isEqualTo(200);
        return caseId;
    }

    private double topOnThePage(String cssSelector) {
        return ((Number) script("return arguments[0].getBoundingClientRect().top + window.scrollY", find(cssSelector)))
                .doubleValue();
    }

    /** The swimlane box, opened: it never widens the page, and scrolls its table sideways itself when it must. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> openedSwimlane() {
        find("details.sop summary").click();
        assertThat(find("details.sop").getDomProperty("open")).isEqualTo("true");
        return (Map<String, Object>) script(
                "const b = arguments[0], r = b.getBoundingClientRect();"
                        + " return {right: r.right, scrollWidth: b.scrollWidth, clientWidth: b.clientWidth,"
                        + " overflow: getComputedStyle(b).overflowX};",
                find("details.sop .swimlane"));
    }

    @Test
    void theWrittenLetterPageShowsItsActionsOnTheFirstScreenAndItsProcedureInItsOwnBox() {
        var caseId = checkedKebumenLetter(ALL_MET);
        signIn("kebumen.umum", "suara-demo");
        open("/kantor/kasus/" + caseId);

        assertThat(topOnThePage("form[data-action]"))
                .as("top of the first action form")
                .isLessThan(900);
        assertThat(find("#due").getText()).isNotBlank();
        screenshot("written-letter-1280");
        assertAccessible();
        assertNoHorizontalScroll();
        assertThat(find("details.sop").getDomProperty("open")).isEqualTo("false");

        var box = openedSwimlane();
        screenshot("written-letter-1280-procedure");
        assertNoHorizontalScroll();
        assertThat(box.get("overflow")).isEqualTo("auto");
        assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(1280);
        assertThat(((Number) box.get("scrollWidth")).intValue())
                .as("the whole table fits its box at 1280 px")
                .isLessThanOrEqualTo(((Number) box.get("clientWidth")).intValue());
        assertAccessible();

        useViewport(Viewport.PHONE);
        open("/kantor/kasus/" + caseId);
        screenshot("written-letter-360");
        assertNoHorizontalScroll();
        assertAccessible();
        var narrow = openedSwimlane();
        screenshot("written-letter-360-procedure");
        assertNoHorizontalScroll();
        assertThat(((Number) narrow.get("scrollWidth")).intValue())
                .as("the table scrolls inside its box at 360 px")
                .isGreaterThan(((Number) narrow.get("clientWidth")).intValue());
        assertAccessible();
    }

    @Test
    void aRefusedArchiveShowsItsErrorAtTheConfirmationBox() {
        var failed = new LinkedHashMap<>(ALL_MET);
        failed.put("SUPPORTING_DATA", false);
        var caseId = checkedKebumenLetter(failed);
        signIn("kebumen.umum", "suara-demo");
        open("/kantor/kasus/" + caseId);
        assertThat(browser().findElements(By.cssSelector("form[data-action]")))
                .extracting(form -> form.getAttribute("data-action"))
                .containsExactly("archive");
        screenshot("failed-check");
        assertAccessible();

        // The box is required in the browser too; without that, the server refuses the form at the box.
        script("document.getElementById('a-archive-confirmed').removeAttribute('required')");
        submitForm("#a-archive-note");
        assertThat(find("#a-archive-confirmed-error").getText()).contains("Saya yakin");
        assertThat(find("#error-summary a[href='#a-archive-confirmed']").getText())
                .isNotBlank();
        screenshot("archive-refused");
        assertAccessible();
        assertNoHorizontalScroll();

        find("#a-archive-confirmed").click();
        submitForm("#a-archive-note");
        assertThat(find("#waiting").getText()).contains("Selesai");
        screenshot("archived");
        assertAccessible();
    }

    @Test
    void thePublishPreviewShowsTheAnswerAsThePublicWillReadItBesideTheForm() {
        var caseId = checkedKebumenLetter(ALL_MET);
        api.act("kebumen.umum", caseId, "accept", Map.of());
        api.act("kebumen.petugas", caseId, "record", Map.of());
        api.act("kebumen.petugas", caseId, "forward", Map.of());
        api.act("kebumen.pengaduan", caseId, "forward", Map.of());
        api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-c").toString()));
        api.act("kebumen.pimpinan", caseId, "approve", Map.of("direction", "Tindak lanjuti bersama Dinas PU"));
        api.respondByPost(
                "dprd-kebumen",
                caseId,
                "kebumen.pengaduan",
                "Yth. Siti Aminah (telp. 0812 1111 2222),\nKomisi C menjadwalkan rapat kerja dengan Dinas PU.",
                "kebumen.pengaduan",
                "kebumen.sekwan");
        var drafted = api.act("kebumen.pengaduan", caseId, "draft", Map.of());
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(200);

        signIn("kebumen.pengaduan", "suara-demo");
        open("/kantor/kasus/" + caseId);
        assertThat(find("#a-publish-publicAnswer").getDomProperty("value")).startsWith("Yth. Siti Aminah");
        follow(find("form[data-action='publish'] button[name=preview]"));
        assertThat(find("#a-publish-preview").getText())
                .startsWith("Yth. [disamarkan] (telp. [disamarkan]),")
                .doesNotContain("Siti", "0812");
        assertThat(find("#a-publish-publicAnswer").getDomProperty("value")).startsWith("Yth. Siti Aminah");
        screenshot("publish-preview-1280");
        assertAccessible();
        assertNoHorizontalScroll();

        useViewport(Viewport.PHONE);
        screenshot("publish-preview-360");
        assertNoHorizontalScroll();
        open("/kantor/kasus/" + caseId + "?lang=en");
        screenshot("publish-form-en-360");
        assertAccessible();
        assertNoHorizontalScroll();
    }

    @Test
    void anOrganMemberSeesWhomTheCaseWaitsFor() {
        var caseId = checkedKebumenLetter(ALL_MET);
        api.act("kebumen.umum", caseId, "accept", Map.of());
        api.act("kebumen.petugas", caseId, "record", Map.of());
        api.act("kebumen.petugas", caseId, "forward", Map.of());
        api.act("kebumen.pengaduan", caseId, "forward", Map.of());
        var coordinated = api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString()));
        assertThat(coordinated.status()).as(coordinated.raw()).isEqualTo(200);

        signIn("kebumen.komisia", "suara-demo");
        open("/kantor/kasus/" + caseId);
        assertThat(find("#waiting").getText()).contains("Menunggu", "Pimpinan DPRD");
        assertThat(topOnThePage("#waiting")).isLessThan(900);
        screenshot("organ-member-waiting-1280");
        assertAccessible();
        assertNoHorizontalScroll();
    }
}
