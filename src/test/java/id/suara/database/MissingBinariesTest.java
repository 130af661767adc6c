package id.suara.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A jar started embedded on an architecture it holds no PostgreSQL for says so and what to do (ADR 0043). */
class MissingBinariesTest {

    @Test
    void namesThisMachineAndTheWaysOut() {
        var failure = EmbeddedDatabaseConfiguration.noBinaries(
                new IllegalStateException(EmbeddedDatabaseConfiguration.MISSING_BINARIES));

        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure, failure);

        assertThat(analysis.getDescription()).contains(System.getProperty("os.arch"));
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("./mvnw package");
    }
}
