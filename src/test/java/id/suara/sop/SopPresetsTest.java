package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.suara.institution.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Loading presets: what ships, and how strictly a preset file is read. */
class SopPresetsTest {

    private static final SopPresets SHIPPED = new SopPresets();

    @TempDir
    Path dir;

    @Test
    void theSwimlanesAreThePerformersOfTheStepsInTheOrderTheyFirstAct() {
        var written = SHIPPED.find("kebumen-written").orElseThrow();

        assertThat(written.lanes())
                .containsExactly(
                        Role.COMPLAINANT,
                        Role.GENERAL_AFFAIRS,
                        Role.OFFICER,
                        Role.COMPLAINTS_DIVISION,
                        Role.SECRETARY,
                        Role.LEADERSHIP,
                        Role.ORGAN_MEMBER);
    }

    @Test
    void loadsEveryShippedPresetOrderedByCode() {
        assertThat(SHIPPED.all())
                .extracting(SopDefinition::code)
                .containsExactly(
                        "demak-kominfo",
                        "kebumen-in-person",
                        "kebumen-online",
                        "kebumen-written",
                        "kutai-kartanegara-dpmd",
                        "pekalongan",
                        "recess-service-complaint");
    }

    @Test
    void findsAPresetByItsCode() {
        assertThat(SHIPPED.find("kebumen-written"))
                .get()
                .extracting(SopDefinition::documentNumber)
                .isEqualTo("170/28 Tahun 2023");
    }

    @Test
    void findsNothingForAnUnknownCode() {
        assertThat(SHIPPED.find("jakarta")).isEmpty();
        assertThat(SHIPPED.find(null)).isEmpty();
    }

    @Test
    void presetsSurviveAJsonRoundTrip() {
        var mapper = JsonMapper.builder().build();
        for (var preset : SHIPPED.all()) {
            var copy = mapper.readValue(mapper.writeValueAsString(preset), SopDefinition.class);
            assertThat(copy).as(preset.code()).isEqualTo(preset);
        }
    }

    @Test
    void readsPresetsFromAnyLocation() {
        write("demak-kominfo.json", shipped("demak-kominfo.json"));

        assertThat(presetsIn(dir).all()).extracting(SopDefinition::code).containsExactly("demak-kominfo");
    }

    @Test
    void refusesPresetWithAnUnknownProperty() {
        write(
                "demak-kominfo.json",
                shipped("demak-kominfo.json").replaceFirst("\"issuer\":", "\"issuedBy\": \"x\", \"issuer\":"));

        assertThatIllegalStateException()
                .isThrownBy(() -> presetsIn(dir))
                .withMessageContaining("demak-kominfo.json")
                .withMessageContaining("issuedBy");
    }

    @Test
    void refusesPresetWithNullForABoolean() {
        write(
                "demak-kominfo.json",
                shipped("demak-kominfo.json").replaceFirst("\"terminal\": false", "\"terminal\": null"));

        assertThatIllegalStateException()
                .isThrownBy(() -> presetsIn(dir))
                .withMessageContaining("demak-kominfo.json")
                .withMessageContaining("null");
    }

    @Test
    void refusesPresetWithARepeatedProperty() {
        write(
                "demak-kominfo.json",
                shipped("demak-kominfo.json").replaceFirst("\"issuer\":", "\"issuer\": \"x\", \"issuer\":"));

        assertThatIllegalStateException()
                .isThrownBy(() -> presetsIn(dir))
                .withMessageContaining("demak-kominfo.json")
                .withMessageContaining("Duplicate");
    }

    @Test
    void refusesPresetWhoseFileIsNotNamedAfterItsCode() {
        write("demak.json", shipped("demak-kominfo.json"));

        assertThatIllegalStateException()
                .isThrownBy(() -> presetsIn(dir))
                .withMessageContaining("demak-kominfo")
                .withMessageContaining("named after its file");
    }

    @Test
    void refusesPresetTheValidatorRejects() {
        write("demak-kominfo.json", shipped("demak-kominfo.json").replace("\"to\": \"completed\"", "\"to\": \"done\""));

        assertThatIllegalStateException()
                .isThrownBy(() -> presetsIn(dir))
                .withMessageContaining("is invalid")
                .withMessageContaining("Unknown step done");
    }

    private static SopPresets presetsIn(Path dir) {
        return new SopPresets(dir.toUri() + "*.json");
    }

    private static String shipped(String file) {
        try (var in = new ClassPathResource("sop/presets/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
