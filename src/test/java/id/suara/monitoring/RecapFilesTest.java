package id.suara.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.documents.ReportDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recap's CSV: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF, and no cell a spreadsheet runs as a formula. */
class RecapFilesTest {

    @Test
    void aCellThatLooksLikeAFormulaIsNeutralisedAndOneWithACommaOrQuoteIsQuoted() {
        var table = new ReportDocument.Table(
                "T",
                "T",
                List.of("Perihal", "Jumlah"),
                List.of(
                        List.<Object>of("=HYPERLINK(\"http://x\")", 1L),
                        List.<Object>of("-2+3", 2L),
                        List.<Object>of("Jalan, jembatan", 3L),
                        List.<Object>of("@SUM(A1)", 4L)),
                false);

        var csv = new String(RecapFiles.csv(table), StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("\uFEFFPerihal,Jumlah\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",1\r\n"
                        + "'-2+3,2\r\n"
                        + "\"Jalan, jembatan\",3\r\n"
                        + "'@SUM(A1),4\r\n");
    }

    @Test
    void aNegativeNumberStaysANumber() {
        var table = new ReportDocument.Table("T", "T", List.of("Nilai"), List.of(List.<Object>of(-1L)), false);

        assertThat(new String(RecapFiles.csv(table), StandardCharsets.UTF_8)).endsWith("\r\n-1\r\n");
    }
}
