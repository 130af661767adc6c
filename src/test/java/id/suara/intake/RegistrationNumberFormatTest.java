package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistrationNumberFormatTest {

    @Test
    void fillsInEveryTokenOfThePattern() {
        assertThat(RegistrationNumberFormat.format(
                        "{seq:4}/{kind}/{romanMonth}/{year}", 42, 2026, 12, SubmissionKind.ASPIRATION))
                .isEqualTo("0042/ASP/XII/2026");
        assertThat(RegistrationNumberFormat.format("{seq}/DPRD/{month}/{year}", 7, 2026, 3, SubmissionKind.COMPLAINT))
                .isEqualTo("7/DPRD/03/2026");
        assertThat(RegistrationNumberFormat.format("{seq:2}.{seq}/{kind}", 5, 2026, 1, SubmissionKind.CARBON_COPY))
                .isEqualTo("05.5/TBS");
    }

    @Test
    void padsTheSequenceButNeverCutsIt() {
        assertThat(RegistrationNumberFormat.format("ASP-{year}-{seq:3}", 12345678, 2026, 12, SubmissionKind.ASPIRATION))
                .isEqualTo("ASP-2026-12345678");
    }
}
