package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey in a real browser: a citizen submits a complaint with an attachment and tracks it; staff check the
 * requirements and move it along the Kebumen SOP to a published answer; the citizen then reads the answer.
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
        for (var box : browser().findElements(By.cssSelector("input[name=met]"))) {
            box.click();
        }
        find("input[name=met]").submit();
        act("accept");
        act("record");
        act("forward");
        openCaseAs("kebumen.pengaduan", caseUrl);
        act("forward");
        openCaseAs("kebumen.sekwan", caseUrl);
        new Select(find("#a-coordinate-assignedUnit")).selectByVisibleText("Komisi C (Pembangunan)");
        act("coordinate");
        openCaseAs("kebumen.pimpinan", caseUrl);
        find("#a-approve-direction").sendKeys("Tindak lanjuti bersama Dinas PU");
        act("approve");
        openCaseAs("kebumen.pengaduan", caseUrl);
        find("#a-draft-responseLetter").sendKeys("Dengan hormat, aduan Saudara telah kami tindak lanjuti.");
        act("draft");
        find("#a-publish-publicAnswer").sendKeys("Balasan untuk warga: perbaikan jalan dijadwalkan bulan depan.");
        act("publish");
        act("recap");
        screenshot("case-completed");
        assertThat(find("main").getText()).contains("Selesai");

        browser().manage().deleteAllCookies();
        track();
        screenshot("tracking-answered");
        assertAccessible();
        assertThat(find("main").getText()).contains("Balasan untuk warga: perbaikan jalan dijadwalkan bulan depan.");
    }

    private void submitAsCitizen() throws Exception {
        open("/i/dprd-kebumen/lapor");
        new Select(find("#kind")).selectByValue("COMPLAINT");
        find("#name").sendKeys("Sri Rahayu");
        find("#identityNumber").sendKeys("3305010101900099");
        find("#address").sendKeys("Jl. Kenanga 3, Kebumen");
        find("#phone").sendKeys("+62 812 0000 1111");
        find("#title").sendKeys("Jalan berlubang di Jl. Kenanga");
        find("#purpose").sendKeys("Mohon perbaikan jalan");
        find("#substance").sendKeys("Lubang besar di depan sekolah membahayakan anak-anak.");
        Path scan = Files.createTempFile("foto-jalan", ".pdf");
        Files.write(scan, TestFiles.pdf());
        find("#files").sendKeys(scan.toAbsolutePath().toString());
        screenshot("submission-form-filled");
        find("#substance").submit();
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
        find("#accessCode").submit();
    }

    private String openCaseAs(String user) {
        browser().manage().deleteAllCookies();
        signIn(user, "suara-demo");
        open("/kantor?q=" + trackingNumber + "&tab=all");
        find("a[href^='/kantor/kasus/']").click();
        return browser().getCurrentUrl();
    }

    private void openCaseAs(String user, String caseUrl) {
        browser().manage().deleteAllCookies();
        signIn(user, "suara-demo");
        browser().get(caseUrl);
    }

    private void act(String action) {
        find("form[data-action='" + action + "'] button[type=submit]").click();
        assertThat(browser().findElements(By.cssSelector(".errors"))).as(action).isEmpty();
    }
}
