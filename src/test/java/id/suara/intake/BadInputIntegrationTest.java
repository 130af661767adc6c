package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.Api.Response;
import id.suara.test.SuaraIntegrationTest;
import id.suara.test.TestAttachmentDirectory;
import id.suara.test.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Bad input to the submission and case APIs is refused with a 4xx problem naming the field, and leaves nothing behind:
 * no submission, attachment, receipt or case row, no used registration number and no stored file.
 */
@SuaraIntegrationTest
class BadInputIntegrationTest {

    static final String STAFF = "kebumen.petugas";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    // ---- JSON body -------------------------------------------------------------------------------------------------

    @Test
    void refusesMalformedJson() {
        var before = snapshot();

        var response = postJson("{\"institution\": \"dprd-kebumen\", \"title\": ");

        assertRefused(response, 400, "body");
        assertNothingStored(before);
    }

    @Test
    void refusesAnOversizedJsonBodyBeforeParsingIt() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("substance", "x".repeat(300 * 1024));

        var response = postJson(api.json(submission));

        assertRefused(response, 413, "body");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertNothingStored(before);
    }

    @Test
    void refusesJsonArrayInsteadOfObject() {
        var before = snapshot();

        var response = postJson(api.json(List.of(Api.webSubmission("dprd-kebumen"))));

        assertRefused(response, 400, "body");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "\"text\"", "42"})
    void refusesBodyThatIsNoObject(String body) {
        var before = snapshot();

        var response = postJson(body);

        assertRefused(response, 400, "body");
        assertNothingStored(before);
    }

    @Test
    void refusesUnknownPropertyNamingIt() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("priority", "HIGH");

        var response = api.submit(submission);

        assertRefused(response, 400, "priority");
        assertNothingStored(before);
    }

    @Test
    void refusesUnknownNestedPropertyNamingItsPath() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        complainant(submission).put("nickname", "Siti");

        var response = api.submit(submission);

        assertRefused(response, 400, "complainant.nickname");
        assertNothingStored(before);
    }

    @Test
    void refusesUnknownKind() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("kind", "PRAISE");

        var response = api.submit(submission);

        assertRefused(response, 400, "kind");
        assertNothingStored(before);
    }

    @Test
    void refusesUnknownChannel() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("channel", "FAX");

        var response = api.submit(submission);

        assertRefused(response, 400, "channel");
        assertNothingStored(before);
    }

    @Test
    void refusesTextWhereNumberBelongs() {
        var before = snapshot();
        var submission = inPerson();
        submission.put("delegationSize", "lima");

        var response = api.submit(submission);

        assertRefused(response, 400, "delegationSize");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "purpose", "substance", "complainant", "kind", "channel", "institution"})
    void refusesSubmissionWithoutRequiredField(String field) {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.remove(field);

        var response = api.submit(submission);

        assertRefused(response, 400, field);
        assertNothingStored(before);
    }

    @Test
    void refusesBlankTextsNamingEachOfThem() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", "   ");
        submission.put("purpose", "");
        submission.put("substance", "\n");

        var response = api.submit(submission);

        assertRefused(response, 400, "title");
        assertThat(response.errorFields()).contains("purpose", "substance");
        assertNothingStored(before);
    }

    @Test
    void refusesOverlongTitle() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", "j".repeat(201));

        var response = api.submit(submission);

        assertRefused(response, 400, "title");
        assertNothingStored(before);
    }

    @Test
    void refusesOverlongSubstance() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("substance", "s".repeat(20_001));

        var response = api.submit(submission);

        assertRefused(response, 400, "substance");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\u0000", "\u202E", "\u001B[31m", "\n"})
    void refusesControlCharactersInTitle(String control) {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("title", "Jalan rusak" + control + "fdp.exe");

        var response = api.submit(submission);

        assertRefused(response, 400, "title");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\u0000", "\u202E", "\u2066", "\r\n"})
    void refusesControlCharactersInComplainantName(String control) {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        complainant(submission).put("name", "Siti" + control + "Aminah");

        var response = api.submit(submission);

        assertRefused(response, 400, "complainant.name");
        assertNothingStored(before);
    }

    @Test
    void refusesUnpairedSurrogateInTitle() {
        var before = snapshot();
        var json = api.json(Api.webSubmission("dprd-kebumen"))
                .replace("\"Jalan desa rusak di Sruweng\"", "\"Jalan desa \\uD800 rusak\"");

        var response = postJson(json);

        assertRefused(response, 400, "title");
        assertNothingStored(before);
    }

    @Test
    void refusesNullCharacterInSubstance() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("substance", "Jalan rusak\u0000 parah");

        var response = api.submit(submission);

        assertRefused(response, 400, "substance");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dprd-kebumen\u0000", "dprd-\u202Ekebumen"})
    void refusesControlCharactersInInstitutionCode(String code) {
        var before = snapshot();

        var response = api.submit(Api.webSubmission(code));

        assertThat(response.status()).as(response.raw()).isIn(400, 422);
        assertRefused(response, response.status(), "institution");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"siti", "siti@", "siti aminah@example.id", "siti@@example.id"})
    void refusesInvalidEmail(String email) {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        complainant(submission).put("email", email);

        var response = api.submit(submission);

        assertRefused(response, 400, "complainant.email");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812-abc-999", "call me", "+62 812 1111 2222 3333 4444 5555 66"})
    void refusesInvalidPhone(String phone) {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        complainant(submission).put("phone", phone);

        var response = api.submit(submission);

        assertRefused(response, 400, "complainant.phone");
        assertNothingStored(before);
    }

    @Test
    void refusesPlainTextBodyAsUnsupportedMediaType() {
        var before = snapshot();

        var response = api.send(post("/api/v1/submissions")
                .contentType(MediaType.TEXT_PLAIN)
                .content(api.json(Api.webSubmission("dprd-kebumen"))));

        assertRefused(response, 415, "Content-Type");
        assertNothingStored(before);
    }

    // ---- Attachments -----------------------------------------------------------------------------------------------

    @Test
    void refusesFileLargerThanTheLimit() {
        var before = snapshot();
        var pdf = TestFiles.pdf();
        var oversized = Arrays.copyOf(pdf, 11 * 1024 * 1024);

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "besar.pdf", MediaType.APPLICATION_PDF_VALUE, oversized));

        assertThat(response.status()).as(response.raw()).isIn(400, 413);
        assertRefused(response, response.status(), "files[0]");
        assertNothingStored(before);
    }

    @Test
    void refusesMoreThanTenFiles() {
        var before = snapshot();
        var files = new ArrayList<MockMultipartFile>();
        for (int i = 0; i < 11; i++) {
            files.add(pdf("lampiran-" + i + ".pdf"));
        }

        var response = submitWithFiles(Api.webSubmission("dprd-kebumen"), files.toArray(MockMultipartFile[]::new));

        assertRefused(response, 400, "files");
        assertNothingStored(before);
    }

    @Test
    void refusesHtmlPageDeclaredAsPdf() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "surat.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.html()));

        assertRefused(response, 400, "files[0]");
        assertNothingStored(before);
    }

    @Test
    void refusesPngDeclaredAsPdfAndRemovesTheFilesStoredBeforeIt() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                pdf("surat.pdf"),
                new MockMultipartFile("files", "foto.pdf", MediaType.APPLICATION_PDF_VALUE, TestFiles.png()));

        assertRefused(response, 400, "files[1]");
        assertNothingStored(before);
    }

    @Test
    void refusesZipArchiveDeclaredAsPng() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "foto.png", MediaType.IMAGE_PNG_VALUE, TestFiles.zipWithExecutable()));

        assertRefused(response, 400, "files[0]");
        assertNothingStored(before);
    }

    @Test
    void refusesExecutableDeclaredAsPng() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "foto.png", MediaType.IMAGE_PNG_VALUE, TestFiles.windowsExecutable()));

        assertRefused(response, 400, "files[0]");
        assertNothingStored(before);
    }

    @Test
    void refusesExecutableEvenWithoutDeclaredType() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile(
                        "files", "foto.png", MediaType.APPLICATION_OCTET_STREAM_VALUE, TestFiles.windowsExecutable()));

        assertRefused(response, 400, "files[0]");
        assertNothingStored(before);
    }

    @Test
    void refusesEmptyFile() {
        var before = snapshot();

        var response = submitWithFiles(
                Api.webSubmission("dprd-kebumen"),
                new MockMultipartFile("files", "kosong.pdf", MediaType.APPLICATION_PDF_VALUE, new byte[0]));

        assertRefused(response, 400, "files[0]");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\..\\windows\\system32\\passwd.pdf", "/etc/passwd.pdf"})
    void storesFileUnderSanitisedNameWhenItsNameIsAPath(String name) {
        var filesBefore = TestAttachmentDirectory.fileCount();

        var response = submitWithFiles(Api.webSubmission("dprd-kebumen"), pdf(name));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        var stored = jdbc.sql("""
                select a.file_name from attachment a join submission s on s.id = a.submission_id
                where s.tracking_number = ?""")
                .param(response.<String>get("trackingNumber"))
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo("passwd.pdf").doesNotContain("/", "\\").doesNotStartWith(".");
        assertThat(TestAttachmentDirectory.fileCount()).isEqualTo(filesBefore + 1);
    }

    @Test
    void storesHiddenFileNameWithoutLeadingDots() {
        var response = submitWithFiles(Api.webSubmission("dprd-kebumen"), pdf("...htaccess.pdf"));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(jdbc.sql("""
                select a.file_name from attachment a join submission s on s.id = a.submission_id
                where s.tracking_number = ?""")
                        .param(response.<String>get("trackingNumber"))
                        .query(String.class)
                        .single())
                .isEqualTo("htaccess.pdf");
    }

    @Test
    void refusesMultipartWithoutSubmissionPart() {
        var before = snapshot();

        var response = api.send(multipart("/api/v1/submissions").file(pdf("surat.pdf")));

        assertRefused(response, 400, "submission");
        assertNothingStored(before);
    }

    @Test
    void refusesMalformedJsonInSubmissionPart() {
        var before = snapshot();

        var response = api.send(multipart("/api/v1/submissions")
                .file(new MockMultipartFile(
                        "submission",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        "{\"title\": ".getBytes(StandardCharsets.UTF_8)))
                .file(pdf("surat.pdf")));

        assertRefused(response, 400, "body");
        assertNothingStored(before);
    }

    // ---- Rules of the institution and the channel ------------------------------------------------------------------

    @Test
    void refusesUnknownInstitution() {
        var before = snapshot();

        var response = api.submit(Api.webSubmission("dprd-atlantis"));

        assertRefused(response, 422, "institution");
        assertNothingStored(before);
    }

    @Test
    void refusesLetterChannelFromThePublic() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("channel", "LETTER");

        var response = api.submit(submission);

        assertRefused(response, 400, "channel");
        assertNothingStored(before);
    }

    @Test
    void refusesInPersonRequestWithoutAudienceDate() {
        var before = snapshot();
        var submission = inPerson();
        submission.remove("audienceRequestedFor");

        var response = api.submit(submission);

        assertRefused(response, 400, "audienceRequestedFor");
        assertNothingStored(before);
    }

    @Test
    void refusesPublicDelegationOfSixPeople() {
        var before = snapshot();
        var submission = inPerson();
        submission.put("delegationSize", 6);

        var response = api.submit(submission);

        assertRefused(response, 400, "delegationSize");
        assertNothingStored(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000-01-01T09:00:00Z", "0001-01-01T09:00:00Z", "-0100-01-01T09:00:00Z"})
    void refusesAudienceDateOutsideAnyCalendar(String date) {
        var before = snapshot();
        var submission = inPerson();
        submission.put("audienceRequestedFor", date);

        var response = api.submit(submission);

        assertRefused(response, 400, "audienceRequestedFor");
        assertNothingStored(before);
    }

    @Test
    void refusesLateWithoutUsingARegistrationNumberOrKeepingTheFile() {
        var institutionId = jdbc.sql("select id from institution where code = 'diskominfo-demak'")
                .query(UUID.class)
                .single();
        var before = snapshot();
        var socialMedia = Api.webSubmission("diskominfo-demak");
        socialMedia.put("channel", "SOCIAL_MEDIA");

        var refused = submitWithFiles(socialMedia, pdf("tangkapan-layar.pdf"));

        assertRefused(refused, 422, "channel");
        assertNothingStored(before);

        var accepted = api.submit(Api.webSubmission("diskominfo-demak"));

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
        record Numbered(int registrationYear, long registrationSequence) {}
        var numbered = jdbc.sql("""
                select registration_year, registration_sequence from submission where tracking_number = ?""")
                .param(accepted.<String>get("trackingNumber"))
                .query(Numbered.class)
                .single();
        var usedThisYear = jdbc.sql("select registration_sequence from submission where institution_id = ? "
                        + "and registration_year = ? order by registration_sequence")
                .params(institutionId, numbered.registrationYear())
                .query(Long.class)
                .list();
        assertThat(numbered.registrationSequence()).isEqualTo(usedThisYear.size());
        assertThat(usedThisYear)
                .isEqualTo(
                        LongStream.rangeClosed(1, usedThisYear.size()).boxed().toList());
        assertThat(jdbc.sql("select last_value from registration_counter where institution_id = ? and year = ?")
                        .params(institutionId, numbered.registrationYear())
                        .query(Long.class)
                        .single())
                .isEqualTo(numbered.registrationSequence());
    }

    // ---- Tracking --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"SR-\u0000000-0000-00", "SR-%00", "SR-ÄÖÜ0-0000-00", "SR-\u202E000-0000-00"})
    void refusesOddTrackingNumbersWithoutFailing(String trackingNumber) {
        var response = api.track(trackingNumber, "AAAA-BBBB-CCCC-DDDD");

        // the firewall refuses encoded NUL in a path (400) before the application answers "not found" (404)
        assertThat(response.status()).as(response.raw()).isIn(400, 404);
    }

    @Test
    void answersOverlongTrackingNumberAndAccessCodeWithNotFound() {
        var response = api.track("SR-" + "0".repeat(5000), "A".repeat(100_000));

        assertThat(response.status()).as(response.raw()).isEqualTo(404);
    }

    // ---- Staff API -------------------------------------------------------------------------------------------------

    @Test
    void refusesCaseActionOnNonUuidCaseId() {
        var before = snapshot();

        var response = api.send(Api.as(
                STAFF,
                post("/api/v1/cases/{id}/actions/{action}", "not-a-uuid", "verify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"x\"}")));

        assertRefused(response, 400, "id");
        assertNothingStored(before);
    }

    @Test
    void refusesCasePageLargerThanAHundred() {
        var response = api.send(Api.as(STAFF, get("/api/v1/cases").param("size", "1000")));

        assertRefused(response, 400, "size");
    }

    @Test
    void refusesUnknownCaseStatusFilter() {
        var response = api.send(Api.as(STAFF, get("/api/v1/cases").param("status", "NOPE")));

        assertRefused(response, 400, "status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=abc", "size=-1", "page=-1", "overdue=perhaps", "kind=PRAISE", "institution=kebumen"})
    void refusesMalformedCaseListParameters(String parameter) {
        var name = parameter.substring(0, parameter.indexOf('='));
        var value = parameter.substring(parameter.indexOf('=') + 1);

        var response = api.send(Api.as(STAFF, get("/api/v1/cases").param(name, value)));

        assertRefused(response, 400, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "step"})
    void refusesControlCharactersInCaseListTextsNamingTheParameter(String parameter) {
        var response = api.send(Api.as(STAFF, get("/api/v1/cases").param(parameter, "jalan\u0000rusak")));

        assertRefused(response, 400, parameter);
    }

    @Test
    void refusesStaffRegistrationWithUnknownEnumValue() {
        var before = snapshot();
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("channel", "PIGEON");

        var response = api.register(STAFF, submission);

        assertRefused(response, 400, "channel");
        assertNothingStored(before);
    }

    // ---- Helpers ---------------------------------------------------------------------------------------------------

    /** What a refused request must not change. */
    record Snapshot(long submissions, long attachments, long receipts, long cases, long numbersUsed, long files) {}

    Snapshot snapshot() {
        return new Snapshot(
                count("submission"),
                count("attachment"),
                count("receipt"),
                count("case_file"),
                jdbc.sql("select coalesce(sum(last_value), 0) from registration_counter")
                        .query(Long.class)
                        .single(),
                TestAttachmentDirectory.fileCount());
    }

    void assertNothingStored(Snapshot before) {
        assertThat(snapshot()).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static void assertRefused(Response response, int status, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.raw()).startsWith("application/problem+json");
        assertThat(response.<Integer>get("status")).isEqualTo(status);
        assertThat(response.<String>get("title")).isNotBlank();
        assertThat(response.errorFields()).as(response.raw()).contains(field);
    }

    private Response postJson(String body) {
        return api.send(post("/api/v1/submissions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Response submitWithFiles(Map<String, Object> submission, MockMultipartFile... files) {
        var request = multipart("/api/v1/submissions")
                .file(new MockMultipartFile(
                        "submission",
                        "",
                        MediaType.APPLICATION_JSON_VALUE,
                        api.json(submission).getBytes(StandardCharsets.UTF_8)));
        for (var file : files) {
            request.file(file);
        }
        return api.send(request);
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, MediaType.APPLICATION_PDF_VALUE, TestFiles.pdf());
    }

    private static Map<String, Object> inPerson() {
        var submission = Api.webSubmission("dprd-kebumen");
        submission.put("channel", "IN_PERSON");
        submission.put("kind", "ASPIRATION");
        submission.put(
                "audienceRequestedFor",
                id.suara.test.Audiences.receptionTime(14).toString());
        submission.put("delegationSize", 5);
        return submission;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> complainant(Map<String, Object> submission) {
        var complainant = new LinkedHashMap<>((Map<String, Object>) submission.get("complainant"));
        submission.put("complainant", complainant);
        return complainant;
    }
}
