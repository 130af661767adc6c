package id.suara.casework;

import static id.suara.test.PdfFiles.keepFirstPageAsPng;
import static id.suara.test.PdfFiles.qrCodeOn;
import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Meetings and their records through the API (ADR 0028): the Pekalongan procedure from the forum to the archive, the
 * attendance list and minutes as issued PDFs, and the refusals.
 */
@SuaraIntegrationTest
class MeetingsIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    Api api;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    String registeredLetter(boolean confidential) {
        var letter = Api.webSubmission("setwan-pekalongan");
        letter.put("channel", "LETTER");
        letter.put("confidential", confidential);
        var response = api.register("pekalongan.staf", letter);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.get("case.id");
    }

    void act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
    }

    /** A Pekalongan case at the invitation step: the forum agreed, an RDP of Komisi A in ten days at 09:00 WIB. */
    String caseWithAgreedForum(OffsetDateTime meetingAt, boolean confidential) {
        var caseId = registeredLetter(confidential);
        assertThat(api.check("pekalongan.staf", caseId, Map.of("IDENTITY", true))
                        .status())
                .isEqualTo(200);
        act("pekalongan.staf", caseId, "accept", Map.of());
        act(
                "pekalongan.kabag",
                caseId,
                "schedule",
                map(
                        "assignedUnit",
                        api.unit("setwan-pekalongan", "komisi-a").toString(),
                        "forum",
                        "RDP",
                        "meetingAt",
                        meetingAt.toString()));
        return caseId;
    }

    static OffsetDateTime tenDaysAhead() {
        return OffsetDateTime.now(WIB)
                .plusDays(10)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
    }

    Map<String, Object> meeting(OffsetDateTime at) {
        return map(
                "kind",
                "RDP",
                "title",
                "Jalan desa rusak di Sruweng",
                "agenda",
                "Pembahasan pengaduan jalan desa rusak bersama Dinas Pekerjaan Umum",
                "startsAt",
                at.toString(),
                "place",
                "Ruang Rapat Komisi A DPRD Kota Pekalongan",
                "chair",
                "Ketua Komisi A",
                "invitees",
                "Ir. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum\nDrs. Agus Salim; Camat Pekalongan Barat\n");
    }

    Map<String, Object> minutes() {
        return map(
                "opening",
                "Rapat dibuka oleh Ketua Komisi A pukul 09.10 WIB.",
                "discussion",
                List.of(
                        map(
                                "speaker",
                                "Kepala Dinas Pekerjaan Umum",
                                "points",
                                "Perbaikan jalan dianggarkan tahun 2027."),
                        map(
                                "speaker",
                                "Anggota Komisi A",
                                "points",
                                "Meminta penambalan darurat sebelum musim hujan.")),
                "decisions",
                List.of("Dinas Pekerjaan Umum melakukan penambalan darurat dalam 14 hari."),
                "closedAt",
                "11.30",
                "noteTaker",
                "Rina Wulandari");
    }

    @Test
    void followsThePekalonganProcedureFromTheForumThroughTheMeetingToTheArchive() throws Exception {
        var at = tenDaysAhead();
        var caseId = caseWithAgreedForum(at, false);

        // the form starts from what the SOP recorded: RDP, the time, Komisi A
        var proposal = api.send(Api.as("pekalongan.staf", get("/api/v1/cases/{id}/meetings/proposal", caseId)));
        assertThat((String) proposal.get("kind")).isEqualTo("RDP");
        assertThat(OffsetDateTime.parse(proposal.get("startsAt")).toInstant()).isEqualTo(at.toInstant());
        assertThat((String) proposal.get("unitId"))
                .isEqualTo(api.unit("setwan-pekalongan", "komisi-a").toString());

        var created = api.createMeeting("pekalongan.staf", caseId, meeting(at));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String meetingId = created.get("id");
        assertThat((String) created.get("unitName")).isEqualTo("Komisi A");
        assertThat((List<?>) created.get("cases")).hasSize(1);

        // logistics (000 step 5): one due yesterday and still open is flagged overdue
        var today = LocalDate.now(WIB);
        var room = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics",
                map(
                        "item",
                        "ROOM",
                        "ownerName",
                        "Subbagian Rumah Tangga",
                        "dueOn",
                        today.minusDays(1).toString()));
        assertThat(room.status()).as(room.raw()).isEqualTo(201);
        var catering = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics",
                map(
                        "item",
                        "CATERING",
                        "description",
                        "Snack 20 kotak",
                        "ownerName",
                        "Bagian Umum",
                        "dueOn",
                        today.plusDays(9).toString()));
        List<Map<String, Object>> logistics = catering.get("logistics");
        assertThat(logistics)
                .extracting(i -> i.get("item"), i -> i.get("overdue"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ROOM", true),
                        org.assertj.core.groups.Tuple.tuple("CATERING", false));
        var roomDone = api.meetingPost(
                "pekalongan.staf",
                meetingId,
                "logistics/" + logistics.getFirst().get("id") + "/done",
                null);
        List<Map<String, Object>> afterDone = roomDone.get("logistics");
        assertThat(afterDone.getFirst()).containsEntry("status", "DONE").containsEntry("overdue", false);

        // the invitation must be signed before the invitations go out
        assertThat(api.act("pekalongan.staf", caseId, "invite", Map.of()).errorFields())
                .containsExactly("letter");
        var invitation = api.meetingLetterSigned(
                "setwan-pekalongan",
                meetingId,
                "pekalongan.staf",
                "INVITATION",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        assertThat((String) invitation.get("status")).isEqualTo("SIGNED");
        assertThat((String) invitation.get("content.place")).isEqualTo("Ruang Rapat Komisi A DPRD Kota Pekalongan");
        assertThat((String) invitation.get("content.time")).isEqualTo("09.00 WIB s.d. selesai");
        assertThat((String) invitation.get("content.date"))
                .isEqualTo(at.toLocalDate().toString());
        act("pekalongan.staf", caseId, "invite", Map.of());
        act("pekalongan.staf", caseId, "prepare", Map.of());

        // the meeting: the minutes must be issued before it is recorded as held
        assertThat(api.act("pekalongan.staf", caseId, "record-minutes", Map.of())
                        .errorFields())
                .containsExactly("letter");
        var attendance = api.meetingPost("pekalongan.staf", meetingId, "attendance-list", null);
        assertThat(attendance.status()).as(attendance.raw()).isEqualTo(201);
        var issuedMinutes = api.recordMinutes("pekalongan.staf", meetingId, minutes());
        assertThat(issuedMinutes.status()).as(issuedMinutes.raw()).isEqualTo(201);
        assertThat((Integer) issuedMinutes.get("version")).isEqualTo(1);
        act("pekalongan.staf", caseId, "record-minutes", Map.of());
        // the case's history names the record the step needed, in words
        var office = new id.suara.test.OfficeBrowser(mvc);
        var history = id.suara.test.OfficeBrowser.body(
                office.open(office.signIn("pekalongan.staf"), "/kantor/kasus/{id}", caseId));
        assertThat(history).contains("Dokumen rapat").doesNotContain("MINUTES");

        // the report: signed before it is copied, delivered before the results are distributed
        assertThat(api.act("pekalongan.staf", caseId, "copy-report", Map.of()).errorFields())
                .containsExactly("letter");
        var report = api.meetingLetterSigned(
                "setwan-pekalongan",
                meetingId,
                "pekalongan.staf",
                "MEETING_REPORT",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        assertThat((String) report.get("content.conclusions"))
                .isEqualTo("Dinas Pekerjaan Umum melakukan penambalan darurat dalam 14 hari.");
        act("pekalongan.staf", caseId, "copy-report", Map.of());
        var answer = map("publicAnswer", "RDP Komisi A telah membahas aduan.");
        assertThat(api.act("pekalongan.staf", caseId, "distribute", answer).errorFields())
                .containsExactly("letter");
        var posted = api.send(Api.as(
                "pekalongan.staf",
                post("/api/v1/cases/{id}/letters/{l}/posted", caseId, report.get("id"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Diantar kurir, tanda terima 12")))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        act("pekalongan.staf", caseId, "distribute", answer);

        var view = api.view("pekalongan.staf", caseId);
        assertThat((String) view.get("status")).isEqualTo("COMPLETED");
        // the meeting's letters are the case's letters, linked back to the meeting
        var letters = api.send(Api.as("pekalongan.staf", get("/api/v1/cases/{id}/letters", caseId)));
        assertThat(letters.raw()).contains("INVITATION", "MEETING_REPORT");
        var shown = api.send(Api.as("pekalongan.staf", get("/api/v1/meetings/{id}", meetingId)));
        assertThat((List<?>) shown.get("letterIds")).hasSize(2);
        assertThat(api.send(Api.as("pekalongan.staf", get("/api/v1/cases/{id}/meetings", caseId)))
                        .raw())
                .contains(meetingId);

        // the records, as issued
        var expectedDate = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"))
                .format(at.toLocalDate());
        var attendancePdf = api.bytes("pekalongan.staf", "/api/v1/meetings/{id}/attendance-list.pdf", meetingId);
        var attendanceText = text(attendancePdf);
        assertThat(attendanceText)
                .contains("PEMERINTAH KOTA PEKALONGAN")
                .contains("DAFTAR HADIR", "Rapat Dengar Pendapat Jalan desa rusak di Sruweng", expectedDate)
                .contains("09.00 WIB s.d. selesai", "Ruang Rapat Komisi A DPRD Kota Pekalongan")
                .contains("Ir. Bambang Sutrisno", "Kepala Dinas Pekerjaan", "Drs. Agus Salim", "Tanda tangan");
        assertThat(qrCodeOn(keepFirstPageAsPng(attendancePdf, "attendance-list")))
                .contains("/verifikasi/");

        var minutesPdf = api.bytes("pekalongan.staf", "/api/v1/meetings/{id}/minutes.pdf", meetingId);
        var minutesText = text(minutesPdf);
        assertThat(minutesText)
                .contains("PEMERINTAH KOTA PEKALONGAN")
                .contains("NOTULA", expectedDate, "Ketua Komisi A", "Rina Wulandari")
                .contains("Kepala Dinas Pekerjaan Umum", "Perbaikan jalan dianggarkan tahun 2027.")
                .contains("Dinas Pekerjaan Umum melakukan penambalan darurat dalam 14 hari.")
                .contains("Rapat ditutup pukul 11.30 WIB");
        keepFirstPageAsPng(minutesPdf, "minutes");
    }

    @Test
    void theMeetingsInvitationAndBeritaAcaraPrintInTheOfficialLayoutsWithTheMeetingsDetails() throws Exception {
        var at = tenDaysAhead();
        var caseId = caseWithAgreedForum(at, false);
        String meetingId =
                api.createMeeting("pekalongan.staf", caseId, meeting(at)).get("id");
        var today = LocalDate.now(WIB);
        var dateline = "Pekalongan, "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).format(today);

        var invitation = api.meetingLetterSigned(
                "setwan-pekalongan",
                meetingId,
                "pekalongan.staf",
                "INVITATION",
                "pekalongan.kabag",
                "pekalongan.sekwan");
        String invitationNumber = invitation.get("number");
        var invitationPdf =
                api.bytes("pekalongan.sekwan", "/api/v1/cases/{id}/letters/{l}/pdf", caseId, invitation.get("id"));
        assertThat(text(invitationPdf).replaceAll("\\s+", " "))
                .contains("PEMERINTAH KOTA PEKALONGAN", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains(dateline)
                .contains("Nomor : " + invitationNumber, "Hal : Undangan Rapat Dengar Pendapat")
                .contains("mengundang Bapak/Ibu/Saudara untuk menghadiri Rapat Dengar Pendapat tentang Jalan desa"
                        + " rusak di Sruweng")
                .contains("Hari/tanggal : "
                        + DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN)
                                .format(at.toLocalDate()))
                .contains("Waktu : 09.00 WIB s.d. selesai")
                .contains("Tempat : Ruang Rapat Komisi A DPRD Kota Pekalongan")
                .contains("Acara : Pembahasan pengaduan jalan desa rusak bersama Dinas Pekerjaan Umum")
                .contains("Pimpinan rapat : Ketua Komisi A")
                .contains("kami mohon Bapak/Ibu/Saudara hadir tepat pada waktunya")
                .contains("Agus Priyanto, S.Sos.", "NIP. 19800112 200501 1 003");
        assertThat(qrCodeOn(keepFirstPageAsPng(invitationPdf, "invitation"))).contains("/verifikasi/");

        assertThat(api.recordMinutes("pekalongan.staf", meetingId, minutes()).status())
                .isEqualTo(201);
        var report = api.meetingLetterSigned(
                "setwan-pekalongan", meetingId, "pekalongan.staf", "OFFICIAL_REPORT", "pekalongan.kabag");
        String reportNumber = report.get("number");
        var reportPdf = api.bytes("pekalongan.kabag", "/api/v1/cases/{id}/letters/{l}/pdf", caseId, report.get("id"));
        assertThat(text(reportPdf).replaceAll("\\s+", " "))
                .contains("PEMERINTAH KOTA PEKALONGAN")
                .contains("BERITA ACARA", "Nomor: " + reportNumber)
                .contains("TENTANG HASIL RAPAT DENGAR PENDAPAT JALAN DESA RUSAK DI SRUWENG")
                .contains("Pada hari ini " + id.suara.documents.IndonesianWords.date(at.toLocalDate())
                        + ", bertempat di Ruang Rapat Komisi A DPRD Kota Pekalongan, telah dilaksanakan rapat")
                .contains("1. Dinas Pekerjaan Umum melakukan penambalan darurat dalam 14 hari.")
                .contains("Yang hadir dan menandatangani", "Ir. Bambang Sutrisno", "Kepala Dinas Pekerjaan Umum")
                .contains("Drs. Agus Salim", "Camat Pekalongan Barat", "Tanda tangan")
                .contains(dateline);
        keepFirstPageAsPng(reportPdf, "official-report");
        // the numbers are the institution's: each type counts on its own
        assertThat(invitationNumber).isNotEqualTo(reportNumber);
    }

    @Test
    void correctedMinutesAreIssuedAsANewVersionThatNamesTheOneItReplaces() throws Exception {
        var caseId = caseWithAgreedForum(tenDaysAhead(), false);
        String meetingId = api.createMeeting("pekalongan.staf", caseId, meeting(tenDaysAhead()))
                .get("id");
        assertThat(api.recordMinutes("pekalongan.staf", meetingId, minutes()).status())
                .isEqualTo(201);
        var corrected = new LinkedHashMap<>(minutes());
        corrected.put("decisions", List.of("Penambalan darurat dalam 7 hari."));
        var second = api.recordMinutes("pekalongan.staf", meetingId, corrected);
        assertThat((Integer) second.get("version")).isEqualTo(2);
        var records = api.send(Api.as("pekalongan.staf", get("/api/v1/meetings/{id}/records", meetingId)));
        assertThat(records.raw()).contains("\"version\":2", "\"version\":1");
        var text = text(api.bytes("pekalongan.staf", "/api/v1/meetings/{id}/minutes.pdf", meetingId));
        assertThat(text).contains("Penambalan darurat dalam 7 hari.", "Perbaikan ke-1");
    }

    @Test
    void aConfidentialComplainantsNameNeverPrintsInTheRecordsNorShowsToAnOrganMember() throws Exception {
        var caseId = caseWithAgreedForum(tenDaysAhead(), true);
        var request = meeting(tenDaysAhead());
        request.put("invitees", "Siti Aminah; Pengadu\nIr. Bambang Sutrisno; Kepala Dinas Pekerjaan Umum");
        String meetingId = api.createMeeting("pekalongan.staf", caseId, request).get("id");
        var minutes = new LinkedHashMap<>(minutes());
        minutes.put("opening", "Sdri. Siti Aminah menyampaikan aduannya.");
        assertThat(api.recordMinutes("pekalongan.staf", meetingId, minutes).status())
                .isEqualTo(201);
        api.meetingPost("pekalongan.staf", meetingId, "attendance-list", null);

        var asMember = api.send(Api.as("pekalongan.komisia", get("/api/v1/meetings/{id}", meetingId)));
        assertThat(asMember.status()).isEqualTo(200);
        assertThat(asMember.raw()).doesNotContain("Siti Aminah").contains("Dirahasiakan", "Bambang Sutrisno");
        var asOfficer = api.send(Api.as("pekalongan.staf", get("/api/v1/meetings/{id}", meetingId)));
        assertThat(asOfficer.raw()).contains("Siti Aminah");
        for (var path : List.of("/api/v1/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/attendance-list.pdf")) {
            assertThat(text(api.bytes("pekalongan.komisia", path, meetingId)))
                    .doesNotContain("Siti Aminah")
                    .contains("Dirahasiakan");
        }
    }

    @Test
    void aMemberOfAnotherOrganDoesNotSeeTheMeeting() {
        var caseId = caseWithAgreedForum(tenDaysAhead(), false);
        String meetingId = api.createMeeting("pekalongan.staf", caseId, meeting(tenDaysAhead()))
                .get("id");
        assertThat(api.send(Api.as("kebumen.komisia", get("/api/v1/meetings/{id}", meetingId)))
                        .status())
                .isEqualTo(404);
        assertThat(api.send(Api.as("pekalongan.komisia", get("/api/v1/meetings", meetingId)))
                        .raw())
                .contains(meetingId);
    }

    @Test
    void aMeetingWithoutADateIsRefusedNamingTheField() {
        var caseId = registeredLetter(false);
        var request = meeting(tenDaysAhead());
        request.remove("startsAt");
        var response = api.createMeeting("pekalongan.staf", caseId, request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("startsAt");
        assertThat(api.send(Api.as("pekalongan.staf", get("/api/v1/cases/{id}/meetings", caseId)))
                        .raw())
                .isEqualTo("[]");
    }

    @Test
    void aLogisticsItemWithoutAnOwnerIsRefusedNamingTheField() {
        var caseId = registeredLetter(false);
        String meetingId = api.createMeeting("pekalongan.staf", caseId, meeting(tenDaysAhead()))
                .get("id");
        var response =
                api.meetingPost("pekalongan.staf", meetingId, "logistics", map("item", "ROOM", "dueOn", "2026-12-01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("owner");
    }

    @Test
    void aMeetingForAnUnknownCaseIsRefused() {
        var response = api.send(Api.as(
                "pekalongan.staf",
                post("/api/v1/meetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(
                                with(meeting(tenDaysAhead()), "caseIds", List.of(java.util.UUID.randomUUID()))))));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("caseIds[0]");
        assertThat(api.createMeeting("pekalongan.staf", java.util.UUID.randomUUID(), meeting(tenDaysAhead()))
                        .status())
                .isEqualTo(404);
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        map.put(key, value);
        return map;
    }

    static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
