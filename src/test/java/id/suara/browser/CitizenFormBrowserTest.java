package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The citizen's form, result page, receipt and status page on a 360 px phone and on a desktop: every refused field at
 * once, the attachment kept, a refresh that creates nothing, codes that never wrap inside a group, and the status page
 * naming the institution and the expected answer date.
 */
class CitizenFormBrowserTest extends BrowserTest {

    @BeforeEach
    void freshVisitor() {
        browser().manage().deleteAllCookies();
    }

    @Test
    void onAPhoneARefusedFormListsEveryProblemAtOnceAndKeepsTheAttachment() throws Exception {
        open("/i/dprd-kebumen/lapor");
        // The browser's own checks (required, pattern) would stop the form first; the server must report all by itself.
        script("document.querySelector('form[enctype]').noValidate = true");
        find("#name").sendKeys("Sri Rahayu");
        find("#identityNumber").sendKeys("330501010190009");
        find("#email").sendKeys("bukan surel");
        find("#purpose").sendKeys("Mohon perbaikan jalan");
        find("#substance").sendKeys("Lubang besar di depan sekolah membahayakan anak-anak.");
        find("#files").sendKeys(pdf("foto-lubang").toString());
        submitForm("#substance");

        screenshot("refused-phone");
        var summary = browser().findElements(By.cssSelector("#error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(summary).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", summary)).contains("NIK", "surel", "judul");
        assertThat(find("#kept-files").getText()).contains("Berkas tersimpan: foto-lubang");
        assertAccessible();
        assertNoHorizontalScroll();

        find("#identityNumber").clear();
        find("#identityNumber").sendKeys("3305010101900099");
        find("#email").clear();
        find("#title").sendKeys("Jalan berlubang di depan sekolah");
        submitForm("#substance");

        var trackingNumber = find("#tracking-number").getText();
        var accessCode = find("#access-code").getText();
        assertThat(trackingNumber).startsWith("SR-");
        screenshot("submitted-phone");
        assertNoHorizontalScroll();
        assertAccessible();
        assertGroupsNeverWrapInside("#access-code");
        assertGroupsNeverWrapInside("#tracking-number");

        // A refresh shows the same result: nothing is submitted again.
        browser().navigate().refresh();
        assertThat(find("#tracking-number").getText()).isEqualTo(trackingNumber);
        assertThat(find("#access-code").getText()).isEqualTo(accessCode);

        follow(find("form[action='/lacak/tanda-terima'] button"));
        screenshot("receipt-phone");
        assertThat(find("main").getText()).contains("foto-lubang");
        assertNoHorizontalScroll();
        assertGroupsNeverWrapInside("dd.code");

        track(trackingNumber, accessCode);
        screenshot("status-phone");
        assertThat(find("main").getText())
                .contains("Sekretariat DPRD Kabupaten Kebumen", "Perkiraan jawaban paling lambat");
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @Test
    void onADesktopTheFormResultAndStatusPageReadWell() throws Exception {
        useViewport(Viewport.DESKTOP);
        open("/i/dprd-kebumen/lapor");
        screenshot("form-desktop");
        assertThat(find("#files-hint").getText()).contains("PDF", "10 berkas", "MB");
        find("#name").sendKeys("Sri Rahayu");
        find("#identityNumber").sendKeys("3305010101900099");
        find("#title").sendKeys("Lampu jalan padam di Jl. Kenanga");
        find("#purpose").sendKeys("Mohon lampu jalan diperbaiki");
        find("#substance").sendKeys("Lampu jalan padam sejak sebulan lalu.");
        submitForm("#substance");
        var trackingNumber = find("#tracking-number").getText();
        var accessCode = find("#access-code").getText();
        screenshot("submitted-desktop");
        assertAccessible();

        track(trackingNumber, accessCode);
        screenshot("status-desktop");
        assertThat(find("#institution").getText()).isEqualTo("Sekretariat DPRD Kabupaten Kebumen");
        assertThat(find("#expected-answer").getText()).contains("WIB");

        open("/i/tidak-ada");
        screenshot("not-found-desktop");
        assertThat(find("h1").getText()).isEqualTo("Halaman tidak ditemukan");
        assertAccessible();

        open("/jawaban");
        screenshot("answers-desktop");
        assertAccessible();
    }

    @Test
    void aCodeSqueezedNarrowBreaksOnlyBetweenItsGroups() throws Exception {
        open("/i/dprd-kebumen/lapor");
        find("#name").sendKeys("Sri Rahayu");
        find("#title").sendKeys("Saluran air tersumbat");
        find("#purpose").sendKeys("Mohon saluran dibersihkan");
        find("#substance").sendKeys("Saluran air tersumbat sampah.");
        submitForm("#substance");

        // As on the narrowest phones or with a large font: the code must wrap, and then only after a hyphen.
        var code = find("#access-code");
        script("arguments[0].style.maxWidth = '9ch'", code);
        assertThat(lines(code)).isGreaterThan(1);
        assertGroupsNeverWrapInside("#access-code");
    }

    private void track(String trackingNumber, String accessCode) {
        open("/lacak");
        find("#trackingNumber").sendKeys(trackingNumber);
        find("#accessCode").sendKeys(accessCode);
        submitForm("#accessCode");
    }

    /** Each group of the codes matched stands on one line: a group broken across two lines has two boxes. */
    private void assertGroupsNeverWrapInside(String codeSelector) {
        for (var code : browser().findElements(By.cssSelector(codeSelector))) {
            List<WebElement> groups = code.findElements(By.cssSelector(".group"));
            assertThat(groups).as(codeSelector + " is written in groups").isNotEmpty();
            for (var group : groups) {
                assertThat(((Number) script("return arguments[0].getClientRects().length", group)).intValue())
                        .as("group " + group.getText() + " of " + codeSelector)
                        .isEqualTo(1);
            }
        }
    }

    /** How many lines an element's text takes. */
    private int lines(WebElement element) {
        return ((Number) script(
                        "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                                + " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size",
                        element))
                .intValue();
    }

    @Test
    void onAPhoneAPhotoLargerThanTheLimitGetsAPageSayingTheLimitsNotAnError() throws Exception {
        open("/i/dprd-kebumen/lapor");
        find("#name").sendKeys("Sri Rahayu");
        find("#title").sendKeys("Jalan berlubang di depan sekolah");
        find("#purpose").sendKeys("Mohon perbaikan jalan");
        find("#substance").sendKeys("Lubang besar di depan sekolah membahayakan anak-anak.");
        var photo = Files.createTempFile("foto-besar", ".pdf");
        Files.write(photo, java.util.Arrays.copyOf(TestFiles.pdf(), 11 * 1024 * 1024));
        find("#files").sendKeys(photo.toAbsolutePath().toString());
        submitForm("#substance");

        screenshot("too-large-phone");
        assertThat(find("h1").getText()).isEqualTo("Berkas terlalu besar");
        assertThat(find("main").getText()).contains("paling besar 10 MB per berkas dan 30 MB seluruhnya");
        assertNoHorizontalScroll();
    }

    private static Path pdf(String name) throws Exception {
        var file = Files.createTempFile(name, ".pdf");
        Files.write(file, TestFiles.pdf());
        return file.toAbsolutePath();
    }
}
