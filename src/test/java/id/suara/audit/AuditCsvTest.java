package id.suara.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.shared.CsvCells;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "kebumen.auditor|kebumen.auditor",
                "=HYPERLINK(\"http://x\")|~\"'=HYPERLINK(\"\"http://x\"\")\"~",
                "+62 812|'+62 812",
                "-2+3|'-2+3",
                "@SUM(A1)|'@SUM(A1)",
                "a,b|~\"a,b\"~",
                "say \"hi\"|~\"say \"\"hi\"\"\"~",
                "a=b|a=b",
            })
    void escapesACell(String value, String expected) {
        assertThat(CsvCells.cell(value)).isEqualTo(expected);
    }

    @Test
    void quotesACellWithALineEnd() {
        assertThat(CsvCells.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvCells.cell("\rcarriage")).isEqualTo("\"'\rcarriage\"");
        assertThat(CsvCells.cell("\tTab")).isEqualTo("'\tTab");
    }

    @Test
    void writesARowPerEntryEndingInCrLf() throws Exception {
        var out = new StringWriter();
        AuditCsv.writeHeader(out);
        AuditCsv.write(
                out,
                new AuditEntry(
                        3,
                        Instant.parse("2026-11-23T01:02:03.000004Z"),
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        null,
                        "public",
                        "identity.read",
                        "case",
                        "c-1",
                        "{\"field\":\"name\",\"why\":\"a, b\"}",
                        null,
                        "0".repeat(64),
                        "f".repeat(64)));

        assertThat(out.toString())
                .isEqualTo("seq,occurred_at,institution_id,actor_id,actor_name,action,subject_type,subject_id,details,"
                        + "client_address,previous_hash,hash\r\n"
                        + "3,2026-11-23T01:02:03.000004Z,00000000-0000-0000-0000-000000000001,,public,identity.read,case,"
                        + "c-1,\"{\"\"field\"\":\"\"name\"\",\"\"why\"\":\"\"a, b\"\"}\",," + "0".repeat(64) + ","
                        + "f".repeat(64) + "\r\n");
    }
}
