package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.suara.casework.IkmElement;
import id.suara.test.Api;
import id.suara.test.TestFiles;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen on a 360 px phone (ADR 0036): opens the tracking page, adds information with a photo, and on an answered
 * case rates the answer in the IKM survey; axe finds no violation on those pages.
 */
class CitizenConversationBrowserTest extends BrowserTest {

    private static final String ADMIN = "demak.admin-koordinator";
    private static final String LIAISON = "demak.penghubung-dpupr";

    @Autowired
    Api api;

    private record Submitted(String trackingNumber, String accessCode, String caseId) {}

    private Submitted submit() {
        var submitted = api.submit(Api.webSubmission("diskominfo-demak"));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        List<Map<String, Object>> items = api.send(
                        Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)))
                .get("items");
        return new Submitted(trackingNumber, submitted.get("accessCode"), (String)
                items.getFirst().get("id"));
    }

    private void answer(Submitted s) {
        api.check(ADMIN, s.caseId(), Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
        api.act(ADMIN, s.caseId(), "accept", Map.of());
        api.act(ADMIN, s.caseId(), "verify", Map.of());
        api.act(
                ADMIN,
                s.caseId(),
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString()));
        api.act(LIAISON, s.caseId(), "answer", Map.of());
        api.act(LIAISON, s.caseId(), "send-answer", Map.of());
        var published = api.act(ADMIN, s.caseId(), "accept", Map.of("publicAnswer", "Jalan diperbaiki pekan depan."));
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
    }

    private void track(Submitted s) {
        open("/lacak");
        find("#trackingNumber").sendKeys(s.trackingNumber());
        find("#accessCode").sendKeys(s.accessCode());
        submitForm("#accessCode");
    }

    @Test
    void aCitizenOnAPhoneAddsInformationAndThenRatesTheAnswer() throws Exception {
        var open = submit();
        track(open);
        assertThat(find("#add-information").isDisplayed()).isTrue();
        screenshot("conversation-tracking-open");
        assertAccessible();
        assertNoHorizontalScroll();

        find("#conversation-text").sendKeys("Lubangnya kini selebar satu meter, di depan SD Negeri 2.");
        var photo = Files.createTempFile("foto-lubang", ".pdf");
        Files.write(photo, TestFiles.pdf());
        find("#conversation-files").sendKeys(photo.toAbsolutePath().toString());
        submitForm("#conversation-text");

        assertThat(find("#conversation-done").getText()).contains("Terima kasih");
        assertThat(find("#messages").getText()).contains("selebar satu meter", "foto-lubang");
        screenshot("conversation-information-added");
        assertAccessible();
        assertNoHorizontalScroll();

        var answered = submit();
        answer(answered);
        browser().manage().deleteAllCookies();
        track(answered);
        assertThat(find("#survey").isDisplayed()).isTrue();
        for (var element : IkmElement.values()) {
            var score = element == IkmElement.U4 ? 4 : 3;
            var radio = find("#" + element.name() + "-" + score);
            script("arguments[0].scrollIntoView({block: 'center'})", radio);
            radio.click();
        }
        find("#solved-yes").click();
        find("#survey-comment").sendKeys("Petugas ramah dan cepat.");
        screenshot("conversation-survey-filled");
        assertAccessible();
        assertNoHorizontalScroll();
        submitForm("#survey-comment");

        assertThat(find("#survey-done").getText()).contains("Terima kasih");
        assertThat(find("#objection").isDisplayed()).isTrue();
        screenshot("conversation-survey-done");
        assertAccessible();
        assertNoHorizontalScroll();
    }
}
