package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

@SuaraIntegrationTest
class PublicSubmissionIntegrationTest {

    static final String TRACKING_NUMBER = "SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}";
    static final String ACCESS_CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersValidJsonSubmissionAndAnswersWithTrackingNumberAndAccessCode() {
        var before = Instant.now();

        var response = api.submit(Api.webSubmission("dprd-kebumen"));

        assertThat(response.status()).isEqualTo(201);
        String trackingNumber = response.get("trackingNumber");
        assertThat(trackingNumber).matches(TRACKING_NUMBER);
        assertThat(response.<String>get("accessCode")).matches(ACCESS_CODE);
        assertThat(response.<String>get("registrationNumber")).isNotBlank();
        assertThat(response.<String>get("status")).isEqualTo("REGISTERED");
        assertThat(Instant.parse(response.get("registeredAt"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(response.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/submissions/" + trackingNumber);
    }

    @Test
    void refusesAnIdentityNumberThatIsNotExactlySixteenDigitsNamingTheField() {
        for (var nik : List.of("330501410190000", "33050141019000012", "3305A14101900001", "3305 0141 0190 0001")) {
            var submission = Api.webSubmission("dprd-kebumen");
            @SuppressWarnings("unchecked")
            var complainant = (Map<String, Object>) submission.get("complainant");
            complainant.put("identityNumber", nik);

            var response = api.submit(submission);

            assertThat(response.status()).as(nik).isEqualTo(400);
            assertThat(response.errorFields()).as(nik).containsExactly("complainant.identityNumber");
        }
    }

    @Test
    void tracksSubmissionWithItsAccessCodeWithoutShowingTheComplainant() {
        var submission = Api.webSubmission("dprd-kebumen");
        var submitted = submitted(submission);

        var tracked = api.track(submitted.trackingNumber(), submitted.accessCode());

        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.<String>get("trackingNumber")).isEqualTo(submitted.trackingNumber());
        assertThat(tracked.<String>get("status")).isEqualTo("REGISTERED");
        assertThat(tracked.<String>get("currentStep")).isNotBlank();
        assertThat(Instant.parse(tracked.get("dueAt"))).isAfter(Instant.parse(tracked.get("registeredAt")));
        List<Map<String, Object>> timeline = tracked.get("timeline");
        assertThat(timeline).isNotEmpty().allSatisfy(entry -> assertThat(entry).containsKeys("at", "step", "status"));
        @SuppressWarnings("unchecked")
        var complainant = (Map<String, Object>) submission.get("complainant");
        assertThat(tracked.raw())
                .doesNotContain((String) complainant.get("name"))
                .doesNotContain((String) complainant.get("identityNumber"))
                .doesNotContain((String) complainant.get("phone"))
                .doesNotContain(((String) complainant.get("phone")).replace(" ", ""))
                .doesNotContain((String) complainant.get("email"))
                .doesNotContain((String) complainant.get("address"))
                .doesNotContain("Siti")
                .doesNotContain("complainant");
    }

    @Test
    void answersWrongMissingAndUnknownTrackingAlikeWithNotFound() {
        var submitted = submitted(Api.webSubmission("dprd-kebumen"));
        var unknownNumber = "SR-0000-0000-00";

        var wrongCode = api.track(submitted.trackingNumber(), "AAAA-BBBB-CCCC-DDDD");
        var missingCode = api.track(submitted.trackingNumber(), null);
        var unknown = api.track(unknownNumber, submitted.accessCode());

        assertThat(List.of(wrongCode.status(), missingCode.status(), unknown.status()))
                .containsOnly(404);
        assertThat(wrongCode.raw()).isEqualTo(missingCode.raw());
        // the problem echoes the requested path in "instance"; apart from the number asked for, the answers are equal
        assertThat(wrongCode.raw().replace(submitted.trackingNumber(), "{tn}"))
                .isEqualTo(unknown.raw().replace(unknownNumber, "{tn}"));
        assertThat(wrongCode.raw()).doesNotContain(submitted.registrationNumber());
    }

    @Test
    void acceptsAccessCodeInAnyCaseAndWithoutHyphens() {
        var submitted = submitted(Api.webSubmission("dprd-kebumen"));

        var lowerCase =
                api.track(submitted.trackingNumber(), submitted.accessCode().toLowerCase(Locale.ROOT));
        var withoutHyphens =
                api.track(submitted.trackingNumber(), submitted.accessCode().replace("-", ""));
        var lowerCaseNumber = api.track(submitted.trackingNumber().toLowerCase(Locale.ROOT), submitted.accessCode());

        assertThat(lowerCase.status()).isEqualTo(200);
        assertThat(withoutHyphens.status()).isEqualTo(200);
        assertThat(lowerCaseNumber.status()).isEqualTo(200);
    }

    @Test
    void showsReceiptOnlyWithTheRightAccessCode() {
        var submission = Api.webSubmission("dprd-kebumen");
        var submitted = submitted(submission);

        var receipt = receipt(submitted.trackingNumber(), submitted.accessCode());
        var wrongCode = receipt(submitted.trackingNumber(), "AAAA-BBBB-CCCC-DDDD");
        var missingCode = receipt(submitted.trackingNumber(), null);
        var unknown = receipt("SR-0000-0000-00", submitted.accessCode());

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.<String>get("registrationNumber")).isEqualTo(submitted.registrationNumber());
        assertThat(receipt.<String>get("trackingNumber")).isEqualTo(submitted.trackingNumber());
        assertThat(receipt.<String>get("title")).isEqualTo(submission.get("title"));
        assertThat(List.of(wrongCode.status(), missingCode.status(), unknown.status()))
                .containsOnly(404);
        assertThat(wrongCode.raw()).doesNotContain(submitted.registrationNumber());
    }

    @Test
    void describesCurrentStepInIndonesianUnlessEnglishIsAsked() {
        var submitted = submitted(Api.webSubmission("dprd-kebumen"));

        var indonesian = api.track(submitted.trackingNumber(), submitted.accessCode());
        var english = api.send(get("/api/v1/submissions/{tn}", submitted.trackingNumber())
                .header("X-Access-Code", submitted.accessCode())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(indonesian.<String>get("currentStep"))
                .isEqualTo("Sedang diverifikasi kelengkapan persyaratan dan kewenangan");
        assertThat(english.<String>get("currentStep"))
                .isEqualTo("Checking the requirements and whether the council is competent");
        assertThat(indonesian.<String>get("timeline.0.step")).isEqualTo("Aspirasi/pengaduan Anda telah diterima");
        assertThat(english.<String>get("timeline.0.step")).isEqualTo("Your aspiration or complaint has been received");
    }

    @Test
    void storesAttachedPdfAndPngWithTheirChecksums() throws Exception {
        var pdf = TestFiles.pdf();
        var png = TestFiles.png();
        var filesBefore = TestAttachmentDirectory.fileCount();

        var response = api.send(multipart("/api/v1/submissions")
                .file(new MockMultipartFile(
                        "submission",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        api.json(Api.webSubmission("dprd-kebumen")).getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "surat-pengaduan.pdf", MediaType.APPLICATION_PDF_VALUE, pdf))
                .file(new MockMultipartFile("files", "foto jalan.png", MediaType.IMAGE_PNG_VALUE, png)));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        record Stored(String fileName, String mediaType, long sizeBytes, String sha256, String storageKey) {}
        var stored = jdbc.sql("""
                select a.file_name, a.media_type, a.size_bytes, a.sha256, a.storage_key
                from attachment a join submission s on s.id = a.submission_id
                where s.tracking_number = ? order by a.file_name""")
                .param(response.<String>get("trackingNumber"))
                .query(Stored.class)
                .list();
        assertThat(stored)
                .extracting(Stored::fileName, Stored::mediaType, Stored::sizeBytes, Stored::sha256)
                .containsExactly(
                        tuple("foto jalan.png", "image/png", (long) png.length, sha256(png)),
                        tuple("surat-pengaduan.pdf", "application/pdf", (long) pdf.length, sha256(pdf)));
        for (var file : stored) {
            var key = file.storageKey();
            var path =
                    TestAttachmentDirectory.path().resolve(key.substring(0, 2)).resolve(key);
            assertThat(path).isRegularFile();
            assertThat(sha256(Files.readAllBytes(path))).isEqualTo(file.sha256());
        }
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(filesBefore + 2);
        var receipt = receipt(response.get("trackingNumber"), response.get("accessCode"));
        assertThat(receipt.<List<String>>get("attachments")).containsExactly("surat-pengaduan.pdf", "foto jalan.png");
    }

    private Submitted submitted(Map<String, Object> submission) {
        var response = api.submit(submission);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return new Submitted(
                response.get("trackingNumber"), response.get("accessCode"), response.get("registrationNumber"));
    }

    private Response receipt(String trackingNumber, String accessCode) {
        var request = get("/api/v1/submissions/{tn}/receipt", trackingNumber);
        if (accessCode != null) {
            request.header("X-Access-Code", accessCode);
        }
        return api.send(request);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Submitted(String trackingNumber, String accessCode, String registrationNumber) {}
}
