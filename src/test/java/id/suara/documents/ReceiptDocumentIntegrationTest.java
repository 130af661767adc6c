package id.suara.documents;

import static id.suara.test.PdfFiles.keepFirstPageAsPng;
import static id.suara.test.PdfFiles.qrCodeOn;
import static id.suara.test.PdfFiles.rawText;
import static id.suara.test.PdfFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.suara.test.Api;
import id.suara.test.SuaraIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The receipt (tanda terima) as a PDF document: issued once, stored as issued, verifiable by anyone (ADR 0024). */
@SuaraIntegrationTest
class ReceiptDocumentIntegrationTest {

    private static final Pattern INDONESIAN_DATE = Pattern.compile(
            "\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}");
    private static final Pattern VERIFICATION_CODE = Pattern.compile("Kode verifikasi: ([A-Z0-9]{20})");

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Submitted(String trackingNumber, String accessCode, String registrationNumber) {}

    private Submitted submit() {
        var response = api.submit(Api.webSubmission("dprd-kebumen"));
        assertThat(response.status()).isEqualTo(201);
        return new Submitted(
                response.get("trackingNumber"), response.get("accessCode"), response.get("registrationNumber"));
    }

    private MvcResult pdf(Submitted s, String accessCode) throws Exception {
        return mvc.perform(get("/api/v1/submissions/" + s.trackingNumber() + "/receipt.pdf")
                        .header("X-Access-Code", accessCode))
                .andReturn();
    }

    @Test
    void printsTheLetterheadNumbersIndonesianDateAndVerificationCodeButNeverTheAccessCode() throws Exception {
        var submitted = submit();
        var result = pdf(submitted, submitted.accessCode());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        var pdf = result.getResponse().getContentAsByteArray();
        var text = text(pdf);
        assertThat(text)
                .contains("PEMERINTAH KABUPATEN KEBUMEN")
                .contains("SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH")
                .contains("TANDA TERIMA LAPORAN")
                .contains("Nomor agenda: " + submitted.registrationNumber())
                .contains(submitted.trackingNumber())
                .contains("Pengaduan")
                .contains("Halaman 1 dari 1")
                .doesNotContain(submitted.accessCode())
                .doesNotContain("Siti Aminah");
        assertThat(INDONESIAN_DATE.matcher(text).find()).as(text).isTrue();
        var code = VERIFICATION_CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        assertThat(rawText(pdf))
                .as("the address copies out of the PDF as typed, without a ligature")
                .contains("/verifikasi/" + code.group(1));
        var page = keepFirstPageAsPng(pdf, "receipt");
        assertThat(qrCodeOn(page)).isEqualTo("http://localhost:8080/verifikasi/" + code.group(1));
    }

    @Test
    void servesTheReceiptAsStoredEveryTimeAfterItWasIssued() throws Exception {
        var submitted = submit();
        var first = pdf(submitted, submitted.accessCode()).getResponse();
        var again = pdf(submitted, submitted.accessCode()).getResponse();
        assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(first.getHeader("ETag")).isEqualTo("\"" + Documents.sha256(first.getContentAsByteArray()) + "\"");
        assertThat(jdbc.sql("""
                        select count(*) from issued_document d join submission s on s.id = d.submission_id
                        where s.tracking_number = ? and d.type = 'RECEIPT'""")
                        .param(submitted.trackingNumber())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void answersAWrongAccessCodeLikeAnUnknownNumberAndIssuesNothing() throws Exception {
        var submitted = submit();
        var refused = pdf(submitted, "AAAA-BBBB-CCCC-DDDD").getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("""
                        select count(*) from issued_document d join submission s on s.id = d.submission_id
                        where s.tracking_number = ?""")
                        .param(submitted.trackingNumber())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theVerificationPageShowsAGenuineDocumentAndAnswers404ForAForgedCode() throws Exception {
        var submitted = submit();
        var pdf = pdf(submitted, submitted.accessCode()).getResponse().getContentAsByteArray();
        var code = VERIFICATION_CODE.matcher(text(pdf));
        assertThat(code.find()).isTrue();
        var page = mvc.perform(get("/verifikasi/" + code.group(1))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(submitted.registrationNumber())
                .contains("Tanda terima laporan")
                .contains("Sekretariat DPRD Kabupaten Kebumen")
                .contains(Documents.sha256(pdf))
                .doesNotContain(submitted.trackingNumber())
                .doesNotContain("Siti Aminah");
        var forged =
                mvc.perform(get("/verifikasi/" + "Q".repeat(20))).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(404);
        assertThat(forged.getContentType()).startsWith("text/html");
    }

    @Test
    void theComplainantDownloadsTheReceiptFromThePortalWithTheirNumberAndCode() throws Exception {
        var submitted = submit();
        var response = mvc.perform(post("/lacak/tanda-terima.pdf")
                        .param("trackingNumber", submitted.trackingNumber().toLowerCase())
                        .param("accessCode", submitted.accessCode())
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response.getContentAsByteArray())).contains(submitted.registrationNumber());
        var wrong = mvc.perform(post("/lacak/tanda-terima.pdf")
                        .param("trackingNumber", submitted.trackingNumber())
                        .param("accessCode", "WRONG")
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(404);
        assertThat(wrong.getContentType()).startsWith("text/html");
    }

    @Test
    void anIssuedDocumentIsNeverChangedOrRemoved() throws Exception {
        var submitted = submit();
        assertThat(pdf(submitted, submitted.accessCode()).getResponse().getStatus())
                .isEqualTo(200);
        for (var statement : new String[] {
            "update issued_document set number = 'X' where submission_id ="
                    + " (select id from submission where tracking_number = ?)",
            "delete from issued_document where submission_id = (select id from submission where tracking_number = ?)"
        }) {
            assertThatThrownBy(() -> jdbc.sql(statement)
                            .param(submitted.trackingNumber())
                            .update())
                    .hasMessageContaining("never changed or removed");
        }
    }
}
