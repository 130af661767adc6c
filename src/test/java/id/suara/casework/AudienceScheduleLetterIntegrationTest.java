package id.suara.casework;

import static id.suara.test.PdfFiles.keepFirstPageAsPng;
import static id.suara.test.PdfFiles.qrCodeOn;
import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Audiences;
import id.suara.test.SuaraIntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The letter telling a delegation its audience's schedule (surat pemberitahuan jadwal audiensi; ADR 0026): drafted from
 * the audience the Secretary agreed, signed by the Secretary, numbered, printed in the surat dinas layout with the
 * date, time, place, organ, number of members and the rules of 003 IV.A, and delivered like a response letter.
 */
@SuaraIntegrationTest
class AudienceScheduleLetterIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    /** A walk-in delegation of a farmers' group; its case at the Secretary's coordination. */
    String delegationAtCoordination() {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put("audienceRequestedFor", Audiences.receptionTime(14).toString());
        request.put("delegationSize", 4);
        ((Map<String, Object>) request.get("complainant")).put("organisation", "Kelompok Tani Sido Makmur");
        var registered = api.register("kebumen.petugas", request);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        api.check(
                "kebumen.petugas",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
        for (var step : List.of(
                List.of("kebumen.petugas", "accept"),
                List.of("kebumen.petugas", "record"),
                List.of("kebumen.petugas", "forward"),
                List.of("kebumen.humas", "forward"))) {
            var moved = api.act(step.get(0), caseId, step.get(1), Map.of());
            assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        }
        return caseId;
    }

    /**
     * The delegation's audience agreed with Komisi A at 10:00 WIB, some days ahead; the case's id. Each test takes its
     * own day, weeks ahead, so that other tests' delegations to Komisi A (at most 3 a day) leave it room.
     */
    String agreed(OffsetDateTime at) {
        var caseId = delegationAtCoordination();
        var coordinated = api.act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-a").toString(), "meetingAt", at.toString()));
        assertThat(coordinated.status()).as(coordinated.raw()).isEqualTo(200);
        return caseId;
    }

    Api.Response draft(String user, String caseId, Map<String, Object> request) {
        return api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/audience/schedule-letter", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(request))));
    }

    Map<String, Object> bySecretary() {
        return Map.of("signatoryId", api.signatory("dprd-kebumen").toString());
    }

    @Test
    void humasDraftsTheScheduleLetterFromTheAgreedAudienceAndTheSecretarySignsItInTheOfficialLayout() throws Exception {
        var at = Audiences.receptionTime(42);
        var caseId = agreed(at);

        var drafted = draft("kebumen.humas", caseId, bySecretary());
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        assertThat((String) drafted.get("type")).isEqualTo("AUDIENCE_SCHEDULE_LETTER");
        assertThat((String) drafted.get("addressee")).isEqualTo("Koordinator Delegasi Kelompok Tani Sido Makmur");
        assertThat((String) drafted.get("signerRole")).isEqualTo("SECRETARY");
        assertThat((List<?>) drafted.get("initialRoles")).isEmpty();
        assertThat((Map<String, Object>) drafted.get("content"))
                .containsEntry("date", at.toLocalDate().toString())
                .containsEntry("time", "10.00 WIB s.d. selesai")
                .containsEntry("place", "Ruang Rapat Komisi A")
                .containsEntry("organ", "Komisi A (Pemerintahan)")
                .containsEntry("maxMembers", "paling banyak 5 (lima) orang");
        String letterId = drafted.get("id");

        var signed = api.letterAction("kebumen.sekwan", caseId, letterId, "sign");
        assertThat(signed.status()).as(signed.raw()).isEqualTo(200);
        String number = signed.get("number");
        assertThat(number)
                .matches("000/[0-9]+/Setwan/[IVX]+/" + LocalDate.now(WIB).getYear());

        var pdf = api.bytes("kebumen.sekwan", "/api/v1/cases/{id}/letters/{l}/pdf", caseId, letterId);
        var text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("PEMERINTAH KABUPATEN KEBUMEN", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains("Nomor : " + number, "Hal : Pemberitahuan Jadwal Audiensi")
                .contains("Kebumen, "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN).format(LocalDate.now(WIB)))
                .contains("Yth. Koordinator Delegasi Kelompok Tani Sido Makmur")
                .contains("Hari/tanggal : "
                        + DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN)
                                .format(at.toLocalDate()))
                .contains("Waktu : 10.00 WIB s.d. selesai", "Tempat : Ruang Rapat Komisi A")
                .contains("Diterima oleh : Komisi A (Pemerintahan)", "paling banyak 5 (lima) orang")
                .contains("membawa kartu identitas (KTP)", "hadir sebelum waktu audiensi")
                .contains("Sekretaris DPRD Kabupaten Kebumen");
        assertThat(qrCodeOn(keepFirstPageAsPng(pdf, "audience-schedule-letter")))
                .contains("/verifikasi/");

        // delivered like a response letter: e-mailed with its own subject
        var queued = api.send(Api.as("kebumen.humas", post("/api/v1/cases/{id}/letters/{l}/email", caseId, letterId)));
        assertThat(queued.status()).as(queued.raw()).isEqualTo(202);
        assertThat(jdbc.sql("select subject from outgoing_mail where mail_key like ?")
                        .param("letter:" + letterId + ":%")
                        .query(String.class)
                        .single())
                .isEqualTo("Surat pemberitahuan jadwal audiensi " + number + " — Sekretariat DPRD Kabupaten Kebumen");
    }

    @Test
    void aLeadershipsOtherNumberOfMembersAndAnotherPlaceArePrinted() throws Exception {
        var caseId = agreed(Audiences.receptionTime(49));
        var limit = api.send(Api.as(
                "kebumen.pimpinan",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/cases/{id}/delegation-limit", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("maxMembers", 12, "reason", "Perwakilan dua belas desa")))));
        assertThat(limit.status()).as(limit.raw()).isEqualTo(200);
        var request = new LinkedHashMap<String, Object>(bySecretary());
        request.put("content", Map.of("place", "Ruang Paripurna DPRD Kabupaten Kebumen"));
        var drafted = draft("kebumen.sekwan", caseId, request);
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        assertThat((String) drafted.get("content.maxMembers")).isEqualTo("paling banyak 12 (dua belas) orang");
        assertThat((String) drafted.get("content.place")).isEqualTo("Ruang Paripurna DPRD Kabupaten Kebumen");
    }

    @Test
    void aLetterForAnAudienceThatWasMovedIsFlaggedAsNeedingACorrectedVersion() {
        var at = Audiences.receptionTime(56);
        var caseId = agreed(at);
        String letterId = draft("kebumen.humas", caseId, bySecretary()).get("id");
        assertThat(api.letterAction("kebumen.sekwan", caseId, letterId, "sign").status())
                .isEqualTo(200);
        var letters = api.send(Api.as("kebumen.humas", get("/api/v1/cases/{id}/audience/schedule-letters", caseId)));
        assertThat(api.jsonList(letters.raw()))
                .singleElement()
                .satisfies(l -> assertThat((List<?>) l.get("outdated")).isEmpty());

        // the organ cannot receive them: Humas sets another day (003 IV.A.6.j)
        assertThat(api.act("kebumen.komisia", caseId, "receive", Map.of()).status())
                .isEqualTo(200);
        var another = Audiences.receptionTime(70).withHour(13);
        var rescheduled = api.act("kebumen.humas", caseId, "reschedule", Map.of("meetingAt", another.toString()));
        assertThat(rescheduled.status()).as(rescheduled.raw()).isEqualTo(200);
        letters = api.send(Api.as("kebumen.humas", get("/api/v1/cases/{id}/audience/schedule-letters", caseId)));
        assertThat(api.jsonList(letters.raw())).singleElement().satisfies(l -> {
            assertThat(l).containsEntry("status", "SIGNED");
            assertThat((List<String>) l.get("outdated")).containsExactly("date", "time");
        });
    }

    @Test
    void withoutAnAgreedAudienceThereIsNoScheduleToTell() {
        var caseId = delegationAtCoordination();
        var refused = draft("kebumen.humas", caseId, bySecretary());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("audience");
        assertThat(api.send(Api.as("kebumen.humas", get("/api/v1/cases/{id}/letters", caseId)))
                        .raw())
                .isEqualTo("[]");
    }

    @Test
    void onlyThoseArrangingTheAudienceOrActingOnTheCaseDraftItAndASignatoryIsNeeded() {
        var caseId = agreed(Audiences.receptionTime(63));
        assertThat(draft("kebumen.pengaduan", caseId, bySecretary()).status()).isEqualTo(403);
        var withoutSignatory = draft("kebumen.humas", caseId, Map.of());
        assertThat(withoutSignatory.status()).isEqualTo(400);
        assertThat(withoutSignatory.errorFields()).containsExactly("signatoryId");
        var unknown = draft(
                "kebumen.humas", caseId, Map.of("signatoryId", UUID.randomUUID().toString()));
        assertThat(unknown.errorFields()).containsExactly("signatoryId");
    }
}
