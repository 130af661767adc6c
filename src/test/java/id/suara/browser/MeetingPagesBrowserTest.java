package id.suara.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.Api;
import id.suara.test.Audiences;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The meeting and audience pages in a real browser (ADR 0026, 0028): the meetings list, a meeting with its
 * preparations (one overdue), attendance list and minutes, letters (one made for the old date), changes and the open
 * change form, the form scheduling a meeting for a case, a case's audience page with its schedule letter, and an
 * organ's agenda — on a 360 px phone and an office PC, in Indonesian and English. No axe-core violations, nothing wider
 * than the screen.
 */
class MeetingPagesBrowserTest extends BrowserTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** The data the pages show, made once for the class: the Pekalongan case and meeting, the Kebumen delegation. */
    private static String caseId;

    private static String meetingId;
    private static String delegationCaseId;

    @Autowired
    Api api;

    @BeforeEach
    void signedOutWithData() {
        browser().manage().deleteAllCookies();
        if (meetingId == null) {
            meeting();
            delegationCaseId = delegationWithScheduleLetter();
        }
    }

    /**
     * A Pekalongan RDP on a case with a long title: its invitation signed, then moved a week (so the invitation is
     * flagged), a preparation overdue and one done, the attendance list and minutes issued, its report drafted.
     */
    private void meeting() {
        var letter = Api.webSubmission("setwan-pekalongan");
        letter.put("channel", "LETTER");
        letter.put(
                "title",
                "Jalan desa Sruweng–Karanganyar rusak parah sepanjang dua kilometer dan membahayakan pengendara");
        caseId = api.register("pekalongan.staf", letter).get("case.id");
        var at = OffsetDateTime.now(WIB)
                .plusDays(10)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var meeting = new LinkedHashMap<String, Object>();
        meeting.put("kind", "RDP");
        meeting.put("title", "Jalan desa Sruweng–Karanganyar rusak");
        meeting.put("agenda", "Pembahasan pengaduan jalan desa rusak bersama Dinas Pekerjaan Umum dan Penataan Ruang");
        meeting.put("startsAt", at.toString());
        meeting.put("place", "Ruang Rapat Komisi A DPRD Kota Pekalongan");
        meeting.put("chair", "Ketua Komisi A");
        meeting.put(
                "invitees",
                "Ir. Bambang Sutrisno, M.T.; Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Pekalongan\n"
                        + "Drs. Agus Salim; Camat Pekalongan Barat");
        var created = api.createMeeting("pekalongan.staf", caseId, meeting);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        meetingId = created.get("id");
        api.meetingLetterSigned(
                "setwan-pekalongan",
                meetingId,
                "pekalongan.staf",
                "INVITATION",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        var current =
                api.send(Api.as("pekalongan.staf", MockMvcRequestBuilders.get("/api/v1/meetings/{id}", meetingId)));
        var edit = new LinkedHashMap<String, Object>(meeting);
        edit.remove("invitees");
        edit.put("invitees", meeting.get("invitees"));
        edit.put("startsAt", at.plusDays(7).toString());
        edit.put("reason", "Kepala Dinas PU menghadiri rapat koordinasi di provinsi");
        edit.put("version", current.get("version"));
        var moved = api.send(Api.as(
                "pekalongan.staf",
                MockMvcRequestBuilders.put("/api/v1/meetings/{id}", meetingId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(edit))));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        var today = LocalDate.now(WIB);
        api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics",
                Map.of(
                        "item",
                        "ROOM",
                        "description",
                        "Ruang rapat Komisi A beserta pengeras suara",
                        "ownerName",
                        "Subbagian Rumah Tangga",
                        "dueOn",
                        today.minusDays(1).toString()));
        api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics",
                Map.of(
                        "item",
                        "CATERING",
                        "ownerName",
                        "Bagian Umum",
                        "dueOn",
                        today.plusDays(9).toString()));
        api.meetingPost("pekalongan.staf", meetingId, "attendance-list", null);
        api.recordMinutes(
                "pekalongan.staf",
                meetingId,
                Map.of(
                        "discussion",
                        List.of(Map.of("speaker", "Kepala Dinas PU", "points", "Perbaikan dianggarkan tahun 2027.")),
                        "decisions",
                        List.of("Dinas PU menambal jalan dalam 14 hari."),
                        "noteTaker",
                        "Rina Wulandari"));
        api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "letters",
                Map.of("type", "MEETING_REPORT", "signatoryId", api.signatory("setwan-pekalongan")));
    }

    /** A Kebumen delegation whose audience Komisi A agreed, with its schedule letter drafted; the case's id. */
    private String delegationWithScheduleLetter() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        var at = Audiences.receptionTime(14);
        request.put("audienceRequestedFor", at.toString());
        request.put("delegationSize", 4);
        ((Map<String, Object>) request.get("complainant")).put("organisation", "Kelompok Tani Sido Makmur");
        String id = api.register("kebumen.petugas", request).get("case.id");
        api.check(
                "kebumen.petugas",
                id,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        api.act("kebumen.petugas", id, "accept", Map.of());
        api.act("kebumen.petugas", id, "record", Map.of());
        api.act("kebumen.petugas", id, "forward", Map.of());
        api.act("kebumen.humas", id, "forward", Map.of());
        var agreed = api.act(
                "kebumen.sekwan",
                id,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString(), "meetingAt", at.toString()));
        assertThat(agreed.status()).as(agreed.raw()).isEqualTo(200);
        var letter = api.send(Api.as(
                "kebumen.humas",
                MockMvcRequestBuilders.post("/api/v1/cases/{id}/audience/schedule-letter", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of(
                                "signatoryId", api.signatory("dprd-kebumen").toString())))));
        assertThat(letter.status()).as(letter.raw()).isEqualTo(201);
        return id;
    }

    private void check(String name) {
        assertThat(find("h1").getText()).isNotBlank();
        screenshot(name);
        assertNoHorizontalScroll();
        assertAccessible();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Viewport.class,
            names = {"PHONE", "DESKTOP"})
    void theMeetingPagesHaveNoAccessibilityViolationsAndFitTheScreen(Viewport viewport) {
        useViewport(viewport);
        var suffix = "-" + viewport.name().toLowerCase();
        signIn("pekalongan.staf", "suara-demo");

        open("/kantor/rapat");
        assertThat(find("#meeting-list").getText()).contains("Jalan desa Sruweng–Karanganyar rusak");
        check("meetings" + suffix);

        open("/kantor/rapat/" + meetingId);
        assertThat(find("#logistics").getText()).contains("Terlambat");
        assertThat(find("#records").getText()).contains("Notula");
        assertThat(find("#meeting-letters").getText()).contains("Berbeda dari rapat");
        assertThat(find("#meeting-changes").getText()).contains("Rapat dijadwalkan ulang");
        find("#ubah summary").click();
        assertThat(browser().findElements(By.id("edit-reason"))).hasSize(1);
        check("meeting" + suffix);

        open("/kantor/rapat/" + meetingId + "?lang=en");
        assertThat(find("#meeting-changes").getText()).contains("Meeting rescheduled");
        check("meeting-en" + suffix);

        open("/kantor/kasus/" + caseId + "/rapat/baru");
        check("meeting-form" + suffix);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Viewport.class,
            names = {"PHONE", "DESKTOP"})
    void theAudiencePageWithItsScheduleLetterAndTheOrgansAgendaHaveNoAccessibilityViolationsAndFitTheScreen(
            Viewport viewport) {
        useViewport(viewport);
        var suffix = "-" + viewport.name().toLowerCase();
        signIn("kebumen.humas", "suara-demo");
        open("/kantor/kasus/" + delegationCaseId + "/audiensi");
        assertThat(find("#schedule-letters").getText()).contains("Surat pemberitahuan jadwal audiensi");
        check("audience" + suffix);
        open("/kantor/kasus/" + delegationCaseId + "/audiensi?lang=en");
        check("audience-en" + suffix);

        browser().manage().deleteAllCookies();
        signIn("kebumen.komisia", "suara-demo");
        open("/kantor/agenda");
        assertThat(find("#upcoming").getText()).contains("Kelompok Tani Sido Makmur");
        check("agenda" + suffix);
    }
}
