package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.institution.Institutions;
import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.OfficeBrowser;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "done when" for confidentiality: a confidential complainant's identity appears in no response to a role
 * that must not see it, checked by searching whole response bodies (and headers) for the identity strings, through a
 * whole SOP and for every demo role of the institution, the office complained about, other institutions and the public.
 */
@SuaraIntegrationTest
class ConfidentialityIntegrationTest {

    static final String NAME = "Wiraswara Kusumadilaga";
    static final String NIK = "3305129876543210";
    static final String PHONE = "+62 857 4321 9876";
    static final String EMAIL = "wiraswara.rahasia@contoh.id";
    static final String ADDRESS = "Dusun Karangwulung RT 07 RW 03, Kebumen";

    /** Every way the identity could show: whole values, name parts, the phone's digits. */
    static final List<String> IDENTITY =
            List.of(NAME, "Wiraswara", "Kusumadilaga", NIK, PHONE, "85743219876", "857-4321-9876", EMAIL, ADDRESS);

    static final List<String> KEBUMEN_HANDLERS =
            List.of("kebumen.petugas", "kebumen.umum", "kebumen.humas", "kebumen.pengaduan", "kebumen.sekwan");
    /** Who reads the case (the written SOP's letter is disposed to Komisi C) but may not see the identity. */
    static final List<String> KEBUMEN_OTHERS =
            List.of("kebumen.pimpinan", "kebumen.komisic", "kebumen.auditor", "kebumen.admin", "sysadmin");
    /** An organ the case is never disposed to: it does not find the case at all. */
    static final List<String> KEBUMEN_OTHER_ORGANS = List.of("kebumen.komisia");

    static final List<String> OTHER_INSTITUTIONS =
            List.of("pekalongan.staf", "pekalongan.sekwan", "demak.admin-koordinator", "kukar.umum", "kukar.kadis");

    static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Institutions institutions;

    /** Every response each user got, by user; "public" for the complainant and the public. */
    final Map<String, List<String>> seen = new LinkedHashMap<>();

    Response seenBy(String user, Response response) {
        seen.computeIfAbsent(user, u -> new ArrayList<>()).add(response.raw() + "\n" + response.headers());
        return response;
    }

    static Map<String, Object> confidentialIdentity(Map<String, Object> submission) {
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "INDIVIDUAL");
        complainant.put("name", NAME);
        complainant.put("identityNumber", NIK);
        complainant.put("address", ADDRESS);
        complainant.put("phone", PHONE);
        complainant.put("email", EMAIL);
        submission.put("complainant", complainant);
        submission.put("confidential", true);
        submission.put("title", "Jalan desa rusak dan membahayakan");
        submission.put(
                "substance",
                "Saya, " + NAME + " (NIK " + NIK + "), melaporkan jalan desa yang rusak sejak Januari. Hubungi saya di "
                        + "0857-4321-9876 atau " + EMAIL + ".");
        return submission;
    }

    @Test
    void showsAConfidentialIdentityOnlyToTheRolesThatHandleTheCaseThroughTheWholeWrittenSop() {
        var letter = confidentialIdentity(Api.webSubmission("dprd-kebumen"));
        letter.put("channel", "LETTER");
        var registered = seenBy("kebumen.umum", registerWithScan("kebumen.umum", letter));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        String trackingNumber = registered.get("trackingNumber");
        String accessCode = registered.get("accessCode");
        String attachmentId = registered.get("case.submission.attachments.0.id");
        seeEverything(caseId, attachmentId, trackingNumber, false);

        act("kebumen.umum", caseId, "requirement-check", null);
        act("kebumen.umum", caseId, "accept", Map.of());
        seenBy(
                "kebumen.petugas",
                api.send(Api.as(
                        "kebumen.petugas",
                        post("/api/v1/cases/{id}/notes", caseId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(api.json(Map.of(
                                        "text",
                                        "Pengadu " + NAME + " (" + PHONE + ") minta identitasnya dirahasiakan."))))));
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        act("kebumen.pengaduan", caseId, "forward", Map.of());
        act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-c").toString()));
        seeEverything(caseId, attachmentId, trackingNumber, false);
        act("kebumen.pimpinan", caseId, "approve", Map.of("direction", "Tindak lanjuti melalui rapat kerja Komisi C"));
        api.respondByPost(
                "dprd-kebumen",
                caseId,
                "kebumen.pengaduan",
                "Kepada Yth. " + NAME + ", " + ADDRESS + ". Dengan hormat, ...",
                "kebumen.pengaduan",
                "kebumen.sekwan");
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        act(
                "kebumen.pengaduan",
                caseId,
                "publish",
                Map.of(
                        "publicAnswer",
                        "Terima kasih " + NAME + " (NIK " + NIK + ", telp 0857-4321-9876, " + EMAIL
                                + "). Komisi C menjadwalkan rapat kerja dengan Dinas PU."));
        act("kebumen.pengaduan", caseId, "recap", Map.of());
        seeEverything(caseId, attachmentId, trackingNumber, true);
        // the complainant, with their access code, reads the answer addressed to them as written (issue 8)
        var tracked = api.track(trackingNumber, accessCode);
        seenBy("public", api.send(get("/jawaban").param("q", "Komisi C menjadwalkan rapat kerja")));
        seenBy(
                "public",
                api.send(get("/api/v1/submissions/{tn}/receipt", trackingNumber).header("X-Access-Code", accessCode)));
        seenBy("public", api.send(get("/api/v1/cases/{id}", caseId)));

        for (var handler : KEBUMEN_HANDLERS) {
            assertThat(String.join("\n", seen.get(handler)))
                    .as(handler + " handles identities")
                    .contains(NAME, NIK, PHONE, EMAIL, ADDRESS);
            var view = api.view(handler, caseId);
            assertThat((Boolean) view.get("identityWithheld")).isFalse();
            assertThat((String) view.get("submission.complainant.name")).isEqualTo(NAME);
        }
        for (var other : KEBUMEN_OTHERS) {
            assertThat(seen.get(other)).as(other).isNotEmpty();
            assertNoIdentityIn(other);
            var view = api.view(other, caseId);
            assertThat((Boolean) view.get("identityWithheld")).isTrue();
            assertThat((Map<String, Object>) view.get("submission.complainant"))
                    .containsEntry("type", "INDIVIDUAL")
                    .containsEntry("name", "Dirahasiakan")
                    .containsEntry("identityNumber", "Dirahasiakan")
                    .containsEntry("address", "Dirahasiakan")
                    .containsEntry("phone", "Dirahasiakan")
                    .containsEntry("email", "Dirahasiakan");
            assertThat((String) view.get("submission.substance"))
                    .startsWith("Saya, Dirahasiakan (NIK Dirahasiakan), melaporkan jalan desa");
            assertThat((String) view.get("submission.attachments.0.fileName")).isEqualTo("KTP Dirahasiakan.pdf");
        }
        for (var outsider : concat(KEBUMEN_OTHER_ORGANS, OTHER_INSTITUTIONS)) {
            assertNoIdentityIn(outsider);
            assertThat(api.view(outsider, caseId).status()).as(outsider).isEqualTo(404);
        }
        assertNoIdentityIn("public");
        assertThat((String) tracked.get("answer"))
                .isEqualTo("Terima kasih " + NAME + " (NIK " + NIK + ", telp 0857-4321-9876, " + EMAIL
                        + "). Komisi C menjadwalkan rapat kerja dengan Dinas PU.");
        assertThat(String.join("\n", seen.get("public")))
                .contains("Terima kasih [disamarkan] (NIK [disamarkan], telp [disamarkan], [disamarkan]). Komisi C "
                        + "menjadwalkan rapat kerja dengan Dinas PU.");

        var english = api.send(Api.as("kebumen.pimpinan", get("/api/v1/cases/{id}", caseId))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat((String) english.get("submission.complainant.name")).isEqualTo("Withheld");
        assertThat(english.raw()).doesNotContain(NAME, NIK);

        assertIdentityReadsAudited(caseId);
    }

    @Test
    void keepsAConfidentialIdentityFromTheLiaisonOfficerOfTheOfficeComplainedAbout() {
        var submission = confidentialIdentity(Api.webSubmission("diskominfo-demak"));
        submission.put("respondent", "Dinas Pekerjaan Umum dan Penataan Ruang");
        var submitted = seenBy("public", api.submit(submission));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String trackingNumber = submitted.get("trackingNumber");
        var caseId = caseIdOf(trackingNumber);

        act(
                "demak.admin-koordinator",
                caseId,
                "requirement-check",
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true));
        act("demak.admin-koordinator", caseId, "accept", Map.of());
        act("demak.admin-koordinator", caseId, "verify", Map.of());
        act(
                "demak.admin-koordinator",
                caseId,
                "forward",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString()));
        for (var user : List.of("demak.penghubung-dpupr", "demak.penghubung-dinkes", "demak.admin")) {
            seenBy(user, api.view(user, caseId));
            seenBy(user, list(user, null));
            seenBy(user, list(user, trackingNumber));
        }
        act("demak.penghubung-dpupr", caseId, "answer", Map.of());
        act("demak.penghubung-dpupr", caseId, "send-answer", Map.of());
        seenBy("demak.admin-koordinator", api.view("demak.admin-koordinator", caseId));
        seenBy("public", api.track(trackingNumber, submitted.get("accessCode")));

        assertThat(String.join("\n", seen.get("demak.admin-koordinator"))).contains(NAME, NIK, PHONE, EMAIL, ADDRESS);
        for (var user : List.of("demak.penghubung-dpupr", "demak.penghubung-dinkes", "demak.admin", "public")) {
            assertNoIdentityIn(user);
        }
        assertThat((Boolean) api.view("demak.penghubung-dpupr", caseId).get("identityWithheld"))
                .isTrue();
        assertThat(auditCount("identity.read", caseId, "demak.admin-koordinator"))
                .isPositive();
        assertThat(auditCount("identity.read", caseId, "demak.penghubung-dpupr"))
                .isZero();
    }

    @Test
    void showsANonConfidentialIdentityToEveryoneAtTheInstitutionAndToNobodyElse() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        var complainant = (Map<String, Object>) letter.get("complainant");
        complainant.put("name", "Sumarni Prawirodirjo");
        complainant.put("identityNumber", "3305124403880002");
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");

        for (var user : concat(KEBUMEN_HANDLERS, KEBUMEN_OTHERS)) {
            if (user.equals("kebumen.komisic")) {
                continue; // an organ member reads a case only once it is disposed to their organ
            }
            var view = api.view(user, caseId);
            assertThat(view.raw()).as(user).contains("Sumarni Prawirodirjo", "3305124403880002");
            assertThat((Boolean) view.get("identityWithheld")).isFalse();
        }
        for (var outsider : concat(List.of("kebumen.komisia", "kebumen.komisic"), OTHER_INSTITUTIONS)) {
            var view = api.view(outsider, caseId);
            assertThat(view.status()).isEqualTo(404);
            assertThat(view.raw()).doesNotContain("Sumarni", "3305124403880002");
            assertThat(list(outsider, registered.get("trackingNumber")).raw()).doesNotContain(caseId);
        }
        var tracked = api.track(registered.get("trackingNumber"), registered.get("accessCode"));
        assertThat(tracked.raw()).doesNotContain("Sumarni", "3305124403880002");
        assertThat(auditCount("identity.read", caseId, null)).isZero();
    }

    @Test
    void auditsRegistrationActionsRequirementChecksAndNotesWithoutTheIdentity() {
        var submission = confidentialIdentity(Api.webSubmission("dprd-kebumen"));
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = caseIdOf(submitted.get("trackingNumber"));
        var online = Map.of(
                "IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true, "AUTHORITY", true);
        var check = api.check("kebumen.petugas", caseId, availableItems("kebumen.petugas", caseId, online));
        assertThat(check.status()).as(check.raw()).isEqualTo(200);
        var note = api.send(Api.as(
                "kebumen.pengaduan",
                post("/api/v1/cases/{id}/notes", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("text", "Catatan tentang " + NAME)))));
        assertThat(note.status()).isEqualTo(201);

        var entries = jdbc.sql("""
                        select action, actor_name, institution_id, details from audit_entry
                        where subject_type = 'case' and subject_id = ? order by seq""")
                .param(caseId)
                .query((rs, n) -> Map.of(
                        "action", rs.getString("action"),
                        "actor", rs.getString("actor_name"),
                        "institution", rs.getObject("institution_id", UUID.class),
                        "details", rs.getString("details")))
                .list();
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        assertThat(entries)
                .extracting(e -> e.get("action") + " by " + e.get("actor"))
                .contains(
                        "case.registered by public",
                        "case.requirements-checked by kebumen.petugas",
                        "identity.read by kebumen.petugas",
                        "case.note-added by kebumen.pengaduan");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("institution")).isEqualTo(kebumen));
        assertThat(entries.getFirst().get("details").toString())
                .contains("\"confidential\":true", "\"channel\":\"WEB\"");
        assertThat(entries.toString()).doesNotContain("Wiraswara", "Kusumadilaga", NIK, EMAIL, "Karangwulung");
    }

    // ---- identity that staff wrote into the case: notes, history, action fields, check notes (ADR 0014)

    static final String STREET_ADDRESS = "Jl. Melati No. 42, RT 03/RW 05, Desa Sruweng, Kebumen";

    /** A second confidential complainant, living at a street address with every part an address has. */
    static Map<String, Object> confidentialStreetIdentity(Map<String, Object> submission) {
        var complainant = new LinkedHashMap<String, Object>();
        complainant.put("type", "INDIVIDUAL");
        complainant.put("name", "Sumirah Wulandari");
        complainant.put("identityNumber", "3305126509870003");
        complainant.put("address", STREET_ADDRESS);
        complainant.put("phone", "+62 813 2468 1357");
        complainant.put("email", "sumirah.w@contoh.id");
        submission.put("complainant", complainant);
        submission.put("confidential", true);
        submission.put("title", "Saluran air tersumbat");
        submission.put("substance", "Saluran air di depan rumah saya tersumbat sejak Januari.");
        return submission;
    }

    /** Every way staff wrote that identity below; none may reach a reader who may not see it. */
    static final List<String> STAFF_WRITTEN_IDENTITY = List.of(
            "Sumirah",
            "Wulandari",
            "3305126509870003",
            "3305 1265 0987 0003",
            "81324681357",
            "813 2468 1357",
            "813-2468-1357",
            "sumirah.w@contoh.id",
            "Melati",
            "Sruweng");

    /** The neighbourhood however it was written: RT 3 and RW 5, padded or not, with or without a dot. */
    /**
     * The neighbourhood written any way, as its own word: not inside a random token such as a CSRF value ("…RRw5k…").
     */
    static final List<String> NEIGHBOURHOOD =
            List.of("(?i)(?<![\\p{Alnum}_-])RT\\W{0,3}0*3(?![0-9])", "(?i)(?<![\\p{Alnum}_-])RW\\W{0,3}0*5(?![0-9])");

    /** Signed-in page sessions by user, for reading case pages as each user. */
    final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

    @Autowired
    MockMvc mvc;

    Response casePage(String user, String caseId) {
        try {
            var browser = new OfficeBrowser(mvc);
            var session = sessions.get(user);
            if (session == null) {
                session = browser.signIn(user);
                sessions.put(user, session);
            }
            var result = browser.open(session, "/kantor/kasus/{id}", caseId);
            return new Response(result.getResponse().getStatus(), null, OfficeBrowser.body(result));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each user reads the case through the API and as the case page; both are kept in {@link #seen}. */
    void readCase(String caseId, List<String> users) {
        for (var user : users) {
            assertThat(seenBy(user, api.view(user, caseId)).status()).as(user).isEqualTo(200);
            assertThat(seenBy(user, casePage(user, caseId)).status()).as(user).isEqualTo(200);
        }
    }

    Response actWithNote(String user, String caseId, String action, String note, Map<String, Object> fields) {
        var response = api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/actions/{action}", caseId, action)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("note", note, "fields", fields)))));
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
        return seenBy(user, response);
    }

    Response checkWithNote(String user, String caseId, Map<String, Boolean> items, String note) {
        var response = api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/requirement-check", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("items", items, "note", note)))));
        assertThat(response.status()).as(user + " check: " + response.raw()).isEqualTo(200);
        return seenBy(user, response);
    }

    Response noteBy(String user, String caseId, String text) {
        var response = api.send(Api.as(
                user,
                post("/api/v1/cases/{id}/notes", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("text", text)))));
        assertThat(response.status()).as(user + " note: " + response.raw()).isEqualTo(201);
        return seenBy(user, response);
    }

    void assertNoStaffWrittenIdentityIn(String user) {
        for (var response : seen.getOrDefault(user, List.of())) {
            for (var value : STAFF_WRITTEN_IDENTITY) {
                assertThat(response).as(user + " must not see " + value).doesNotContainIgnoringCase(value);
            }
            for (var pattern : NEIGHBOURHOOD) {
                assertThat(response).as(user + " must not see " + pattern).doesNotContainPattern(pattern);
            }
        }
    }

    /** The texts staff wrote, as the API gives them to a reader: history, notes, the check and the answer. */
    static String staffTexts(Response view) {
        return String.valueOf(view.<Object>get("history"))
                + view.<Object>get("notes")
                + view.<Object>get("requirementCheck")
                + view.<Object>get("publicAnswer");
    }

    @Test
    void withholdsEveryPartOfTheIdentityThatStaffWroteIntoACaseFromTheLeadershipTheCommissionAndTheAuditor() {
        var letter = confidentialStreetIdentity(Api.webSubmission("dprd-kebumen"));
        letter.put("channel", "LETTER");
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        var readers = List.of("kebumen.pimpinan", "kebumen.auditor", "kebumen.admin", "sysadmin");

        checkWithNote(
                "kebumen.umum",
                caseId,
                ALL_MET,
                "KTP cocok: Sumirah Wulandari, Jalan Melati 42 RT 3 RW 5, Sruweng (NIK 3305 1265 0987 0003).");
        readCase(caseId, readers);
        actWithNote("kebumen.umum", caseId, "accept", "Diterima dari Bu Sumirah (0813-2468-1357).", Map.of());
        noteBy("kebumen.petugas", caseId, "Surat balasan ke Jl. Melati 42, Desa Sruweng; surel sumirah.w@contoh.id.");
        actWithNote("kebumen.petugas", caseId, "record", "Pengadu warga RT.003/RW.005 Sruweng, Kebumen.", Map.of());
        actWithNote("kebumen.petugas", caseId, "forward", "Diteruskan", Map.of());
        actWithNote("kebumen.pengaduan", caseId, "forward", "Diteruskan", Map.of());
        actWithNote(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                "Komisi C agar menemui Ibu Wulandari di Melati 42.",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "komisi-c").toString()));
        readCase(caseId, concat(readers, List.of("kebumen.komisic")));
        actWithNote(
                "kebumen.pimpinan",
                caseId,
                "approve",
                "Disetujui",
                Map.of("direction", "Komisi C meninjau Jalan Melati nomor 42 bersama pengadu di Desa Sruweng."));
        var letterId = api.respondByPost(
                "dprd-kebumen",
                caseId,
                "kebumen.pengaduan",
                "Kepada Yth. Ibu Sumirah Wulandari\nJl Melati No.42 RT 03/RW 05\nDesa Sruweng, Kebumen\n"
                        + "Telp. +62 813-2468-1357\n\nDengan hormat, ...",
                "kebumen.pengaduan",
                "kebumen.sekwan");
        actWithNote("kebumen.pengaduan", caseId, "draft", "Konsep surat", Map.of());
        // the letter's text, with the address, is withheld from the commission the case was disposed to
        var letterAsKomisiC = api.send(Api.as(
                "kebumen.komisic",
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/cases/{id}/letters/{l}", caseId, letterId)));
        assertThat(letterAsKomisiC.raw()).doesNotContain("Melati").contains("\"withheld\":true");
        actWithNote(
                "kebumen.pengaduan",
                caseId,
                "publish",
                "Terbit",
                Map.of(
                        "publicAnswer",
                        "Terima kasih Ibu Sumirah. Komisi C telah meninjau Jalan Melati 42 di Sruweng."));
        readCase(caseId, concat(readers, List.of("kebumen.komisic")));

        for (var reader : concat(readers, List.of("kebumen.komisic"))) {
            assertNoStaffWrittenIdentityIn(reader);
            assertThat(staffTexts(api.view(reader, caseId)))
                    .as(reader + " reads no part of the address in what staff wrote")
                    .doesNotContain("Kebumen")
                    .contains("Dirahasiakan");
        }
        var handler = api.view("kebumen.pengaduan", caseId);
        assertThat(staffTexts(handler))
                .as("the handlers read what was written")
                .contains("Jalan Melati 42 RT 3 RW 5", "Jl. Melati 42, Desa Sruweng", "Melati nomor 42", "Sumirah");
        // the complainant reads the answer addressed to them as written; the public list shows it redacted
        assertThat(api.track(registered.get("trackingNumber"), registered.get("accessCode"))
                        .<String>get("answer"))
                .isEqualTo("Terima kasih Ibu Sumirah. Komisi C telah meninjau Jalan Melati 42 di Sruweng.");
        assertThat(api.send(get("/jawaban").param("q", "Komisi C telah meninjau"))
                        .raw())
                .contains("Terima kasih Ibu [disamarkan]. Komisi C telah meninjau [disamarkan] di [disamarkan].")
                .doesNotContain("Sumirah");
    }

    @Test
    void withholdsEveryPartOfTheIdentityThatStaffWroteIntoACaseFromTheLiaisonOfficerOfTheOffice() {
        var submission = confidentialStreetIdentity(Api.webSubmission("diskominfo-demak"));
        var submitted = api.submit(submission);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        var caseId = caseIdOf(submitted.get("trackingNumber"));
        var coordinator = "demak.admin-koordinator";

        checkWithNote(
                coordinator,
                caseId,
                Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true),
                "Identitas Sumirah Wulandari, RT 03 RW 05 Sruweng, sudah dikonfirmasi.");
        actWithNote(coordinator, caseId, "accept", "Ditelepon ke 0813 2468 1357.", Map.of());
        actWithNote(coordinator, caseId, "verify", "Alamat: Jalan Melati 42, Desa Sruweng.", Map.of());
        noteBy(coordinator, caseId, "Pengadu (sumirah.w@contoh.id) tinggal di Jl Melati No 42.");
        actWithNote(
                coordinator,
                caseId,
                "forward",
                "Ke DPUPR untuk saluran di Melati 42",
                Map.of("assignedUnit", api.unit("diskominfo-demak", "dpupr").toString()));
        readCase(caseId, List.of("demak.penghubung-dpupr", "demak.admin"));
        actWithNote("demak.penghubung-dpupr", caseId, "answer", "Dijawab", Map.of());
        actWithNote("demak.penghubung-dpupr", caseId, "send-answer", "Dikirim", Map.of());
        actWithNote(
                coordinator,
                caseId,
                "monitor",
                "Belum tuntas",
                Map.of("note", "Tinjau lagi saluran di Jl. Melati 42 milik Ibu Wulandari."));
        readCase(caseId, List.of("demak.penghubung-dpupr", "demak.admin"));

        for (var reader : List.of("demak.penghubung-dpupr", "demak.admin")) {
            assertNoStaffWrittenIdentityIn(reader);
            assertThat(staffTexts(api.view(reader, caseId))).as(reader).contains("Dirahasiakan");
        }
        assertThat(staffTexts(api.view(coordinator, caseId))).contains("Jl. Melati 42 milik Ibu Wulandari");
        assertThat(api.view("demak.penghubung-dinkes", caseId).status()).isEqualTo(404);
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------------------

    void act(String user, String caseId, String action, Map<String, ?> fields) {
        Response response;
        if (action.equals("requirement-check")) {
            @SuppressWarnings("unchecked")
            var items = fields == null ? ALL_MET : (Map<String, Boolean>) fields;
            response = api.check(user, caseId, items);
        } else {
            response = api.act(user, caseId, action, new LinkedHashMap<>(fields));
        }
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
        seenBy(user, response);
    }

    /**
     * Every user of Kebumen and of the other institutions fetches the case and finds it in lists; {@code everything}
     * adds the whole inbox, a search for the complainant's name and the attachment download.
     */
    void seeEverything(String caseId, String attachmentId, String trackingNumber, boolean everything) {
        for (var user :
                concat(concat(KEBUMEN_HANDLERS, KEBUMEN_OTHERS), concat(KEBUMEN_OTHER_ORGANS, OTHER_INSTITUTIONS))) {
            seenBy(user, api.view(user, caseId));
            seenBy(user, list(user, trackingNumber));
            if (everything) {
                seenBy(user, list(user, null));
                seenBy(user, list(user, "Kusumadilaga"));
                seenBy(user, api.send(Api.as(user, get("/api/v1/cases/{id}/attachments/{a}", caseId, attachmentId))));
            }
        }
    }

    Response list(String user, String q) {
        var request = get("/api/v1/cases");
        if (q != null) {
            request.param("q", q);
        }
        return api.send(Api.as(user, request));
    }

    Response registerWithScan(String user, Map<String, Object> letter) {
        var submission = new MockMultipartFile(
                "submission",
                "",
                MediaType.APPLICATION_JSON_VALUE,
                api.json(letter).getBytes(StandardCharsets.UTF_8));
        var scan = new MockMultipartFile(
                "files", "KTP " + NAME + ".pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf());
        return api.send(Api.as(user, multipart("/api/v1/cases").file(submission).file(scan)));
    }

    String caseIdOf(String trackingNumber) {
        List<Map<String, Object>> items = list("sysadmin", trackingNumber).get("items");
        assertThat(items).hasSize(1);
        return (String) items.getFirst().get("id");
    }

    Map<String, Boolean> availableItems(String user, String caseId, Map<String, Boolean> candidates) {
        List<String> required = api.view(user, caseId).get("requirementCheck.required");
        var items = new LinkedHashMap<String, Boolean>();
        required.forEach(item -> items.put(item, candidates.get(item)));
        return items;
    }

    void assertNoIdentityIn(String user) {
        var responses = seen.getOrDefault(user, List.of());
        for (var response : responses) {
            for (var value : IDENTITY) {
                assertThat(response).as(user + " must not see " + value).doesNotContainIgnoringCase(value);
            }
        }
    }

    void assertIdentityReadsAudited(String caseId) {
        var kebumen = institutions.findByCode("dprd-kebumen").orElseThrow().id();
        for (var handler : KEBUMEN_HANDLERS) {
            assertThat(auditCount("identity.read", caseId, handler)).as(handler).isPositive();
        }
        for (var other : concat(concat(KEBUMEN_OTHERS, KEBUMEN_OTHER_ORGANS), OTHER_INSTITUTIONS)) {
            assertThat(auditCount("identity.read", caseId, other)).as(other).isZero();
        }
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'identity.read' and subject_id = ? and (institution_id <> ? or actor_id is null)""").params(caseId, kebumen).query(Long.class).single())
                .isZero();
        assertThat(auditCount("case.action", caseId, null)).isEqualTo(9);
        assertThat(auditCount("case.registered", caseId, "kebumen.umum")).isEqualTo(1);
        assertThat(auditCount("case.requirements-checked", caseId, "kebumen.umum"))
                .isEqualTo(1);
        assertThat(auditCount("case.note-added", caseId, "kebumen.petugas")).isEqualTo(1);
    }

    long auditCount(String action, String caseId, String actor) {
        return jdbc.sql("""
                        select count(*) from audit_entry
                        where action = ? and subject_type = 'case' and subject_id = ?
                            and (cast(? as text) is null or actor_name = ?)""")
                .params(action, caseId, actor, actor)
                .query(Long.class)
                .single();
    }

    static List<String> concat(List<String> a, List<String> b) {
        var out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
