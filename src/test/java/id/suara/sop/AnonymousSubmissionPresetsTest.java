package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Which shipped procedures accept anonymous submissions, and why. */
class AnonymousSubmissionPresetsTest {

    private static final SopPresets PRESETS = new SopPresets();

    @Test
    void allowsAnonymousSubmissionsOnlyInDemaksSp4nLaporPractice() {
        Map<String, Boolean> allowed =
                PRESETS.all().stream().collect(Collectors.toMap(SopDefinition::code, SopDefinition::anonymousAllowed));

        assertThat(allowed)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "demak-kominfo", true,
                        "kebumen-in-person", false,
                        "kebumen-written", false,
                        "kebumen-online", false,
                        "pekalongan", false,
                        "recess-service-complaint", false,
                        "kutai-kartanegara-dpmd", false));
    }

    @Test
    void citesTheSourceOfEachDecision() {
        assertThat(PRESETS.find("demak-kominfo").orElseThrow().anonymousSource())
                .startsWith("Inference from 002_")
                .contains("SP4N-LAPOR!");
        assertThat(PRESETS.find("kebumen-written").orElseThrow().anonymousSource())
                .contains("003_", "IV.B.1.b");
        assertThat(PRESETS.find("kebumen-in-person").orElseThrow().anonymousSource())
                .contains("IV.A.2.a");
        assertThat(PRESETS.find("pekalongan").orElseThrow().anonymousSource())
                .contains("000_", "langkah 1", "wajib disertai identitas pengirim");
        assertThat(PRESETS.all())
                .allSatisfy(d -> assertThat(d.anonymousSource()).isNotBlank());
    }

    @Test
    void readsADefinitionStoredBeforeTheFlagExistedAsNotAllowingAnonymousSubmissions() {
        var strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        var stored = strict.writeValueAsString(PRESETS.find("demak-kominfo").orElseThrow())
                .replace("\"anonymousAllowed\":true,", "");
        assertThat(stored).doesNotContain("anonymousAllowed");

        var read = strict.readValue(stored, SopDefinition.class);

        assertThat(read.anonymousAllowed()).isFalse();
        assertThat(read.steps())
                .hasSize(PRESETS.find("demak-kominfo").orElseThrow().steps().size());
    }
}
