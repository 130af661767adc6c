package id.suara.notification;

import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The complainant hears of every public milestone of their case by mail, in the language they chose (ADR 0035):
 * registered (the tracking number, never the access code), verified, forwarded, answered (the answer and the signed
 * response letter), closed, returned (what is missing), redirected and archived (why).
 */
@SuaraIntegrationTest
class ComplainantNoticeIntegrationTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    private Api.Response act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
        return response;
    }

    private Api.Response actWithNote(String user, String caseId, String action, String note) {
        var response = api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", note, "fields", Map.of())))));
        assertThat(response.status()).as(action + ": " + response.raw()).isEqualTo(200);
        return response;
    }

    private Map<String, Object> letterFrom(String email, String language) {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        if (language != null) {
            letter.put("language", language);
        }
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) letter.get("complainant");
        complainant.put("email", email);
        return letter;
    }

    /** A written complaint taken all the way: registered, verified, forwarded to Komisi C, answered, closed. */
    private void wholeWay(String email, String language) throws Exception {
        var registered = api.register("kebumen.umum", letterFrom(email, language));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        assertThat(api.check("kebumen.umum", caseId, ALL_MET).status()).isEqualTo(200);
        act("kebumen.umum", caseId, "accept", Map.of());
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        act("kebumen.pengaduan", caseId, "forward", Map.of());
        act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-c").toString()));
        act("kebumen.pimpinan", caseId, "approve", Map.of("direction", "Tindak lanjuti melalui rapat kerja Komisi C"));
        api.respondByPost(
                "dprd-kebumen",
                caseId,
                "kebumen.pengaduan",
                "Dengan hormat, Komisi C menjadwalkan rapat kerja dengan Dinas PU.",
                "kebumen.pengaduan",
                "kebumen.sekwan");
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        act(
                "kebumen.pengaduan",
                caseId,
                "publish",
                Map.of("publicAnswer", "Rapat kerja Komisi C dengan Dinas PU dijadwalkan pekan depan."));
        act("kebumen.pengaduan", caseId, "recap", Map.of());
    }

    /** The one mail whose subject starts so; the mails arrive in any order. */
    private static NoticeMails.Mail one(java.util.List<NoticeMails.Mail> mails, String subjectStart) {
        var found =
                mails.stream().filter(m -> m.subject().startsWith(subjectStart)).toList();
        assertThat(found)
                .as(subjectStart + " in "
                        + mails.stream().map(NoticeMails.Mail::subject).toList())
                .hasSize(1);
        return found.getFirst();
    }

    @Test
    void everyMilestoneOfAWrittenComplaintIsMailedInIndonesian() throws Exception {
        var email = NoticeMails.address("siti");
        wholeWay(email, null);
        var mails = NoticeMails.await(email, 5);
        assertThat(mails).hasSize(5);
        var registered = one(mails, "Pengaduan Anda telah terdaftar: ");
        var view = registered.subject();
        assertThat(view).endsWith("— Sekretariat DPRD Kabupaten Kebumen");
        var trackingNumber = view.substring("Pengaduan Anda telah terdaftar: ".length(), view.indexOf(" —"));
        assertThat(registered.text())
                .contains("Nomor pelacakan: " + trackingNumber)
                .contains("/lacak?nomor=" + trackingNumber)
                .contains("Jalan desa rusak di Sruweng")
                .contains("kode akses tidak kami kirim");
        assertThat(one(mails, "Pengaduan " + trackingNumber + " telah diverifikasi")
                        .subject())
                .isEqualTo("Pengaduan " + trackingNumber
                        + " telah diverifikasi dan sedang ditangani — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(one(mails, "Pengaduan " + trackingNumber + " diteruskan").text())
                .contains("telah diteruskan kepada Komisi C");
        var answered = one(mails, "Jawaban atas pengaduan ");
        assertThat(answered.subject())
                .isEqualTo("Jawaban atas pengaduan " + trackingNumber + " — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(answered.text()).contains("Rapat kerja Komisi C dengan Dinas PU dijadwalkan pekan depan.");
        assertThat(answered.pdfs()).hasSize(1);
        assertThat(text(answered.pdfs().getFirst())).contains("Komisi C menjadwalkan rapat kerja");
        assertThat(one(mails, "Pengaduan " + trackingNumber + " selesai").subject())
                .isEqualTo("Pengaduan " + trackingNumber + " selesai — Sekretariat DPRD Kabupaten Kebumen");
        for (var mail : mails) {
            assertThat(mail.text()).doesNotContainIgnoringCase("access code").doesNotContain("Kode akses:");
        }
    }

    @Test
    void everyMilestoneOfAWrittenComplaintIsMailedInEnglishWhenChosen() throws Exception {
        var email = NoticeMails.address("john");
        wholeWay(email, "en");
        var mails = NoticeMails.await(email, 5);
        assertThat(mails).hasSize(5);
        var registered = one(mails, "Your submission is registered: ");
        var subject = registered.subject();
        var trackingNumber = subject.substring("Your submission is registered: ".length(), subject.indexOf(" —"));
        assertThat(registered.text())
                .contains("Tracking number: " + trackingNumber)
                .contains("the access code is never sent by e-mail");
        one(mails, "Submission " + trackingNumber + " is verified");
        assertThat(one(mails, "Submission " + trackingNumber + " forwarded for follow-up")
                        .text())
                .contains("has been forwarded to Komisi C");
        var answered = one(mails, "Answer to submission " + trackingNumber);
        assertThat(answered.text()).contains("Rapat kerja Komisi C dengan Dinas PU dijadwalkan pekan depan.");
        assertThat(answered.pdfs()).hasSize(1);
        one(mails, "Submission " + trackingNumber + " closed");
    }

    @Test
    void theRegisteredMailOfAPublicSubmissionNamesTheTrackingNumberButNeverTheAccessCode() {
        var email = NoticeMails.address("publik");
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("language", "en");
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) submission.get("complainant");
        complainant.put("email", email);
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        String accessCode = submitted.get("accessCode");
        var mail = NoticeMails.awaitSubject(email, "registered");
        assertThat(mail.subject())
                .isEqualTo(
                        "Your submission is registered: " + trackingNumber + " — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(mail.text()).contains(trackingNumber).doesNotContain(accessCode);
        assertThat(mail.subject()).doesNotContain(accessCode);
    }

    @Test
    void aLanguageOtherThanIndonesianOrEnglishIsRefusedNamingTheField() {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("language", "fr");
        var refused = api.submit(submission);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("language");
    }

    /** A walk-in delegation registered at the desk, its requirements checked with the identity missing. */
    private String walkInMissingIdentity(String email, String language) {
        var request = Api.webSubmission("dprd-kebumen");
        request.put("channel", "IN_PERSON");
        request.put("kind", "ASPIRATION");
        request.put(
                "audienceRequestedFor",
                clock.instant()
                        .plus(Duration.ofDays(20))
                        .truncatedTo(ChronoUnit.DAYS)
                        .plus(Duration.ofHours(3))
                        .atOffset(ZoneOffset.ofHours(7))
                        .toString());
        request.put("delegationSize", 3);
        if (language != null) {
            request.put("language", language);
        }
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) request.get("complainant");
        complainant.put("email", email);
        var registered = api.register("kebumen.petugas", request);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        var items = new LinkedHashMap<>(ALL_MET);
        items.put("IDENTITY", false);
        var checked = api.check("kebumen.petugas", caseId, items);
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        return caseId;
    }

    @Test
    void aReturnedSubmissionIsToldWhatIsMissingAndTheOfficersNoteInBothLanguages() {
        var id = NoticeMails.address("kembali");
        actWithNote("kebumen.petugas", walkInMissingIdentity(id, null), "return", "Mohon lampirkan fotokopi KTP.");
        var mail = NoticeMails.awaitSubject(id, "perlu dilengkapi");
        assertThat(mail.subject()).endsWith("perlu dilengkapi — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(mail.text())
                .contains("Yang belum terpenuhi: identitas pengadu")
                .contains("Catatan petugas: Mohon lampirkan fotokopi KTP.");

        var en = NoticeMails.address("returned");
        actWithNote("kebumen.petugas", walkInMissingIdentity(en, "en"), "return", "Please attach your ID card.");
        var english = NoticeMails.awaitSubject(en, "needs completing");
        assertThat(english.text())
                .contains("Not yet met: the complainant's identity")
                .contains("The officer's note: Please attach your ID card.");
    }

    @Test
    void aRedirectedSubmissionIsToldWhyInBothLanguages() {
        var id = NoticeMails.address("alih");
        actWithNote("kebumen.petugas", walkInMissingIdentity(id, null), "redirect", "Kewenangan Ombudsman RI.");
        var mail = NoticeMails.awaitSubject(id, "dialihkan");
        assertThat(mail.text()).contains("Alasan: Kewenangan Ombudsman RI.");

        var en = NoticeMails.address("redirect");
        actWithNote("kebumen.petugas", walkInMissingIdentity(en, "en"), "redirect", "A matter for the Ombudsman.");
        var english = NoticeMails.awaitSubject(en, "redirected");
        assertThat(english.subject()).endsWith("redirected — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(english.text()).contains("Why: A matter for the Ombudsman.");
    }

    @Test
    void anArchivedSubmissionIsToldWhyInBothLanguages() {
        for (var language : new String[] {"id", "en"}) {
            var email = NoticeMails.address("arsip-" + language);
            var registered = api.register("kebumen.umum", letterFrom(email, language));
            String caseId = registered.get("case.id");
            var items = new LinkedHashMap<>(ALL_MET);
            items.put("SUBSTANCE", false);
            assertThat(api.check("kebumen.umum", caseId, items).status()).isEqualTo(200);
            actWithNote("kebumen.umum", caseId, "archive", "Surat kaleng tanpa pokok masalah.");
            var mail = NoticeMails.awaitSubject(email, language.equals("id") ? "diarsipkan" : "archived");
            assertThat(mail.text())
                    .contains((language.equals("id") ? "Alasan: " : "Why: ") + "Surat kaleng tanpa pokok masalah.");
        }
    }
}
