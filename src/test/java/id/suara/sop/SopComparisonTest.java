package id.suara.sop;

import static id.suara.sop.SopFixtures.addingStep;
import static id.suara.sop.SopFixtures.addingTransition;
import static id.suara.sop.SopFixtures.move;
import static id.suara.sop.SopFixtures.replacingStep;
import static id.suara.sop.SopFixtures.step;
import static id.suara.sop.SopFixtures.withChannelsAndKinds;
import static id.suara.sop.SopFixtures.withChecks;
import static id.suara.sop.SopFixtures.withRoles;
import static id.suara.sop.SopFixtures.withSource;
import static id.suara.sop.SopFixtures.withSteps;
import static id.suara.sop.SopFixtures.withTimeLimit;
import static id.suara.sop.SopFixtures.workable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.sop.SopComparison.Kind;
import id.suara.sop.SopComparison.StepChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SopComparisonTest {

    private static final UUID INSTITUTION = UUID.randomUUID();

    static SopVersion version(int number, SopDefinition definition) {
        return new SopVersion(
                UUID.randomUUID(),
                INSTITUTION,
                definition.code(),
                number,
                number == 1 ? SopVersionStatus.ACTIVE : SopVersionStatus.DRAFT,
                definition,
                null,
                Instant.EPOCH,
                null);
    }

    static SopComparison compare(SopDefinition before, SopDefinition after) {
        return SopComparison.between(version(1, before), version(2, after));
    }

    @Test
    void findsNoDifferenceBetweenEqualDefinitions() {
        var comparison = compare(workable(), workable());

        assertThat(comparison.same()).isTrue();
    }

    @Test
    void ignoresADifferentCitationOfTheSeedDocument() {
        var d = workable();

        var comparison = compare(d, replacingStep(d, 1, withSource(d.steps().get(1), "another.txt, langkah 9")));

        assertThat(comparison.same()).isTrue();
    }

    @Test
    void reportsAnAddedStepWithTheMovesOutOfIt() {
        var d = workable();
        var revised =
                addingTransition(addingStep(d, step("review", Role.SECRETARY)), move("review", "approve", "completed"));

        var comparison = compare(d, revised);

        assertThat(comparison.steps())
                .extracting(StepChange::kind, StepChange::code)
                .containsExactly(tuple(Kind.ADDED, "review"));
        assertThat(comparison.steps().getFirst().transitionsAdded())
                .extracting(TransitionDefinition::action)
                .containsExactly("approve");
    }

    @Test
    void reportsARemovedStep() {
        var d = workable();
        var steps = new ArrayList<>(d.steps());
        steps.removeIf(s -> s.code().equals("handle"));

        var comparison = compare(d, withSteps(d, steps));

        assertThat(comparison.steps())
                .extracting(StepChange::kind, StepChange::code)
                .containsExactly(tuple(Kind.REMOVED, "handle"));
        assertThat(comparison.steps().getFirst().transitionsRemoved())
                .extracting(TransitionDefinition::action)
                .containsExactly("close");
    }

    @Test
    void namesEachChangedPropertyOfAStep() {
        var d = workable();
        var handle = d.steps().get(2);

        var comparison = compare(
                d, replacingStep(d, 2, withRoles(withTimeLimit(handle, TimeLimit.workingDays(3)), Role.SECRETARY)));

        assertThat(comparison.steps()).hasSize(1);
        var change = comparison.steps().getFirst();
        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
        assertThat(change.code()).isEqualTo("handle");
        assertThat(change.fields()).containsExactly("roles", "timeLimit");
        assertThat(change.before().timeLimit()).isEqualTo(TimeLimit.minutes(15));
        assertThat(change.after().timeLimit()).isEqualTo(TimeLimit.workingDays(3));
    }

    @Test
    void reportsAChangedMoveOutOfAStepAsOneRemovedAndOneAdded() {
        var d = workable();
        var transitions = new ArrayList<>(d.transitions());
        transitions.set(1, move("check", "proceed", "handle", TransitionCondition.REQUIREMENTS_MET));

        var comparison = compare(d, SopFixtures.withTransitions(d, transitions));

        var change = comparison.steps().getFirst();
        assertThat(change.code()).isEqualTo("check");
        assertThat(change.fields()).containsExactly("transitions");
        assertThat(change.transitionsAdded())
                .extracting(TransitionDefinition::action)
                .containsExactly("proceed");
        assertThat(change.transitionsRemoved())
                .extracting(TransitionDefinition::action)
                .containsExactly("accept");
    }

    @Test
    void reportsRequirementsAddedAndRemoved() {
        var d = workable();
        var check = d.steps().get(1);

        var comparison = compare(
                d, replacingStep(d, 1, withChecks(check, RequirementCheck.PURPOSE, RequirementCheck.SUBSTANCE)));

        assertThat(comparison.requirementsAdded())
                .containsExactlyInAnyOrder(RequirementCheck.PURPOSE, RequirementCheck.SUBSTANCE);
        assertThat(comparison.requirementsRemoved()).containsExactly(RequirementCheck.IDENTITY);
        assertThat(comparison.steps().getFirst().fields()).containsExactly("requirementChecks");
    }

    @Test
    void namesTheChangedPropertiesOfTheProcedure() {
        var d = workable();

        var comparison = compare(
                d, withChannelsAndKinds(d, List.of(Channel.LETTER, Channel.WEB), List.of(SubmissionKind.COMPLAINT)));

        assertThat(comparison.metadata()).containsExactly("channels");
        assertThat(comparison.steps()).isEmpty();
    }
}
