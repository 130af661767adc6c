package id.suara.casework;

import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A signed response letter reaches the complainant (003 SOP step 9): e-mailed with its PDF through the outbox, sent
 * exactly once even while the mail server is away, or recorded as posted; the SOP's publish action waits for it.
 */
@SuaraIntegrationTest
class LetterDeliveryIntegrationTest {

    @Autowired
    Api api;

    /** A Kebumen written complaint moved to the step where its response letter is drafted (003 step 8). */
    private String caseAtDraftResponse(Map<String, Object> complainantChanges) {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) letter.get("complainant");
        complainant.putAll(complainantChanges);
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        api.check(
                "kebumen.umum",
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true));
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
        return caseId;
    }

    private Response act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
        return response;
    }

    /** Drafts, initials and signs the case's response letter; answers its id. */
    private String signedLetter(String caseId, String text) {
        var letter = new LinkedHashMap<String, Object>();
        letter.put("type", "RESPONSE_LETTER");
        letter.put("subject", "Tanggapan atas pengaduan jalan desa");
        letter.put("addressee", "Sdri. Siti Aminah");
        letter.put("addresseePlace", "Kebumen");
        letter.put("body", text);
        letter.put("signatoryId", api.signatory("dprd-kebumen").toString());
        var drafted = api.draftLetter("kebumen.pengaduan", caseId, letter);
        assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
        var letterId = (String) drafted.get("id");
        assertThat(api.letterAction("kebumen.pengaduan", caseId, letterId, "initial")
                        .status())
                .isEqualTo(200);
        assertThat(api.letterAction("kebumen.sekwan", caseId, letterId, "sign").status())
                .isEqualTo(200);
        return letterId;
    }

    private Response letter(String caseId, String letterId) {
        return api.send(Api.as("kebumen.pengaduan", get("/api/v1/cases/{id}/letters/{l}", caseId, letterId)));
    }

    private List<MimeMessage> mailsAbout(String number) {
        var found = new ArrayList<MimeMessage>();
        for (var message : TestMailServer.received()) {
            try {
                if (message.getSubject().contains(number)) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        var parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment");
    }

    @Test
    void theSignedLetterIsEmailedWithItsPdfOnceAndThenTheAnswerIsPublished() throws Exception {
        var caseId = caseAtDraftResponse(Map.of());
        var letterId = signedLetter(caseId, "Dengan hormat, Komisi C menjadwalkan rapat kerja dengan Dinas PU.");
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        var notYet =
                api.act("kebumen.pengaduan", caseId, "publish", Map.of("publicAnswer", "Rapat kerja dijadwalkan."));
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.errorFields()).containsExactly("letter");

        var queued =
                api.send(Api.as("kebumen.pengaduan", post("/api/v1/cases/{id}/letters/{l}/email", caseId, letterId)));
        assertThat(queued.status()).as(queued.raw()).isEqualTo(202);
        assertThat((String) queued.get("recipient")).isEqualTo("s***@example.id");
        var again =
                api.send(Api.as("kebumen.pengaduan", post("/api/v1/cases/{id}/letters/{l}/email", caseId, letterId)));
        assertThat((String) again.get("id")).isEqualTo(queued.get("id"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SENT".equals(letter(caseId, letterId).get("deliveries.0.status")));
        var number = (String) letter(caseId, letterId).get("number");
        var mails = mailsAbout(number);
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("siti.aminah@example.id");
        assertThat(mail.getSubject()).isEqualTo("Surat tanggapan " + number + " — Sekretariat DPRD Kabupaten Kebumen");
        assertThat(text(pdfAttachment(mail)))
                .contains(number)
                .contains("Yth. Sdri. Siti Aminah")
                .contains("Komisi C menjadwalkan rapat kerja");
        assertThat((List<?>) letter(caseId, letterId).get("deliveries")).hasSize(1);

        var published = act("kebumen.pengaduan", caseId, "publish", Map.of("publicAnswer", "Rapat kerja dijadwalkan."));
        assertThat((String) published.get("currentStep.code")).isEqualTo("recap");
        List<Map<String, Object>> history =
                api.view("kebumen.pengaduan", caseId).get("history");
        assertThat(history.stream().map(e -> (String) e.get("action"))).contains("letter-emailed");
    }

    @Test
    void mailQueuedWhileTheMailServerIsAwayIsSentExactlyOnceWhenItReturns() throws Exception {
        var letters = new LinkedHashMap<String, String>();
        for (int i = 0; i < 3; i++) {
            var caseId = caseAtDraftResponse(Map.of());
            letters.put(caseId, signedLetter(caseId, "Tanggapan nomor " + i));
        }
        TestMailServer.stop();
        try {
            letters.forEach((caseId, letterId) -> assertThat(api.send(Api.as(
                                    "kebumen.pengaduan",
                                    post("/api/v1/cases/{id}/letters/{l}/email", caseId, letterId)))
                            .status())
                    .isEqualTo(202));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> letters.entrySet().stream().allMatch(e -> {
                        var delivery = letter(e.getKey(), e.getValue());
                        Integer attempts = delivery.get("deliveries.0.attempts");
                        return attempts != null
                                && attempts >= 2
                                && "QUEUED".equals(delivery.get("deliveries.0.status"));
                    }));
            var waiting = letter(
                    letters.keySet().iterator().next(),
                    letters.values().iterator().next());
            assertThat((String) waiting.get("deliveries.0.lastError")).isNotBlank();
        } finally {
            TestMailServer.restart();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> letters.entrySet().stream()
                        .allMatch(e ->
                                "SENT".equals(letter(e.getKey(), e.getValue()).get("deliveries.0.status"))));
        // a little longer: a second copy would arrive now if any retry sent one
        Thread.sleep(3_000);
        for (var e : letters.entrySet()) {
            var number = (String) letter(e.getKey(), e.getValue()).get("number");
            assertThat(mailsAbout(number)).as(number).hasSize(1);
        }
    }

    @Test
    void withoutAnEmailAddressTheLetterIsPostedAndThePostingIsRecordedWithANote() {
        var caseId = caseAtDraftResponse(Map.of("email", ""));
        var letterId = signedLetter(caseId, "Dengan hormat, ...");
        var refused =
                api.send(Api.as("kebumen.pengaduan", post("/api/v1/cases/{id}/letters/{l}/email", caseId, letterId)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("channel");
        var noNote = api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/letters/{l}/posted", caseId, letterId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.errorFields()).containsExactly("note");

        var posted = api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/letters/{l}/posted", caseId, letterId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Pos tercatat, resi RR123456789ID")))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        assertThat((String) posted.get("status")).isEqualTo("POSTED");
        // the case's letters list each letter with how it was delivered
        var listed = api.send(Api.as("kebumen.pengaduan", get("/api/v1/cases/{id}/letters", caseId)));
        var first = api.jsonList(listed.raw()).getFirst();
        assertThat(first.get("id")).isEqualTo(letterId);
        @SuppressWarnings("unchecked")
        var delivered = (List<Map<String, Object>>) first.get("deliveries");
        assertThat(delivered)
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("status", "POSTED")
                        .containsEntry("note", "Pos tercatat, resi RR123456789ID"));
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        act("kebumen.pengaduan", caseId, "publish", Map.of("publicAnswer", "Rapat kerja dijadwalkan."));
    }

    @Test
    void anUnsignedLetterIsNotDeliveredAndACorrectionMustBeDeliveredAgain() {
        var caseId = caseAtDraftResponse(Map.of());
        var letter = new LinkedHashMap<String, Object>();
        letter.put("type", "RESPONSE_LETTER");
        letter.put("subject", "Tanggapan");
        letter.put("body", "Isi.");
        letter.put("signatoryId", api.signatory("dprd-kebumen").toString());
        var letterId =
                (String) api.draftLetter("kebumen.pengaduan", caseId, letter).get("id");
        var unsigned = api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/letters/{l}/posted", caseId, letterId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Pos")))));
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.errorFields()).containsExactly("status");

        api.letterAction("kebumen.pengaduan", caseId, letterId, "initial");
        api.letterAction("kebumen.sekwan", caseId, letterId, "sign");
        api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/letters/{l}/posted", caseId, letterId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", "Pos")))));
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        // corrected after posting: the new version has not reached the complainant yet
        api.letterAction("kebumen.sekwan", caseId, letterId, "reopen");
        api.letterAction("kebumen.pengaduan", caseId, letterId, "initial");
        api.letterAction("kebumen.sekwan", caseId, letterId, "sign");
        var refused = api.act("kebumen.pengaduan", caseId, "publish", Map.of("publicAnswer", "Jawaban."));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("letter");
    }
}
