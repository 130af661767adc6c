package id.suara.casework.web;

import static id.suara.casework.web.OfficePages.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case page as staff use it: what to do now first, the time left, the history in plain words, every branch of a
 * failed requirement check with a confirmation before the case is closed, whom the case waits for, and the publish form
 * with its preview. Its forms share their limits with the API.
 */
@SuaraIntegrationTest
class CasePageIntegrationTest {

    private static final Map<String, Boolean> ALL_MET =
            Map.of("IDENTITY", true, "PURPOSE", true, "SUBSTANCE", true, "SUPPORTING_DATA", true);

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A response letter that names the complainant, her NIK and her phone number. */
    private static final String DRAFTED_LETTER = "Yth. Siti Aminah (NIK 3305014101900001, telp. 0812-1111-2222),\n"
            + "Komisi A menjadwalkan rapat kerja dengan Dinas PU.";

    /** Monday 2 March 2026, 10.00 WIB: a working day in office hours. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T03:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    OfficePages office;

    @BeforeEach
    void setUp() {
        office = new OfficePages(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A letter to DPRD Kebumen from Siti Aminah, registered by general affairs. */
    String kebumenLetter() {
        var letter = Api.webSubmission("dprd-kebumen");
        letter.put("channel", "LETTER");
        letter.put("title", "Jalan desa rusak " + UUID.randomUUID().toString().substring(0, 8));
        var registered = api.register("kebumen.umum", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return registered.get("case.id");
    }

    /** One move of the walk along Kebumen's written-letter SOP: who does what, and the step the case then waits at. */
    record Move(String reaches, String user, String action, Map<String, Object> fields) {}

    /** A Kebumen letter moved along the written-letter SOP until it waits at {@code step}. */
    String kebumenLetterAt(String step) {
        var caseId = kebumenLetter();
        assertThat(api.check("kebumen.umum", caseId, ALL_MET).status()).isEqualTo(200);
        var moves = List.of(
                new Move("record-and-analyse", "kebumen.umum", "accept", Map.of()),
                new Move("review-to-complaints-division", "kebumen.petugas", "record", Map.of()),
                new Move("supervise", "kebumen.petugas", "forward", Map.of()),
                new Move("coordinate", "kebumen.pengaduan", "forward", Map.of()),
                new Move(
                        "follow-up",
                        "kebumen.sekwan",
                        "coordinate",
                        Map.of(
                                "assignedUnit",
                                api.unit("dprd-kebumen", "komisi-a").toString())),
                new Move(
                        "draft-response",
                        "kebumen.pimpinan",
                        "approve",
                        Map.of("direction", "Komisi A membahasnya dalam rapat kerja.")),
                new Move("confirm-answer", "kebumen.pengaduan", "draft", Map.of()));
        for (var move : moves) {
            if (move.action().equals("draft")) {
                // the SOP's draft action moves on once the response letter is signed (and delivered, for publish)
                api.respondByPost(
                        "dprd-kebumen",
                        caseId,
                        "kebumen.pengaduan",
                        DRAFTED_LETTER,
                        "kebumen.pengaduan",
                        "kebumen.sekwan");
            }
            var response = api.act(move.user(), caseId, move.action(), move.fields());
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            if (move.reaches().equals(step)) {
                return caseId;
            }
        }
        throw new IllegalArgumentException("The walk does not reach " + step);
    }

    String page(MockHttpSession session, String caseId) throws Exception {
        return office.page(session, "/kantor/kasus/{id}", caseId);
    }

    /** The text a reader sees: the page without its tags and attribute values, its spaces collapsed. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<[^>]*>", "")
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The opening tag of the element with this id. */
    static String tag(String page, String id) {
        var matcher = Pattern.compile("<[a-z0-9]+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        assertThat(matcher.find()).as("element #" + id).isTrue();
        return matcher.group();
    }

    /** What the element with this id holds, nested elements and all. */
    static String content(String page, String id) {
        var opening = tag(page, id);
        var name = opening.substring(1).split("[\\s>]")[0];
        var start = page.indexOf(opening) + opening.length();
        var tags = Pattern.compile("<(/?)" + name + "(?=[\\s>])[^>]*>").matcher(page);
        int depth = 1;
        var position = start;
        while (tags.find(position)) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return page.substring(start, tags.start());
            }
            position = tags.end();
        }
        throw new IllegalStateException("#" + id + " is not closed");
    }

    int version(String caseId) {
        return api.view("sysadmin", caseId).<Integer>get("version");
    }

    long auditEntries(String caseId) {
        return jdbc.sql("select count(*) from audit_entry where subject_id = :caseId")
                .param("caseId", caseId)
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder form(MockHttpSession session, String url, Object... vars) {
        return post(url, vars).session(session).with(csrf());
    }

    @Test
    void staffGiveTheCaseItsCategoryOnThePageAndAnUnknownOneIsRefusedWithTheFieldNamed() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = kebumenLetter();

        mvc.perform(form(umum, "/kantor/kasus/{id}/kategori", caseId).param("category", "ENVIRONMENT"))
                .andExpect(status().is3xxRedirection());

        var page = page(umum, caseId);
        assertThat(tag(page, "category")).isNotNull();
        assertThat(content(page, "category")).containsPattern("<option value=\"ENVIRONMENT\" selected[^>]*>");
        assertThat(api.view("sysadmin", caseId).<String>get("category")).isEqualTo("ENVIRONMENT");
        var refused = mvc.perform(
                        form(umum, "/kantor/kasus/{id}/kategori", caseId).param("category", "JALAN"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(api.view("sysadmin", caseId).<String>get("category")).isEqualTo("ENVIRONMENT");
    }

    @Test
    void showsWhatToDoNowBeforeTheSubmissionTheHistoryTheNotesAndTheProcedure() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = kebumenLetter();
        var before = page(umum, caseId);

        var order = List.of(
                before.indexOf("id=\"now-title\""),
                before.indexOf("name=\"met\""),
                before.indexOf(">Laporan</h2>"),
                before.indexOf("id=\"history\""),
                before.indexOf("id=\"note-text\""),
                before.indexOf("<details class=\"sop\""),
                before.indexOf("class=\"table-scroll swimlane\""));
        assertThat(order).doesNotContain(-1).isSorted();
        assertThat(tag(before, "sop")).doesNotContain("open");
        assertThat(before.substring(before.indexOf("<details class=\"sop\""))).contains("</details>");

        assertThat(api.check("kebumen.umum", caseId, ALL_MET).status()).isEqualTo(200);
        var checked = page(umum, caseId);
        assertThat(checked.indexOf("data-action=\"accept\"")).isPositive().isLessThan(checked.indexOf(">Laporan</h2>"));
    }

    @Test
    void showsTheTimeLeftAtTheStepAndTheTimeOverdueInRed() throws Exception {
        clock.set(MONDAY_MORNING);
        var umum = office.signIn("kebumen.umum");
        var caseId = kebumenLetter();

        assertThat(content(page(umum, caseId), "due")).contains("2 Mar 2026 10.15 WIB", "sisa 15 menit");
        assertThat(content(office.page(umum, "/kantor/kasus/{id}?lang=en", caseId), "due"))
                .contains("2 Mar 2026 10:15 WIB", "15 minutes left");

        clock.set(MONDAY_MORNING.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        var late = page(umum, caseId);
        assertThat(late).contains("<strong class=\"overdue-text\">Lewat tenggat 2 hari</strong>");

        clock.set(MONDAY_MORNING);
        var letter = Api.webSubmission("setwan-pekalongan");
        letter.put("channel", "LETTER");
        var registered = api.register("pekalongan.staf", letter);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        var staf = office.signIn("pekalongan.staf");
        assertThat(content(page(staf, registered.get("case.id")), "due")).contains("3 hari kerja lagi");
    }

    @Test
    void readsTheHistoryInPlainWordsWithoutCodesOrIds() throws Exception {
        clock.set(MONDAY_MORNING);
        var letter = Api.webSubmission("setwan-pekalongan");
        letter.put("channel", "LETTER");
        var registered = api.register("pekalongan.staf", letter);
        String caseId = registered.get("case.id");
        assertThat(api.check("pekalongan.staf", caseId, Map.of("IDENTITY", true))
                        .status())
                .isEqualTo(200);
        assertThat(api.act("pekalongan.staf", caseId, "accept", Map.of()).status())
                .isEqualTo(200);
        var schedule = api.act(
                "pekalongan.kabag",
                caseId,
                "schedule",
                Map.of(
                        "assignedUnit",
                        api.unit("setwan-pekalongan", "komisi-a").toString(),
                        "forum",
                        "RDPU",
                        "meetingAt",
                        "2026-03-10T09:00:00+07:00"));
        assertThat(schedule.status()).as(schedule.raw()).isEqualTo(200);

        var kabag = office.signIn("pekalongan.kabag");
        var page = page(kabag, caseId);
        assertThat(visibleText(content(page, "history")))
                .contains("2 Mar 2026 10.00 WIB — Staf Sekretariat DPRD (petugas, atas nama pengadu): Laporan diterima")
                .contains("Suara (otomatis): Catat pengaduan/aspirasi")
                .contains("Staf Sekretariat DPRD (Petugas penerima): Persyaratan diperiksa: terpenuhi")
                .contains("✓ terpenuhi: Identitas pengadu (dan alamat lengkap)")
                .contains("Identitas lengkap, tindak lanjuti")
                .contains("Menindaklanjuti dan mencatat dalam buku daftar pengaduan/aspirasi → ke Mengagendakan")
                .contains("Pimpinan DPRD / Alat Kelengkapan penyelenggara: Komisi A")
                .contains("Bentuk forum: RDPU")
                .contains("Waktu pelaksanaan: 10 Mar 2026 09.00 WIB")
                .doesNotContain("submitted", "requirements-checked", "follow-up-and-register", "agree-forum")
                .doesNotContain("assignedUnit", "meetingAt", "IDENTITY", "true", "+07:00");
        assertThat(UUID_TEXT.matcher(visibleText(page)).find())
                .as("a UUID on the page")
                .isFalse();

        var english = visibleText(content(office.page(kabag, "/kantor/kasus/{id}?lang=en", caseId), "history"));
        assertThat(english)
                .contains("Submission received", "Requirements checked: met", "Date and time: 10 Mar 2026 09:00 WIB");
    }

    @Test
    void aFailedCheckOffersEveryBranchOfTheSopAndTheCheckFormStartsFromIt() throws Exception {
        var audience = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(7))
                .plusDays(14)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var walkIn = Api.webSubmission("dprd-kebumen");
        walkIn.put("channel", "IN_PERSON");
        walkIn.put("audienceRequestedFor", audience.toString());
        walkIn.put("delegationSize", 4);
        var registered = api.register("kebumen.petugas", walkIn);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String caseId = registered.get("case.id");
        var petugas = office.signIn("kebumen.petugas");

        var check = form(petugas, "/kantor/kasus/{id}/periksa", caseId)
                .param("version", Integer.toString(version(caseId)))
                .param("note", "Berkas pendukung belum dibawa");
        for (var item : List.of("IDENTITY", "PURPOSE", "SUBSTANCE", "SUPPORTING_DATA")) {
            check.param("required", item);
        }
        check.param("met", "IDENTITY", "PURPOSE", "SUBSTANCE");
        mvc.perform(check).andExpect(redirectedUrl("/kantor/kasus/" + caseId));

        var page = page(petugas, caseId);
        assertThat(page)
                .contains("data-action=\"return\"", "data-action=\"redirect\"")
                .doesNotContain("data-action=\"accept\"");
        assertThat(tag(page, "a-return-confirmed")).contains("required");
        assertThat(tag(page, "a-redirect-confirmed")).contains("required");
        assertThat(tag(page, "check-IDENTITY")).contains("checked");
        assertThat(tag(page, "check-PURPOSE")).contains("checked");
        assertThat(tag(page, "check-SUPPORTING_DATA")).doesNotContain("checked");
        assertThat(content(page, "check-note")).isEmpty();
        assertThat(visibleText(content(page, "check-result")))
                .contains("belum terpenuhi", "✗ tidak terpenuhi: Data pendukung", "✓ terpenuhi: Identitas");
    }

    @Test
    void archivingAsksForConfirmationAndWithoutItIsRefusedAtTheBox() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = kebumenLetter();
        var failed = new LinkedHashMap<>(ALL_MET);
        failed.put("SUPPORTING_DATA", false);
        assertThat(api.check("kebumen.umum", caseId, failed).status()).isEqualTo(200);
        var version = version(caseId);

        var refused = body(mvc.perform(form(umum, "/kantor/kasus/{id}/tindakan/archive", caseId)
                        .param("version", Integer.toString(version))
                        .param("note", "Tanpa data pendukung"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(refused).contains("id=\"error-summary\"", "href=\"#a-archive-confirmed\"");
        assertThat(content(refused, "a-archive-confirmed-error")).contains("Saya yakin");
        assertThat(tag(refused, "a-archive-confirmed"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"a-archive-confirmed-error\"");
        assertThat(content(refused, "a-archive-note")).isEqualTo("Tanpa data pendukung");
        assertThat(version(caseId)).isEqualTo(version);
        assertThat(api.view("sysadmin", caseId).<String>get("status")).isEqualTo("REGISTERED");

        mvc.perform(form(umum, "/kantor/kasus/{id}/tindakan/archive", caseId)
                        .param("version", Integer.toString(version))
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId));
        assertThat(api.view("sysadmin", caseId).<String>get("status")).isEqualTo("ARCHIVED");
        var closed = page(umum, caseId);
        assertThat(visibleText(content(closed, "waiting"))).contains("Selesai", "Diarsipkan");
        assertThat(closed).doesNotContain("data-action=", "name=\"met\"");
    }

    @Test
    void anOrganMemberSeesWhatTheCaseWaitsForInsteadOfNoAction() throws Exception {
        var caseId = kebumenLetterAt("follow-up");
        var komisia = office.signIn("kebumen.komisia");

        var page = page(komisia, caseId);
        assertThat(visibleText(content(page, "waiting"))).contains("Menunggu:", "Pimpinan DPRD");
        assertThat(page).doesNotContain("data-action=").contains("Komisi A (Pemerintahan)");

        assertThat(api.act("kebumen.pimpinan", caseId, "approve", Map.of("direction", "Bahas di Komisi A"))
                        .status())
                .isEqualTo(200);
        assertThat(visibleText(content(page(komisia, caseId), "waiting"))).contains("Menunggu:", "Bagian Pengaduan");
    }

    @Test
    void thePublishFormStartsFromTheDraftedLetterAndPreviewsWhatThePublicWillReadWithoutChangingAnything()
            throws Exception {
        var caseId = kebumenLetterAt("confirm-answer");
        var pengaduan = office.signIn("kebumen.pengaduan");
        var page = page(pengaduan, caseId);
        assertThat(content(page, "a-publish-publicAnswer")).isEqualTo(DRAFTED_LETTER);
        assertThat(page).contains("name=\"preview\"");

        var typed = "Yth. Siti Aminah (NIK 3305014101900001, telp. 0812-1111-2222),\n"
                + "Komisi A menjadwalkan rapat kerja dengan Dinas PU pada 10 Maret.";
        var version = version(caseId);
        var audited = auditEntries(caseId);
        var history = api.view("sysadmin", caseId).<List<?>>get("history").size();

        var preview = body(mvc.perform(form(pengaduan, "/kantor/kasus/{id}/tindakan/publish", caseId)
                        .param("version", Integer.toString(version))
                        .param("fields[publicAnswer]", typed)
                        .param("preview", "true"))
                .andExpect(status().isOk())
                .andReturn());
        var shown = content(preview, "a-publish-preview");
        assertThat(shown)
                .isEqualTo("Yth. [disamarkan] (NIK [disamarkan], telp. [disamarkan]),\n"
                        + "Komisi A menjadwalkan rapat kerja dengan Dinas PU pada 10 Maret.");
        assertThat(content(preview, "a-publish-publicAnswer")).isEqualTo(typed);
        assertThat(version(caseId)).isEqualTo(version);
        assertThat(auditEntries(caseId)).isEqualTo(audited);
        assertThat(api.view("sysadmin", caseId).<List<?>>get("history")).hasSize(history);

        mvc.perform(form(pengaduan, "/kantor/kasus/{id}/tindakan/publish", caseId)
                        .param("version", Integer.toString(version))
                        .param("fields[publicAnswer]", typed))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId));
        assertThat(api.view("sysadmin", caseId).<String>get("publicAnswer")).isEqualTo(shown);
    }

    @Test
    void onlySomeoneWhoMayPublishMayPreviewTheAnswer() throws Exception {
        var caseId = kebumenLetterAt("confirm-answer");
        var komisia = office.signIn("kebumen.komisia");

        mvc.perform(form(komisia, "/kantor/kasus/{id}/tindakan/publish", caseId)
                        .param("fields[publicAnswer]", "Siti Aminah?")
                        .param("preview", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedActionValueIsReportedUnderItsLabelNotItsName() throws Exception {
        var caseId = kebumenLetterAt("coordinate");
        var sekwan = office.signIn("kebumen.sekwan");

        var refused = body(mvc.perform(form(sekwan, "/kantor/kasus/{id}/tindakan/coordinate", caseId)
                        .param("version", Integer.toString(version(caseId))))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        var summary = content(refused, "error-summary");
        assertThat(summary).contains("href=\"#a-coordinate-assignedUnit\"");
        assertThat(visibleText(summary))
                .contains("Pimpinan DPRD / Alat Kelengkapan DPRD yang menangani")
                .doesNotContain("assignedUnit");
        assertThat(tag(refused, "a-coordinate-assignedUnit")).contains("aria-invalid=\"true\"");
    }

    @Test
    void answersMalformedFormInputWithTheFormAgainNotAFailure() throws Exception {
        var caseId = kebumenLetterAt("coordinate");
        var sekwan = office.signIn("kebumen.sekwan");
        var url = "/kantor/kasus/{id}/tindakan/coordinate";

        for (var odd : List.of(
                Map.of("version", "sebelas"),
                Map.of("confirmed", "mungkin"),
                Map.of("preview", "mungkin"),
                Map.of("fields", "Komisi A"),
                Map.of("fields[assignedUnit]", "bukan-unit"))) {
            var request = form(sekwan, url, caseId);
            odd.forEach(request::param);
            mvc.perform(request).andExpect(status().isUnprocessableContent());
        }
        var check = form(sekwan, "/kantor/kasus/{id}/periksa", caseId).param("met", "SEMUA");
        mvc.perform(check).andExpect(status().isUnprocessableContent());
        assertThat(api.view("sysadmin", caseId).<String>get("currentStep.code")).isEqualTo("coordinate");
    }

    @Test
    void refusesANoteLongerThanTheApiAllowsOnEveryFormOfThePage() throws Exception {
        var umum = office.signIn("kebumen.umum");
        var caseId = kebumenLetter();
        var tooLong = "a".repeat(5001);

        var check = form(umum, "/kantor/kasus/{id}/periksa", caseId).param("note", tooLong);
        ALL_MET.keySet().forEach(item -> check.param("required", item).param("met", item));
        var refusedCheck = body(
                mvc.perform(check).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(tag(refusedCheck, "check-note")).contains("aria-invalid=\"true\"");
        assertThat(content(refusedCheck, "check-note-error")).contains("5000");

        assertThat(api.check("kebumen.umum", caseId, ALL_MET).status()).isEqualTo(200);
        var refusedAction = body(mvc.perform(
                        form(umum, "/kantor/kasus/{id}/tindakan/accept", caseId).param("note", tooLong))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(tag(refusedAction, "a-accept-note")).contains("aria-invalid=\"true\"");

        var refusedNote = body(
                mvc.perform(form(umum, "/kantor/kasus/{id}/catatan", caseId).param("text", tooLong))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(tag(refusedNote, "note-text")).contains("aria-invalid=\"true\"");
        assertThat(api.view("sysadmin", caseId).<String>get("currentStep.code")).isEqualTo("check-requirements");

        var api400 = api.send(Api.as(
                "kebumen.umum",
                post("/api/v1/cases/{id}/notes", caseId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("text", tooLong)))));
        assertThat(api400.status()).isEqualTo(400);
        assertThat(api400.errorFields()).containsExactly("text");

        mvc.perform(form(umum, "/kantor/kasus/{id}/catatan", caseId).param("text", "a".repeat(5000)))
                .andExpect(redirectedUrl("/kantor/kasus/" + caseId));
    }
}
