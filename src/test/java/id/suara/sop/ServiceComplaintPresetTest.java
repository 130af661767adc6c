package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import org.junit.jupiter.api.Test;

/** The SOP of service complaints about a recess's facilitation says what 004 "Pengaduan Layanan" says (ADR 0031). */
class ServiceComplaintPresetTest {

    private static final String SEED = "004_2c2e72c9f275a3d6.txt";

    private final SopDefinition preset =
            new SopPresets().find("recess-service-complaint").orElseThrow();

    @Test
    void handlesOnlyServiceComplaintsTakenDownAtARecess() {
        assertThat(SopDefinitionValidator.problems(preset)).isEmpty();
        assertThat(preset.documentNumber()).isEqualTo("175/04/Setwan/III/2022");
        assertThat(preset.source()).startsWith(SEED).contains("Pengaduan Layanan");
        assertThat(preset.channels()).containsExactly(Channel.RECESS);
        assertThat(preset.kinds()).containsExactly(SubmissionKind.SERVICE_COMPLAINT);
        assertThat(preset.anonymousAllowed()).isFalse();
    }

    @Test
    void letsTheStaffRespondFirstAndTheOfficialResolveWhatTheyCannot() {
        assertThat(preset.steps())
                .extracting(s -> s.number() + " " + s.code())
                .containsExactly("1 submit", "2 staff-respond", "4 official-resolve", "null completed");
        assertThat(preset.step("staff-respond").orElseThrow().roles())
                .containsExactly(Role.OFFICER, Role.COMPLAINTS_DIVISION);
        assertThat(preset.step("official-resolve").orElseThrow().roles())
                .containsExactly(Role.DIVISION_HEAD, Role.SECRETARY);
        assertThat(preset.transitionsFrom("staff-respond"))
                .extracting(t -> t.action() + " → " + t.to())
                .containsExactly("solve → completed", "forward-to-official → official-resolve");
        assertThat(preset.transitionsFrom("staff-respond").get(1).source()).contains("langkah 3");
        assertThat(preset.transitionsFrom("official-resolve"))
                .singleElement()
                .satisfies(t -> assertThat(t.to()).isEqualTo("completed"));
        assertThat(preset.steps().subList(0, 3))
                .allSatisfy(s -> assertThat(s.source()).startsWith(SEED + ", Pengaduan Layanan langkah " + s.number()));
    }

    @Test
    void givesTheStaffOneWorkingDayAndTheOfficialThreeWhichTheSeedLeavesOpen() {
        assertThat(preset.step("staff-respond").orElseThrow().timeLimit()).isEqualTo(TimeLimit.workingDays(1));
        assertThat(preset.step("official-resolve").orElseThrow().timeLimit()).isEqualTo(TimeLimit.workingDays(3));
        assertThat(preset.step("staff-respond").orElseThrow().source()).contains("inferred");
    }

    @Test
    void publishesTheSolutionEitherWay() {
        assertThat(preset.transitions())
                .filteredOn(t -> t.to().equals("completed"))
                .allSatisfy(t -> assertThat(t.fields())
                        .anyMatch(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER && f.required()));
    }
}
