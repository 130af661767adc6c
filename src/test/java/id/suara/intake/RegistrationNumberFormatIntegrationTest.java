package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database fills in the sequence of a registration number exactly as Java formats the whole number (ADR 0019). */
@SuaraIntegrationTest
class RegistrationNumberFormatIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsInTheSequenceInTheDatabaseAsJavaFormatsTheWholeNumber() {
        var patterns = new String[] {
            "{seq:4}/{kind}/{romanMonth}/{year}",
            "{seq}/DPRD/{month}/{year}",
            "ASP-{year}-{seq:6}",
            "{seq:2}.{seq}/{kind}/{year}",
            "Nomor {seq:3}/Setwan/{year}"
        };
        for (var pattern : patterns) {
            for (long sequence : new long[] {1, 7, 42, 999, 1000, 123456, 12345678}) {
                var template = RegistrationNumberFormat.template(pattern, 2026, 12, SubmissionKind.ASPIRATION);
                var inDatabase = jdbc.sql("select format_registration_number(?, ?)")
                        .params(template, sequence)
                        .query(String.class)
                        .single();
                assertThat(inDatabase)
                        .as(pattern + " #" + sequence)
                        .isEqualTo(RegistrationNumberFormat.format(
                                pattern, sequence, 2026, 12, SubmissionKind.ASPIRATION));
            }
        }
    }
}
