package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Audiences;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestClock;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

@SuaraIntegrationTest
class PortalPagesIntegrationTest {

    static final Pattern TRACKING_NUMBER = Pattern.compile("id=\"tracking-number\">(.+?)</output>");
    static final Pattern ACCESS_CODE = Pattern.compile("id=\"access-code\">(.+?)</output>");
    static final int MAX_HTML_BYTES = 30 * 1024;
    /**
     * The public statistics (ADR 0040) are ten charts, each followed by its table for screen readers, one row per kind,
     * channel, category, unit, outcome, procedure, SOP step and month: bounded by the institution's SOPs and units, not
     * by its cases, and heavier than a page of text.
     */
    static final int MAX_STATISTICS_HTML_BYTES = 48 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    TestClock clock;

    @Autowired
    id.suara.shared.web.PageFormat pageFormat;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${suara.intake.max-attachments}")
    int maxAttachments;

    @org.springframework.beans.factory.annotation.Value("${suara.intake.max-attachment-bytes}")
    long maxAttachmentBytes;

    @org.springframework.beans.factory.annotation.Value("${suara.intake.max-submission-bytes}")
    long maxSubmissionBytes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Page(int status, String html) {}

    /** Sends a request; a submitted form's redirect (post/redirect/get) is followed as a browser would, with its cookie. */
    Page send(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 303) {
            var result = get(response.getRedirectedUrl());
            for (var cookie : response.getCookies()) {
                result.cookie(cookie);
            }
            response = mvc.perform(result).andReturn().getResponse();
        }
        var html = response.getContentAsString(StandardCharsets.UTF_8);
        return new Page(response.getStatus(), html);
    }

    Page page(String url) throws Exception {
        var page = send(get(url));
        assertThat(page.status()).as(url).isEqualTo(200);
        assertThat(page.html().getBytes(StandardCharsets.UTF_8).length)
                .as("HTML weight of " + url)
                .isLessThan(url.contains("/statistik") ? MAX_STATISTICS_HTML_BYTES : MAX_HTML_BYTES);
        return page;
    }

    static Map<String, String> complaint() {
        var form = new LinkedHashMap<String, String>();
        form.put("kind", "COMPLAINT");
        form.put("complainantType", "INDIVIDUAL");
        form.put("name", "Siti Aminah");
        form.put("identityNumber", "3305014101900001");
        form.put("address", "Jl. Pemuda No. 1, Kebumen");
        form.put("phone", "+62 812 1111 2222");
        form.put("email", "siti.aminah@example.id");
        form.put("respondent", "Dinas Pekerjaan Umum");
        form.put("title", "Jalan desa rusak di Sruweng");
        form.put("purpose", "Meminta DPRD mendorong perbaikan jalan");
        form.put("substance", "Jalan desa sepanjang 2 km rusak parah sejak Januari.");
        return form;
    }

    static MockMultipartHttpServletRequestBuilder form(String url, Map<String, String> fields) {
        var request = multipart(url);
        var params = new LinkedMultiValueMap<String, String>();
        fields.forEach(params::add);
        request.params(params);
        request.with(csrf());
        return request;
    }

    /** The tracking number and access code shown once on the result page. */
    record Shown(String trackingNumber, String accessCode) {}

    static Shown shown(Page page) {
        var number = TRACKING_NUMBER.matcher(page.html());
        var code = ACCESS_CODE.matcher(page.html());
        assertThat(number.find()).as(page.html()).isTrue();
        assertThat(code.find()).as(page.html()).isTrue();
        return new Shown(withoutTags(number.group(1)), withoutTags(code.group(1)));
    }

    static String withoutTags(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    Page track(String trackingNumber, String accessCode) throws Exception {
        return send(post("/lacak")
                .param("trackingNumber", trackingNumber)
                .param("accessCode", accessCode)
                .with(csrf()));
    }

    @Test
    void theTrackingFormStartsNoSessionAndItsLookupNeedsNoTokenFromSuarasOwnPagesOnly() throws Exception {
        var submitted = api.submit(Api.webSubmission("dprd-kebumen"));
        String number = submitted.get("trackingNumber");
        String code = submitted.get("accessCode");

        var form = mvc.perform(get("/lacak")).andReturn();
        var fromTheForm = mvc.perform(post("/lacak")
                        .param("trackingNumber", number)
                        .param("accessCode", code)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        var fromAnotherSite = mvc.perform(post("/lacak")
                        .param("trackingNumber", number)
                        .param("accessCode", code)
                        .header("Sec-Fetch-Site", "cross-site"))
                .andReturn();

        assertThat(form.getRequest().getSession(false)).isNull();
        assertThat(form.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("action=\"/lacak\"")
                .doesNotContain("_csrf");
        assertThat(fromTheForm.getResponse().getStatus()).isEqualTo(200);
        assertThat(fromTheForm.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(number);
        assertThat(fromAnotherSite.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void rendersEveryPublicPageInIndonesianByDefaultAndInEnglishOnRequest() throws Exception {
        assertThat(page("/i/dprd-kebumen").html())
                .contains("lang=\"id\"", "Persyaratan", "3 hari kerja", "Petugas", "Jumat", "09:00–11:00 WIB");
        assertThat(page("/i/dprd-kebumen?lang=en").html())
                .contains("lang=\"en\"", "Requirements", "working days", "Friday");
        assertThat(page("/i/dprd-kebumen/lapor").html()).contains("Sampaikan aspirasi atau pengaduan", "_csrf");
        assertThat(page("/i/dprd-kebumen/lapor?lang=en").html()).contains("Submit an aspiration or complaint");
        assertThat(page("/i/dprd-kebumen/audiensi").html()).contains("paling banyak 5 orang", "3 hari kerja");
        assertThat(page("/i/dprd-kebumen/audiensi?lang=en").html()).contains("at most 5 people");
        assertThat(page("/lacak").html()).contains("Nomor pelacakan");
        assertThat(page("/lacak?lang=en").html()).contains("Tracking number");
        assertThat(page("/jawaban").html()).contains("Jawaban yang diumumkan");
        assertThat(page("/jawaban?lang=en").html()).contains("Published answers");
        assertThat(page("/i/dprd-kebumen/statistik").html()).contains("Dijawab tepat waktu");
        assertThat(page("/i/dprd-kebumen/statistik?lang=en").html()).contains("Answered on time");
    }

    @Test
    void showsTheProcedureOfEachActiveSopWithRolesAndTimeLimitsInWords() throws Exception {
        var html = page("/i/dprd-kebumen").html();

        assertThat(html).containsPattern("\\d+ (menit|hari kerja|hari|jam)");
        assertThat(html).contains("Sekretaris DPRD", "Datang langsung", "Situs web");
        assertThat(html).contains("href=\"/i/dprd-kebumen/lapor\"", "href=\"/i/dprd-kebumen/audiensi\"");
    }

    @Test
    void submitsTheFormWithoutJavaScriptAndShowsTrackingNumberAndAccessCodeOnce() throws Exception {
        var result = send(form("/i/dprd-kebumen/lapor", complaint()));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.html()).contains("Laporan Anda sudah kami terima", "hanya ditampilkan sekali");
        var shown = shown(result);
        assertThat(result.html()).contains("action=\"/lacak/tanda-terima\"");

        var receipt = send(post("/lacak/tanda-terima")
                .param("trackingNumber", shown.trackingNumber())
                .param("accessCode", shown.accessCode())
                .with(csrf()));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(withoutTags(receipt.html())).contains("Tanda terima", shown.trackingNumber(), "Sekretariat DPRD");
        assertThat(receipt.html()).doesNotContain("Siti Aminah", "3305014101900001");
    }

    @Test
    void theReceiptGivesTheTimeOfReceiptInTheInstitutionsOwnZone() throws Exception {
        var result = send(form("/i/dpmd-kukar/lapor", complaint()));
        assertThat(result.status()).as(result.html()).isEqualTo(200);

        // Kutai Kartanegara keeps central Indonesian time
        assertThat(withoutTags(receiptOf(shown(result)).html()))
                .contains("WITA")
                .doesNotContain("WIB");
    }

    @Test
    void reRendersARefusedFormWithAMessageAtEachFieldAndKeepsTheValues() throws Exception {
        var fields = complaint();
        fields.put("title", "");
        fields.put("email", "bukan surel");

        var result = send(form("/i/dprd-kebumen/lapor", fields));

        assertThat(result.status()).isEqualTo(422);
        assertThat(result.html())
                .contains("Periksa isian berikut", "href=\"#title\"", "href=\"#email\"")
                // the message stands at the field itself, not only in the summary above the form
                .containsPattern("id=\"title-error\">Tuliskan judul laporan[^<]+</p>")
                .containsPattern("id=\"email-error\">[^<]+</p>")
                .contains("aria-invalid=\"true\"")
                .containsPattern("id=\"email\"[^>]*aria-describedby=\"email-error\"")
                .contains("value=\"Siti Aminah\"", "Jalan desa sepanjang 2 km rusak parah sejak Januari.");
        assertThat(TRACKING_NUMBER.matcher(result.html()).find()).isFalse();
    }

    @Test
    void reportsEveryRefusedFieldAndAttachmentInOnePass() throws Exception {
        var fields = complaint();
        fields.put("name", "");
        fields.put("identityNumber", "330501410190000");
        fields.put("email", "bukan surel");
        fields.put("title", "");
        var request = form("/i/dprd-kebumen/lapor", fields);
        request.file(new MockMultipartFile("files", "foto.pdf", "application/pdf", TestFiles.html()));

        var result = send(request);

        assertThat(result.status()).isEqualTo(422);
        assertThat(result.html())
                .contains(
                        "href=\"#name\"",
                        "href=\"#identityNumber\"",
                        "href=\"#email\"",
                        "href=\"#title\"",
                        "href=\"#files\"")
                .containsPattern("id=\"identityNumber-error\">NIK terdiri dari tepat 16 angka");
    }

    @Test
    void marksRequiredFieldsAndTellsPhonesWhichKeyboardAndAutofillToOffer() throws Exception {
        var html = page("/i/dprd-kebumen/lapor").html();

        assertThat(tag(html, "title")).contains("required=\"required\"", "aria-required=\"true\"");
        assertThat(tag(html, "purpose")).contains("required=\"required\"", "aria-required=\"true\"");
        assertThat(tag(html, "substance")).contains("required=\"required\"", "aria-required=\"true\"");
        assertThat(tag(html, "identityNumber"))
                .contains("autocomplete=\"off\"", "inputmode=\"numeric\"", "pattern=\"[0-9]{16}\"", "maxlength=\"16\"");
        assertThat(tag(html, "name")).contains("autocomplete=\"name\"", "required=\"required\"");
        // where a submission may be anonymous, the name is required unless the citizen chooses that
        var anonymousAllowed = page("/i/diskominfo-demak/lapor").html();
        assertThat(tag(anonymousAllowed, "name")).doesNotContain("required");
        assertThat(anonymousAllowed).contains("(wajib, kecuali Anda memilih tanpa identitas)");
        assertThat(tag(html, "phone")).contains("autocomplete=\"tel\"", "inputmode=\"tel\"");
        assertThat(tag(html, "email")).contains("autocomplete=\"email\"", "inputmode=\"email\"");
        assertThat(html.split("class=\"required\"", -1).length - 1)
                .as("title, purpose and substance are marked")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void showsTheAcceptedFileTypesAndSizeLimitsAsIntakeEnforcesThem() throws Exception {
        var html = page("/i/dprd-kebumen/lapor").html();

        assertThat(html)
                .contains("accept=\".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.odt\"")
                .contains("(PDF, JPG, PNG, WEBP, DOCX, XLSX, ODT); paling banyak " + maxAttachments + " berkas, "
                        + maxAttachmentBytes / (1024 * 1024) + " MB per berkas dan "
                        + maxSubmissionBytes / (1024 * 1024) + " MB seluruhnya.");
    }

    @Test
    void aSecondPostOfTheSameFormShowsTheFirstReceiptAndCreatesNoSecondCase() throws Exception {
        var fields = complaint();
        fields.put("title", "Jembatan retak " + UUID.randomUUID());
        fields.put("formToken", formToken(page("/i/dprd-kebumen/lapor").html()));

        var first =
                mvc.perform(form("/i/dprd-kebumen/lapor", fields)).andReturn().getResponse();
        var again =
                mvc.perform(form("/i/dprd-kebumen/lapor", fields)).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(303);
        assertThat(again.getStatus()).isEqualTo(303);
        assertThat(again.getRedirectedUrl())
                .isEqualTo(first.getRedirectedUrl())
                .isEqualTo("/i/dprd-kebumen/lapor/terkirim");
        assertThat(submissionsTitled(fields.get("title"))).isEqualTo(1);
        var shownFirst = shown(result(first));
        var shownAgain = shown(result(again));
        assertThat(shownAgain).isEqualTo(shownFirst);
        // a refresh of the result page shows it again and registers nothing
        assertThat(shown(result(first))).isEqualTo(shownFirst);
        assertThat(submissionsTitled(fields.get("title"))).isEqualTo(1);
    }

    @Test
    void twoConcurrentPostsOfTheSameFormCreateOneCase() throws Exception {
        var fields = complaint();
        fields.put("title", "Drainase tersumbat " + UUID.randomUUID());
        fields.put("formToken", formToken(page("/i/dprd-kebumen/lapor").html()));
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            java.util.concurrent.Callable<Integer> post = () -> {
                start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                return mvc.perform(form("/i/dprd-kebumen/lapor", fields))
                        .andReturn()
                        .getResponse()
                        .getStatus();
            };
            var one = pool.submit(post);
            var two = pool.submit(post);
            start.countDown();

            assertThat(List.of(one.get(), two.get())).containsExactly(303, 303);
        }
        assertThat(submissionsTitled(fields.get("title"))).isEqualTo(1);
    }

    @Test
    void theResultPageWithoutItsCookieShowsNoCodeAndSendsToTracking() throws Exception {
        var response =
                mvc.perform(get("/i/dprd-kebumen/lapor/terkirim")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/lacak");
    }

    /** The opening tag of the input, textarea or select with this id. */
    static String tag(String html, String id) {
        var matcher = Pattern.compile("<(input|textarea|select)[^>]* id=\"" + id + "\"[^>]*>")
                .matcher(html);
        assertThat(matcher.find()).as(id).isTrue();
        return matcher.group();
    }

    static String formToken(String html) {
        var matcher = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        return matcher.group(1);
    }

    Page result(org.springframework.mock.web.MockHttpServletResponse redirect) throws Exception {
        var request = get(redirect.getRedirectedUrl());
        for (var cookie : redirect.getCookies()) {
            request.cookie(cookie);
        }
        return send(request);
    }

    long submissionsTitled(String title) {
        return jdbc.sql("select count(*) from submission where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    @Test
    void keepsTheAttachmentOfARefusedFormAndSendsItWithTheCorrectedOne() throws Exception {
        var fields = complaint();
        fields.put("formToken", formToken(page("/i/dprd-kebumen/lapor").html()));
        fields.put("title", "");
        var refusedRequest = form("/i/dprd-kebumen/lapor", fields);
        refusedRequest.file(new MockMultipartFile("files", "foto-jalan.pdf", "application/pdf", TestFiles.pdf()));

        var refused = send(refusedRequest);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Berkas tersimpan: foto-jalan.pdf", "name=\"removeKept\"");
        assertThat(keptUnder(fields.get("formToken"))).isEqualTo(1);
        fields.put("title", "Jalan desa rusak di Sruweng");
        var shown = shown(send(form("/i/dprd-kebumen/lapor", fields)));
        assertThat(receiptOf(shown).html()).contains("foto-jalan.pdf");
        assertThat(keptUnder(fields.get("formToken")))
                .as("the kept copy is gone once registered")
                .isZero();
    }

    long keptUnder(String formToken) throws Exception {
        var hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(("suara/kept-upload/" + formToken).getBytes(StandardCharsets.UTF_8));
        return jdbc.sql("select count(*) from kept_upload where form_key_hash = ?")
                .param(hash)
                .query(Long.class)
                .single();
    }

    @Test
    void removesAKeptAttachmentWhenTheCitizenSaysSo() throws Exception {
        var fields = complaint();
        fields.put("formToken", formToken(page("/i/dprd-kebumen/lapor").html()));
        fields.put("title", "");
        var refusedRequest = form("/i/dprd-kebumen/lapor", fields);
        refusedRequest.file(new MockMultipartFile("files", "salah-pilih.pdf", "application/pdf", TestFiles.pdf()));
        var refused = send(refusedRequest);
        var kept = Pattern.compile("name=\"removeKept\" value=\"([^\"]+)\"").matcher(refused.html());
        assertThat(kept.find()).as(refused.html()).isTrue();

        fields.put("title", "Jalan desa rusak di Sruweng");
        fields.put("removeKept", kept.group(1));
        var shown = shown(send(form("/i/dprd-kebumen/lapor", fields)));

        assertThat(receiptOf(shown).html()).doesNotContain("salah-pilih.pdf");
    }

    Page receiptOf(Shown shown) throws Exception {
        return send(post("/lacak/tanda-terima")
                .param("trackingNumber", shown.trackingNumber())
                .param("accessCode", shown.accessCode())
                .with(csrf()));
    }

    @Test
    void acceptsAPdfAttachment() throws Exception {
        var request = form("/i/dprd-kebumen/lapor", complaint());
        request.file(new MockMultipartFile("files", "foto-jalan.pdf", "application/pdf", TestFiles.pdf()));

        var result = send(request);

        assertThat(result.status()).isEqualTo(200);
        var shown = shown(result);
        var receipt = send(post("/lacak/tanda-terima")
                .param("trackingNumber", shown.trackingNumber())
                .param("accessCode", shown.accessCode())
                .with(csrf()));
        assertThat(receipt.html()).contains("foto-jalan.pdf");
    }

    @Test
    void refusesAnAttachmentThatIsNotWhatItClaimsAndKeepsTheValues() throws Exception {
        var request = form("/i/dprd-kebumen/lapor", complaint());
        request.file(new MockMultipartFile("files", "foto.pdf", "application/pdf", TestFiles.html()));

        var result = send(request);

        assertThat(result.html()).contains("id=\"files-error\"", "value=\"Siti Aminah\"");
        assertThat(TRACKING_NUMBER.matcher(result.html()).find()).isFalse();
    }

    @Test
    void tracksASubmissionAndShowsThePublishedAnswer() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));

        var tracked = track(shown.trackingNumber(), shown.accessCode());
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(withoutTags(tracked.html()))
                .contains("Status laporan", shown.trackingNumber(), "Terdaftar", "Batas waktu tahap ini", "WIB")
                .doesNotContain("Siti Aminah");
        var english = send(post("/lacak?lang=en")
                .param("trackingNumber", shown.trackingNumber())
                .param("accessCode", shown.accessCode())
                .with(csrf()));
        assertThat(english.html()).contains("Registered", "Due by");

        var statisticsBefore = page("/i/dprd-kebumen/statistik").html();
        // A token of letters and digits: a bare number such as System.nanoTime() may read as a phone number and be
        // redacted.
        var answer = "Perbaikan jalan Sruweng dijadwalkan tahun ini. ref"
                + UUID.randomUUID().toString().substring(0, 8);
        publishAnswer(shown.trackingNumber(), answer);

        assertThat(track(shown.trackingNumber(), shown.accessCode()).html())
                .contains(answer, "Jawaban", "Sudah dijawab");
        var answers = page("/jawaban?q=" + answer.substring(answer.lastIndexOf(' ') + 1))
                .html();
        assertThat(answers)
                .contains(answer, "Sekretariat DPRD", "Pengaduan", "Jalan desa rusak di Sruweng")
                .doesNotContain("Siti Aminah");
        assertThat(page("/jawaban?institution=dprd-kebumen").html()).doesNotContain("Siti Aminah");
        var statisticsAfter = page("/i/dprd-kebumen/statistik").html();
        assertThat(count(statisticsAfter, "answered")).isEqualTo(count(statisticsBefore, "answered") + 1);
        assertThat(count(statisticsAfter, "on-time")).isEqualTo(count(statisticsBefore, "on-time") + 1);
    }

    @Test
    void answersAWrongAccessCodeLikeAnUnknownNumber() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));

        var wrongCode = track(shown.trackingNumber(), "AAAA-BBBB-CCCC-DDDD");
        var unknown = track("SR-0000-0000-00", shown.accessCode());

        assertThat(wrongCode.html()).contains("Laporan tidak ditemukan").doesNotContain("Status laporan");
        assertThat(unknown.html()).contains("Laporan tidak ditemukan");
        assertThat(wrongCode.status()).isEqualTo(unknown.status());
    }

    @Test
    void requestsAnAudienceForADelegation() throws Exception {
        var fields = complaint();
        fields.put("kind", "ASPIRATION");
        fields.put("audienceDate", Audiences.receptionTime(14).toLocalDate().toString());
        fields.put("audienceTime", "10:00");
        fields.put("delegationSize", "4");

        var result = send(form("/i/dprd-kebumen/audiensi", fields));

        assertThat(result.html()).contains("Audiensi diminta pada");
        shown(result);
    }

    @Test
    void refusesADelegationOfSix() throws Exception {
        var fields = complaint();
        fields.put("kind", "ASPIRATION");
        fields.put("audienceDate", Audiences.receptionTime(14).toLocalDate().toString());
        fields.put("audienceTime", "10:00");
        fields.put("delegationSize", "6");

        var result = send(form("/i/dprd-kebumen/audiensi", fields));

        assertThat(result.html())
                .contains("id=\"delegationSize-error\"", "1 sampai 5 orang", "value=\"6\"")
                .doesNotContain("id=\"tracking-number\"");
    }

    @Test
    void countsAnAnswerPublishedAfterItsStepWasDueAsAnsweredButNotOnTime() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));
        // The statistics are of a period (ADR 0040) and "on time" is within the whole procedure's limit: one period
        // holds both today and the day of the late answer, whichever years they fall in.
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Jakarta"));
        var statistics = "/i/dprd-kebumen/statistik?periode=" + today + ".." + today.plusDays(90);
        var before = page(statistics).html();

        publishAnswer(shown.trackingNumber(), "Jawaban yang terlambat.", Duration.ofDays(60));

        var after = page(statistics).html();
        assertThat(count(after, "answered")).isEqualTo(count(before, "answered") + 1);
        assertThat(count(after, "on-time")).isEqualTo(count(before, "on-time"));
    }

    @Test
    void neverPutsTheAccessCodeInAUrl() throws Exception {
        var result = send(form("/i/dprd-kebumen/lapor", complaint()));
        var shown = shown(result);

        assertThat(result.html())
                .doesNotContainPattern("(href|action|src)=\"[^\"]*" + Pattern.quote(shown.accessCode()));
    }

    @Test
    void theStatusPageNamesTheInstitutionAndTheExpectedAnswerDateOfTheWholeProcedure() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));

        var tracked = track(shown.trackingNumber(), shown.accessCode());
        var api = this.api.track(shown.trackingNumber(), shown.accessCode());

        assertThat(tracked.html())
                .contains(
                        "Sekretariat DPRD Kabupaten Kebumen",
                        "Perkiraan jawaban paling lambat",
                        "id=\"expected-answer\"");
        assertThat(api.<String>get("institution")).isEqualTo("Sekretariat DPRD Kabupaten Kebumen");
        var registered = java.time.Instant.parse(api.get("registeredAt"));
        var stepDue = java.time.Instant.parse(api.get("dueAt"));
        var expected = java.time.Instant.parse(api.get("expectedAnswerBy"));
        // the online SOP's steps add up to more than its 30-day follow-up, far beyond the first step's 15 minutes
        assertThat(expected).isAfter(registered.plus(Duration.ofDays(30))).isAfter(stepDue);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("id"));
        try {
            assertThat(tracked.html()).contains(pageFormat.dateTime(expected, java.time.ZoneId.of("Asia/Jakarta")));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void theComplainantReadsTheirOwnAnswerUnredactedWhileThePublicListShowsItRedacted() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));
        var reference = "ref" + UUID.randomUUID().toString().substring(0, 8);
        var answer = "Ibu Siti Aminah, jalan di depan rumah Anda diperbaiki bulan depan. " + reference;

        publishAnswer(shown.trackingNumber(), answer);

        assertThat(track(shown.trackingNumber(), shown.accessCode()).html()).contains(answer);
        assertThat(api.track(shown.trackingNumber(), shown.accessCode()).<String>get("answer"))
                .isEqualTo(answer);
        assertThat(page("/jawaban?q=" + reference).html()).contains(reference).doesNotContain("Siti Aminah");
    }

    @Test
    void trackingSaysWhichRequirementsWereMissingWhenTheCaseWasArchived() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));
        var caseId = caseIdOf(shown.trackingNumber());
        var checked = api.check(
                "kebumen.petugas",
                caseId,
                Map.of(
                        "IDENTITY", true,
                        "PURPOSE", true,
                        "SUBSTANCE", true,
                        "SUPPORTING_DATA", false,
                        "AUTHORITY", false));
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        act("kebumen.petugas", caseId, "archive", Map.of());

        var html = track(shown.trackingNumber(), shown.accessCode()).html();
        var tracked = api.track(shown.trackingNumber(), shown.accessCode());

        assertThat(html)
                .contains("Persyaratan yang belum dipenuhi", "Data pendukung: foto, surat", "Kewenangan:")
                .doesNotContain("Maksud dan tujuan:");
        List<Map<String, Object>> missing = tracked.get("missingRequirements");
        assertThat(missing).extracting(m -> m.get("code")).containsExactly("SUPPORTING_DATA", "AUTHORITY");
        assertThat(missing.getFirst().get("label")).asString().startsWith("Data pendukung");
    }

    @Test
    void trackingListsNoMissingRequirementsWhileTheCaseIsHandled() throws Exception {
        var shown = shown(send(form("/i/dprd-kebumen/lapor", complaint())));

        assertThat(track(shown.trackingNumber(), shown.accessCode()).html()).doesNotContain("missing-requirements");
        assertThat(api.track(shown.trackingNumber(), shown.accessCode()).<List<?>>get("missingRequirements"))
                .isEmpty();
    }

    @Test
    void publishedAnswersShowTheirTopicRedactedOfTheComplainant() throws Exception {
        var fields = complaint();
        var reference = "ref" + UUID.randomUUID().toString().substring(0, 8);
        fields.put("title", "Siti Aminah: jalan desa rusak " + reference);
        var shown = shown(send(form("/i/dprd-kebumen/lapor", fields)));
        publishAnswer(shown.trackingNumber(), "Jalan diperbaiki bulan depan. " + reference);

        var html = page("/jawaban?q=" + reference).html();

        assertThat(html).contains("[disamarkan]: jalan desa rusak " + reference).doesNotContain("Siti Aminah");
    }

    @Test
    void anUnknownInstitutionOnAnyPortalPageAnswersAnHtmlPageInTheReadersLanguage() throws Exception {
        for (var url : List.of(
                "/i/tidak-ada",
                "/i/tidak-ada/lapor",
                "/i/tidak-ada/audiensi",
                "/i/tidak-ada/statistik",
                "/i/tidak-ada/lapor/terkirim")) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(404);
            assertThat(response.getContentType()).as(url).startsWith("text/html");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(url)
                    .contains("Halaman tidak ditemukan", "lang=\"id\"", "href=\"/lacak\"");
        }
        var english = mvc.perform(get("/i/tidak-ada?lang=en")).andReturn().getResponse();
        assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Page not found");
        var posted = send(form("/i/tidak-ada/lapor", complaint()));
        assertThat(posted.status()).isEqualTo(404);
        assertThat(posted.html()).contains("Halaman tidak ditemukan");
        var badPage = mvc.perform(get("/jawaban?page=dua")).andReturn().getResponse();
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(badPage.getContentType()).startsWith("text/html");
    }

    String caseIdOf(String trackingNumber) {
        var page = api.send(Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)));
        List<Map<String, Object>> items = page.get("items");
        return (String) items.getFirst().get("id");
    }

    static long count(String html, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Walks the Kebumen online SOP through the staff API to a published answer. */
    void publishAnswer(String trackingNumber, String answer) {
        publishAnswer(trackingNumber, answer, Duration.ZERO);
    }

    /** ... with {@code lateBy} passing on the clock just before the answer is published. */
    void publishAnswer(String trackingNumber, String answer, Duration lateBy) {
        var page = api.send(Api.as("sysadmin", get("/api/v1/cases").param("q", trackingNumber)));
        List<Map<String, Object>> items = page.get("items");
        var caseId = (String) items.getFirst().get("id");
        var checked = api.check(
                "kebumen.petugas",
                caseId,
                Map.of(
                        "IDENTITY", true,
                        "PURPOSE", true,
                        "SUBSTANCE", true,
                        "SUPPORTING_DATA", true,
                        "AUTHORITY", true));
        assertThat(checked.status()).as(checked.raw()).isEqualTo(200);
        act("kebumen.petugas", caseId, "accept", Map.of());
        act("kebumen.petugas", caseId, "record", Map.of());
        act("kebumen.petugas", caseId, "forward", Map.of());
        act("kebumen.pengaduan", caseId, "forward", Map.of());
        act(
                "kebumen.sekwan",
                caseId,
                "coordinate",
                Map.of("assignedUnit", api.unit("dprd-kebumen", "pimpinan").toString()));
        act("kebumen.pimpinan", caseId, "approve", Map.of("direction", "Jawab sesuai data Dinas PU"));
        api.respondByPost(
                "dprd-kebumen", caseId, "kebumen.pengaduan", "Surat tanggapan", "kebumen.pengaduan", "kebumen.sekwan");
        act("kebumen.pengaduan", caseId, "draft", Map.of());
        if (!lateBy.isZero()) {
            clock.advance(lateBy);
        }
        act("kebumen.pengaduan", caseId, "publish", Map.of("publicAnswer", answer));
    }

    void act(String user, String caseId, String action, Map<String, Object> fields) {
        var response = api.act(user, caseId, action, fields);
        assertThat(response.status())
                .as(user + " " + action + ": " + response.raw())
                .isEqualTo(200);
    }
}
