package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import id.suara.sop.SopDefinition;
import id.suara.sop.SopPresets;
import id.suara.sop.StepDefinition;
import id.suara.sop.TransitionCondition;
import id.suara.staff.RoleGrant;
import id.suara.staff.StaffMember;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a viewer may do next on a case of a shipped SOP, and whom the case waits for when they may do nothing. */
class NextMovesTest {

    private static final SopPresets PRESETS = new SopPresets();
    private static final UUID INSTITUTION = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    static SopDefinition preset(String code) {
        return PRESETS.find(code).orElseThrow();
    }

    static CaseFile at(StepDefinition step, UUID assignedUnit) {
        return at(step, assignedUnit, null);
    }

    static CaseFile at(StepDefinition step, UUID assignedUnit, Instant audienceRequestedFor) {
        return new CaseFile(
                UUID.randomUUID(),
                INSTITUTION,
                SubmissionKind.COMPLAINT,
                Channel.LETTER,
                "0001/PGD/2026",
                "SR-TEST",
                "Jalan rusak",
                UUID.randomUUID(),
                step.code(),
                step.status(),
                NOW,
                null,
                assignedUnit,
                null,
                null,
                audienceRequestedFor,
                NOW,
                step.terminal() ? NOW : null,
                3,
                null);
    }

    static StaffMember holding(Role role, UUID unit) {
        return new StaffMember(
                UUID.randomUUID(),
                INSTITUTION,
                "staf",
                "Staf",
                Set.of(new RoleGrant(role, role.boundToUnit() ? unit : null)));
    }

    static RequirementCheckResult failed(StepDefinition step) {
        var items = new EnumMap<RequirementCheck, Boolean>(RequirementCheck.class);
        step.requirementChecks().forEach(item -> items.put(item, item != RequirementCheck.IDENTITY));
        return new RequirementCheckResult(UUID.randomUUID(), step.code(), NOW, UUID.randomUUID(), items, false, null);
    }

    /** Every step of every shipped SOP that checks requirements, with the role that checks them. */
    static Stream<Arguments> checkingSteps() {
        var rows = new ArrayList<Arguments>();
        for (var definition : PRESETS.all()) {
            for (var step : definition.steps()) {
                if (!step.requirementChecks().isEmpty()) {
                    rows.add(Arguments.of(
                            definition.code(), step.code(), step.roles().getFirst()));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("checkingSteps")
    void offersEveryFailureBranchOfTheSopAfterAFailedCheck(String code, String stepCode, Role checker) {
        var definition = preset(code);
        var step = definition.step(stepCode).orElseThrow();
        var failureBranches = definition.transitionsFrom(stepCode).stream()
                .filter(t -> t.condition() == TransitionCondition.REQUIREMENTS_NOT_MET)
                .map(t -> t.action())
                .toList();

        var offered = NextMoves.availableTo(
                holding(checker, null), at(step, null), definition, failed(step), List.of(), ZONE, Optional.empty());

        assertThat(failureBranches).isNotEmpty();
        assertThat(offered).extracting(AvailableAction::action).containsExactlyElementsOf(failureBranches);
        assertThat(offered)
                .allSatisfy(action -> assertThat(action.endsWithoutAnswer()).isTrue());
    }

    @Test
    void waitsForTheLeadershipWhereOnlyTheLeadershipApproves() {
        var definition = preset("kebumen-written");
        var komisiA = UUID.randomUUID();
        var followUp = at(definition.step("follow-up").orElseThrow(), komisiA);

        assertThat(NextMoves.availableTo(
                        holding(Role.ORGAN_MEMBER, komisiA),
                        followUp,
                        definition,
                        null,
                        List.of(),
                        ZONE,
                        Optional.empty()))
                .isEmpty();
        assertThat(NextMoves.waitingFor(followUp, definition)).containsExactly(Role.LEADERSHIP);
    }

    @Test
    void waitsForTheOrganTheCaseIsAssignedToWhereItReceivesTheDelegation() {
        var definition = preset("kebumen-in-person");
        var receive = at(definition.step("receive-delegation").orElseThrow(), UUID.randomUUID());

        assertThat(NextMoves.waitingFor(receive, definition)).containsExactly(Role.LEADERSHIP, Role.ORGAN_MEMBER);
    }

    @Test
    void waitsForNobodyOnceTheCaseHasEnded() {
        var definition = preset("kebumen-written");

        assertThat(NextMoves.waitingFor(at(definition.step("archived").orElseThrow(), null), definition))
                .isEmpty();
    }

    @Test
    void startsTheAnswerToPublishFromTheSignedResponseLetterRatherThanTheLeadershipsDirection() {
        var definition = preset("kebumen-written");
        var history = List.of(entry("follow-up", "approve", Map.of("direction", "Bahas di Komisi A")));
        var confirm = at(definition.step("confirm-answer").orElseThrow(), null);

        var publish = NextMoves.availableTo(
                        holding(Role.COMPLAINTS_DIVISION, null),
                        confirm,
                        definition,
                        null,
                        history,
                        ZONE,
                        Optional.of("Dengan hormat, Komisi A telah membahas laporan Saudara."))
                .getFirst();

        assertThat(publish.action()).isEqualTo("publish");
        assertThat(publish.publishesAnswer()).isTrue();
        assertThat(publish.initialValues())
                .containsExactly(Map.entry("publicAnswer", "Dengan hormat, Komisi A telah membahas laporan Saudara."));
        assertThat(publish.toStatus()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(publish.endsWithoutAnswer()).isFalse();
    }

    @Test
    void withoutALetterStartsTheAnswerFromTheLatestLongTextWrittenInTheHistory() {
        var definition = preset("kebumen-written");
        var history = List.of(
                entry("follow-up", "approve", Map.of("direction", "Arahan pertama")),
                entry("follow-up", "approve", Map.of("direction", "Arahan kedua")));
        var confirm = at(definition.step("confirm-answer").orElseThrow(), null);

        var publish = NextMoves.availableTo(
                        holding(Role.COMPLAINTS_DIVISION, null),
                        confirm,
                        definition,
                        null,
                        history,
                        ZONE,
                        Optional.empty())
                .getFirst();

        assertThat(publish.initialValues()).containsExactly(Map.entry("publicAnswer", "Arahan kedua"));
    }

    @Test
    void startsTheAnswerEmptyWhenNothingWasDrafted() {
        var definition = preset("kebumen-in-person");
        var confirm = at(definition.step("confirm-answer").orElseThrow(), null);

        var publish = NextMoves.availableTo(
                        holding(Role.PUBLIC_RELATIONS, null),
                        confirm,
                        definition,
                        null,
                        List.of(),
                        ZONE,
                        Optional.empty())
                .getFirst();

        assertThat(publish.initialValues()).isEmpty();
    }

    @Test
    void startsTheAgreedAudienceTimeFromTheTimeTheDelegationAskedFor() {
        var definition = preset("kebumen-in-person");
        var asked = at(definition.step("coordinate").orElseThrow(), null, Instant.parse("2026-03-09T03:00:00Z"));

        var coordinate = NextMoves.availableTo(
                        holding(Role.SECRETARY, null), asked, definition, null, List.of(), ZONE, Optional.empty())
                .stream()
                .filter(a -> a.action().equals("coordinate"))
                .findFirst()
                .orElseThrow();

        assertThat(coordinate.initialValues()).containsEntry("meetingAt", "2026-03-09T10:00+07:00");
    }

    @Test
    void startsTheAgreedAudienceTimeFromTheTimeLastAgreedInTheHistoryInTheInstitutionsZone() {
        var definition = preset("kebumen-in-person");
        var asked =
                at(definition.step("accompany-and-record").orElseThrow(), null, Instant.parse("2026-03-09T03:00:00Z"));
        var history = List.of(entry("coordinate", "coordinate", Map.of("meetingAt", "2026-03-10T06:30:00Z")));

        var withTime = NextMoves.availableTo(
                        holding(Role.PUBLIC_RELATIONS, null), asked, definition, null, history, ZONE, Optional.empty())
                .stream()
                .filter(a -> a.fields().stream().anyMatch(f -> f.name().equals("meetingAt")))
                .toList();

        assertThat(withTime).isNotEmpty();
        assertThat(withTime)
                .allSatisfy(a -> assertThat(a.initialValues()).containsEntry("meetingAt", "2026-03-10T13:30+07:00"));
    }

    private static HistoryEntry entry(String from, String action, Map<String, Object> fields) {
        return new HistoryEntry(0, NOW, UUID.randomUUID(), "Staf", Role.OFFICER, action, from, from, null, fields);
    }
}
