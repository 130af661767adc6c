package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The step an objection reopens a case at (ADR 0036): named by the procedure and checked, or found by the rule. */
class ReopenStepTest {

    private static SopDefinition reopeningAt(SopDefinition d, String step) {
        return new SopDefinition(
                d.code(),
                d.title(),
                d.issuer(),
                d.documentNumber(),
                d.source(),
                d.channels(),
                d.kinds(),
                d.anonymousAllowed(),
                d.anonymousSource(),
                d.steps(),
                d.transitions(),
                d.letters(),
                step);
    }

    @Test
    void aNamedReopenStepWhereStaffActIsAcceptedAndUsed() {
        var definition = reopeningAt(SopFixtures.workable(), "handle");

        assertThat(SopDefinitionValidator.problems(definition)).isEmpty();
        assertThat(definition.stepToReopenAt().orElseThrow().code()).isEqualTo("handle");
    }

    @Test
    void anUnknownAnEndStateOrAComplainantsStepIsRefusedAsReopenStep() {
        for (var step : List.of("nowhere", "archived", "submit")) {
            assertThat(SopDefinitionValidator.problems(reopeningAt(SopFixtures.workable(), step)))
                    .as(step)
                    .extracting(InvalidInputExceptionFields::field)
                    .contains("reopenStep");
        }
    }

    @Test
    void withoutANamedStepACaseReopensWhereItsAnswerIsPublishedOrElseAtTheFirstStaffStep() {
        var workable = SopFixtures.workable();

        // the fixture publishes no answer: the first step no complainant performs
        assertThat(workable.stepToReopenAt().orElseThrow().code()).isEqualTo("check");
    }

    @Test
    void everyShippedPresetNamesAValidReopenStep() throws Exception {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        var presets = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath:sop/presets/*.json");
        assertThat(presets).isNotEmpty();
        for (var preset : presets) {
            SopDefinition definition;
            try (var in = preset.getInputStream()) {
                definition = mapper.readValue(in, SopDefinition.class);
            }
            assertThat(definition.reopenStep()).as(preset.getFilename()).isNotBlank();
            assertThat(definition.stepToReopenAt()).as(preset.getFilename()).isPresent();
            assertThat(SopDefinitionValidator.problems(definition))
                    .as(preset.getFilename())
                    .isEmpty();
        }
    }

    /** Reads the field of a problem. */
    private static final class InvalidInputExceptionFields {
        static String field(id.suara.shared.InvalidInputException.FieldError error) {
            return error.field();
        }
    }
}
