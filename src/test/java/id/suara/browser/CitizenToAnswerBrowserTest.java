package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole journey in a real browser: a citizen submits a complaint with an attachment and tracks it; staff check the
 * requirements and move it along the Kebumen SOP, its response letter drafted, initialled, signed and delivered, to a
 * published answer; the citizen then reads the answer.
 */
class CitizenToAnswerBrowserTest extends BrowserTest {

    private String trackingNumber;
    private String accessCode;

    @Test
    void aComplaintTravelsFromTheCitizensFormToAPublishedAnswerTheCitizenReads() throws Exception {
        submitAsCitizen();
        track();
        assertThat(find("main").getText()).contains("Terdaftar").doesNotContain("Balasan untuk warga");

        var caseUrl = openCaseAs("kebumen.petugas");
        screenshot("case-before-check");
        assertAccessible();
        assertNoHorizontalScroll();
        checkAllRequirements();
        act("accept");
        act("record");
        act("forward");
        throughTheCouncilToThePublishedAnswer(
                caseUrl, "Balasan untuk warga: perbaikan jalan dijadwalkan bulan depan.", true);
        screenshot("case-completed");
        assertThat(find("main").getText()).contains("Selesai");

        browser().manage().deleteAllCookies();
        track();
        screenshot("tracking-answered");
        assertAccessible();
        assertThat(find("main").getText()).contains("Balasan untuk warga: perbaikan jalan dijadwalkan bulan depan.");
    }

    @Test
    void aCitizensLetterRegisteredAtTheFrontDeskTravelsTheWholeWrittenLetterSopToAnAnswer() throws Exception {
        browser().manage().deleteAllCookies();
        signIn("kebumen.umum", "suara-demo");
        open("/kantor/registrasi");
        new Select(find("#kind")).selectByValue("COMPLAINT");
        new Select(find("#channel")).selectByValue("LETTER");
        find("#complainantName").sendKeys("Slamet Riyadi");
        find("#complainantIdentityNumber").sendKeys("3305010101900077");
        find("#complainantAddress").sendKeys("Desa Karanganyar RT 2, Kebumen");
        find("#complainantPhone").sendKeys("+62 812 0000 3333");
        find("#title").sendKeys("Irigasi sawah tersumbat");
        find("#purpose").sendKeys("Mohon saluran irigasi dibersihkan");
        find("#substance").sendKeys("Saluran irigasi desa tersumbat sejak musim hujan dan sawah tergenang.");
        Path scan = Files.createTempFile("surat-pengaduan", ".pdf");
        Files.write(scan, TestFiles.pdf());
        find("#files").sendKeys(scan.toAbsolutePath().toString());
        submitForm("#substance");
        trackingNumber = find("#tracking-number").getText();
        accessCode = find("#access-code").getText();
        assertThat(trackingNumber).startsWith("SR-");
        screenshot("front-desk-receipt");

        var caseUrl = browser().getCurrentUrl().contains("/kantor/kasus/")
                ? browser().getCurrentUrl()
                : openCaseAs("kebumen.umum");
        assertThat(find("main").getText()).contains("Surat").contains("surat-pengaduan");
        assertNoHorizontalScroll();
        checkAllRequirements();
        act("accept");
        openCaseAs("kebumen.petugas", caseUrl);
        act("record");
        act("forward");
        throughTheCouncilToThePublishedAnswer(caseUrl, "Komisi C meminta dinas membersihkan saluran irigasi.", false);
        assertThat(find("main").getText()).contains("Selesai");

        browser().manage().deleteAllCookies();
        track();
        assertThat(find("main").getText()).contains("Komisi C meminta dinas membersihkan saluran irigasi.");
    }

    /** Steps 4 to 11 of Kebumen's written-letter and online SOPs, from the complaints division to the recap. */
    private void throughTheCouncilToThePublishedAnswer(String caseUrl, String publicAnswer, boolean email) {
        openCaseAs("kebumen.pengaduan", caseUrl);
        act("forward");
        openCaseAs("kebumen.sekwan", caseUrl);
        // Typing picks the option as a keyboard user does; a mouse-opened picker could swallow the next click.
        find("#a-coordinate-assignedUnit").sendKeys("Komisi C");
        assertThat(new Select(find("#a-coordinate-assignedUnit"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Komisi C (Pembangunan)");
        act("coordinate");
        openCaseAs("kebumen.pimpinan", caseUrl);
        find("#a-approve-direction").sendKeys("Tindak lanjuti bersama Dinas PU");
        act("approve");
        // Step 8: the response letter, drafted from the case page, initialled by the division, signed by the Secretary
        openCaseAs("kebumen.pengaduan", caseUrl);
        new Select(find("#letter-type")).selectByValue("RESPONSE_LETTER");
        submitForm("#letter-type");
        find("#letter-subject").sendKeys("Tanggapan atas pengaduan Saudara");
        find("#letter-body").sendKeys("Dengan hormat, aduan Saudara telah kami tindak lanjuti.");
        new Select(find("#letter-signatoryId")).selectByIndex(1);
        screenshot("letter-form");
        assertAccessible();
        submitForm("#letter-body");
        var letterUrl = browser().getCurrentUrl();
        assertThat(find("#letter-status").getText()).contains("menunggu paraf Bagian Pengaduan");
        submitForm("#letter-initial");
        openCaseAs("kebumen.sekwan", letterUrl);
        submitForm("#letter-sign");
        assertThat(find("#letter-status").getText()).startsWith("Ditandatangani, nomor 000/");
        screenshot("letter-signed");
        assertAccessible();
        assertNoHorizontalScroll();
        // Step 9: delivered to the complainant, by e-mail when they gave an address, otherwise by post
        openCaseAs("kebumen.pengaduan", letterUrl);
        if (email) {
            submitForm("#letter-email");
            new WebDriverWait(browser(), Duration.ofSeconds(30)).until(driver -> {
                driver.navigate().refresh();
                return find("#letter-deliveries").getText().contains("terkirim lewat surel");
            });
        } else {
            find("#letter-post-note").sendKeys("Pos tercatat, resi RR123456789ID");
            submitForm("#letter-posted");
            assertThat(find("#letter-deliveries").getText()).contains("dikirim lewat pos");
        }
        browser().get(caseUrl);
        act("draft");
        // The answer to publish starts from the drafted letter; the preview shows it as the public will read it.
        var answer = find("#a-publish-publicAnswer");
        assertThat(answer.getDomProperty("value")).isEqualTo("Dengan hormat, aduan Saudara telah kami tindak lanjuti.");
        answer.clear();
        answer.sendKeys(publicAnswer);
        follow(find("form[data-action='publish'] button[name=preview]"));
        assertThat(find("#a-publish-preview").getText()).isEqualTo(publicAnswer);
        act("publish");
        act("recap");
    }

    private void checkAllRequirements() {
        for (var box : browser().findElements(By.cssSelector("input[name=met]"))) {
            box.click();
        }
        submitForm("input[name=met]");
    }

    private void submitAsCitizen() throws Exception {
        open("/i/dprd-kebumen/lapor");
        new Select(find("#kind")).selectByValue("COMPLAINT");
        find("#name").sendKeys("Sri Rahayu");
        find("#identityNumber").sendKeys("3305010101900099");
        find("#address").sendKeys("Jl. Kenanga 3, Kebumen");
        find("#phone").sendKeys("+62 812 0000 1111");
        find("#email").sendKeys("sri.rahayu@example.id");
        find("#title").sendKeys("Jalan berlubang di Jl. Kenanga");
        find("#purpose").sendKeys("Mohon perbaikan jalan");
        find("#substance").sendKeys("Lubang besar di depan sekolah membahayakan anak-anak.");
        Path scan = Files.createTempFile("foto-jalan", ".pdf");
        Files.write(scan, TestFiles.pdf());
        find("#files").sendKeys(scan.toAbsolutePath().toString());
        screenshot("submission-form-filled");
        submitForm("#substance");
        trackingNumber = find("input[name=trackingNumber]").getDomProperty("value");
        accessCode = find("input[name=accessCode]").getDomProperty("value");
        assertThat(trackingNumber).startsWith("SR-");
        assertThat(find("main").getText()).contains(trackingNumber).contains(accessCode);
        screenshot("submitted");
        assertAccessible();
    }

    private void track() {
        open("/lacak");
        find("#trackingNumber").sendKeys(trackingNumber);
        find("#accessCode").sendKeys(accessCode);
        submitForm("#accessCode");
    }

    private String openCaseAs(String user) {
        browser().manage().deleteAllCookies();
        signIn(user, "suara-demo");
        open("/kantor?q=" + trackingNumber + "&tab=all");
        follow(find("a[href^='/kantor/kasus/']"));
        return browser().getCurrentUrl();
    }

    private void openCaseAs(String user, String caseUrl) {
        browser().manage().deleteAllCookies();
        signIn(user, "suara-demo");
        browser().get(caseUrl);
    }

    /** Presses the button that performs the action (not its preview). */
    private void act(String action) {
        var button = find("form[data-action='" + action + "'] button[type=submit]:not([name=preview])");
        toNextPage(button::click);
        assertThat(browser().findElements(By.cssSelector(".errors"))).as(action).isEmpty();
    }
}
