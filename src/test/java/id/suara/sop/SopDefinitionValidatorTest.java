package id.suara.sop;

import static id.suara.sop.SopFixtures.addingStep;
import static id.suara.sop.SopFixtures.addingTransition;
import static id.suara.sop.SopFixtures.automatic;
import static id.suara.sop.SopFixtures.end;
import static id.suara.sop.SopFixtures.field;
import static id.suara.sop.SopFixtures.manual;
import static id.suara.sop.SopFixtures.move;
import static id.suara.sop.SopFixtures.removingTransition;
import static id.suara.sop.SopFixtures.replacingStep;
import static id.suara.sop.SopFixtures.replacingTransition;
import static id.suara.sop.SopFixtures.step;
import static id.suara.sop.SopFixtures.withAppointment;
import static id.suara.sop.SopFixtures.withChannelsAndKinds;
import static id.suara.sop.SopFixtures.withChecks;
import static id.suara.sop.SopFixtures.withCode;
import static id.suara.sop.SopFixtures.withCondition;
import static id.suara.sop.SopFixtures.withFields;
import static id.suara.sop.SopFixtures.withRoles;
import static id.suara.sop.SopFixtures.withSource;
import static id.suara.sop.SopFixtures.withStatus;
import static id.suara.sop.SopFixtures.withSteps;
import static id.suara.sop.SopFixtures.withTimeLimit;
import static id.suara.sop.SopFixtures.workable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.SubmissionKind;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per rule. The workable fixture: steps[0] submit, [1] check, [2] handle, [3] archived, [4] completed;
 * transitions[0] submit→check (automatic), [1] check→handle (met), [2] check→archived (not met), [3] handle→completed.
 */
class SopDefinitionValidatorTest {

    private static final ActionField.FieldType UNIT = ActionField.FieldType.UNIT;
    private static final ActionField.FieldType CHOICE = ActionField.FieldType.CHOICE;
    private static final ActionField.FieldType TEXT = ActionField.FieldType.TEXT;
    private static final ActionField.FieldType DATE_TIME = ActionField.FieldType.DATE_TIME;
    private static final ActionField.FieldEffect NONE = ActionField.FieldEffect.NONE;

    @Test
    void acceptsAWorkableProcedure() {
        assertThat(SopDefinitionValidator.problems(workable())).isEmpty();
        assertThatNoException().isThrownBy(() -> SopDefinitionValidator.validate(workable()));
    }

    @Test
    void refusesProcedureWithoutSteps() {
        var definition = withSteps(withTransitions(List.of()), List.of());

        assertThat(fields(definition)).containsExactly("steps");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void refusesBlankStepCode(String code) {
        var definition =
                replacingStep(workable(), 2, withCode(workable().steps().get(2), code));

        assertThat(fields(definition)).contains("steps[2].code");
    }

    @Test
    void refusesDuplicateStepCode() {
        var definition =
                replacingStep(workable(), 3, withCode(workable().steps().get(3), "completed"));

        assertThat(problems(definition)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("steps[4].code");
            assertThat(p.message()).contains("steps[3]");
        });
    }

    @Test
    void refusesStepCodeThatIsNotLowercaseWithHyphens() {
        var definition = addingStep(workable(), end("Closed_Early", CaseStatus.ARCHIVED));

        assertThat(fields(definition)).contains("steps[5].code");
    }

    @Test
    void refusesTransitionFromUnknownStep() {
        var definition = addingTransition(workable(), move("nowhere", "go", "completed"));

        assertThat(fields(definition)).containsExactly("transitions[4].from");
    }

    @Test
    void refusesTransitionToUnknownStep() {
        var definition = addingTransition(workable(), move("handle", "escalate", "ombudsman"));

        assertThat(fields(definition)).containsExactly("transitions[4].to");
    }

    @Test
    void refusesTwoActionsOfTheSameNameFromOneStep() {
        var definition = addingTransition(workable(), move("handle", "close", "archived"));

        assertThat(fields(definition)).containsExactly("transitions[4].action");
    }

    @Test
    void allowsTheSameActionNameFromDifferentSteps() {
        var definition = replacingTransition(workable(), 3, move("handle", "accept", "completed"));

        assertThat(problems(definition)).isEmpty();
    }

    @Test
    void refusesActionNameThatIsNotLowercaseWithHyphens() {
        var definition = replacingTransition(workable(), 3, move("handle", "Close Case", "completed"));

        assertThat(fields(definition)).containsExactly("transitions[3].action");
    }

    @Test
    void refusesOngoingStepWithoutOutgoingTransitions() {
        var definition = addingTransition(
                addingStep(workable(), step("dead-end", Role.OFFICER)), move("handle", "detour", "dead-end"));

        assertThat(problems(definition)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("steps[5]");
            assertThat(p.message()).contains("no outgoing transitions");
        });
    }

    @Test
    void refusesTerminalStepWithOutgoingTransitions() {
        var definition = addingTransition(workable(), move("archived", "reopen", "handle"));

        assertThat(fields(definition)).containsExactly("steps[3].terminal");
    }

    @Test
    void refusesTerminalStepWithRoles() {
        var definition =
                replacingStep(workable(), 4, withRoles(workable().steps().get(4), Role.SECRETARY));

        assertThat(fields(definition)).containsExactly("steps[4].roles");
    }

    @Test
    void refusesTerminalStepWithTimeLimit() {
        var definition =
                replacingStep(workable(), 4, withTimeLimit(workable().steps().get(4), TimeLimit.minutes(5)));

        assertThat(fields(definition)).containsExactly("steps[4].timeLimit");
    }

    @Test
    void refusesTerminalStepWithAnOpenStatus() {
        var definition =
                replacingStep(workable(), 4, withStatus(workable().steps().get(4), CaseStatus.IN_PROGRESS));

        assertThat(fields(definition)).containsExactly("steps[4].status");
    }

    @Test
    void refusesOngoingStepWithAClosingStatus() {
        var definition =
                replacingStep(workable(), 2, withStatus(workable().steps().get(2), CaseStatus.COMPLETED));

        assertThat(fields(definition)).containsExactly("steps[2].status");
    }

    @Test
    void refusesStaffStepWithoutRoles() {
        var definition =
                replacingStep(workable(), 2, withRoles(workable().steps().get(2)));

        assertThat(fields(definition)).containsExactly("steps[2].roles");
    }

    @Test
    void refusesStepUnreachableFromTheFirstStep() {
        var definition = addingTransition(
                addingStep(workable(), step("orphan", Role.OFFICER)), move("orphan", "close", "completed"));

        assertThat(problems(definition)).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("steps[5]");
            assertThat(p.message()).contains("cannot be reached from the first step");
        });
    }

    @Test
    void refusesEndStateThatNoTransitionLeadsTo() {
        var definition = addingStep(workable(), end("redirected", CaseStatus.REDIRECTED));

        assertThat(fields(definition)).containsExactly("steps[5]");
    }

    @Test
    void refusesLoopFromWhichNoEndStateCanBeReached() {
        var definition = addingTransition(
                addingTransition(addingStep(workable(), step("wait", Role.OFFICER)), move("handle", "park", "wait")),
                move("wait", "resume", "wait"));

        assertThat(problems(definition)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[5]");
            assertThat(p.message()).contains("No end state can be reached");
        });
    }

    @Test
    void refusesProcedureWithoutAnyEndState() {
        var definition = withSteps(
                withTransitions(List.of(move("handle", "again", "handle"))), List.of(step("handle", Role.OFFICER)));

        assertThat(fields(definition)).containsExactly("steps");
    }

    @Test
    void refusesFirstStepThatIsAnEndState() {
        var steps = new java.util.ArrayList<>(workable().steps());
        steps.addFirst(end("closed", CaseStatus.COMPLETED));
        var definition = withSteps(workable(), steps);

        assertThat(fields(definition)).contains("steps[0].terminal");
    }

    @Test
    void refusesRequirementConditionFromStepWithoutChecks() {
        var definition = replacingTransition(
                workable(), 3, withCondition(workable().transitions().get(3), TransitionCondition.REQUIREMENTS_MET));

        assertThat(fields(definition)).containsExactly("transitions[3].condition");
    }

    @Test
    void refusesRequirementChecksWithoutAWayForUnmetRequirements() {
        var definition = replacingTransition(workable(), 2, move("check", "archive", "archived"));

        assertThat(problems(definition)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].requirementChecks");
            assertThat(p.message()).contains("REQUIREMENTS_NOT_MET");
        });
    }

    @Test
    void refusesRequirementChecksWithoutAWayForMetRequirements() {
        var definition = replacingTransition(workable(), 1, move("check", "accept", "handle"));

        assertThat(problems(definition)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].requirementChecks");
            assertThat(p.message()).contains("REQUIREMENTS_MET");
        });
    }

    @Test
    void refusesTheSameRequirementCheckedTwiceAtOneStep() {
        var check = withChecks(workable().steps().get(1), RequirementCheck.IDENTITY, RequirementCheck.IDENTITY);

        assertThat(fields(replacingStep(workable(), 1, check))).containsExactly("steps[1].requirementChecks");
    }

    @Test
    void refusesSecondAutomaticTransitionFromAStep() {
        var definition = addingTransition(workable(), automatic("submit", "skip", "handle"));

        assertThat(fields(definition)).containsExactly("transitions[4].automatic");
    }

    @Test
    void refusesAutomaticTransitionThatDependsOnACondition() {
        var definition = replacingTransition(
                workable(), 0, withCondition(workable().transitions().get(0), TransitionCondition.REQUIREMENTS_MET));

        assertThat(fields(definition)).contains("transitions[0].condition");
    }

    @Test
    void refusesAutomaticTransitionWithRequiredField() {
        var definition = replacingTransition(
                workable(), 0, withFields(workable().transitions().get(0), field("note", TEXT, NONE)));

        assertThat(fields(definition)).containsExactly("transitions[0].fields[0].required");
    }

    @Test
    void refusesManualActionNextToAnAutomaticOne() {
        var definition = addingTransition(
                replacingStep(workable(), 0, withRoles(workable().steps().get(0), Role.OFFICER)),
                move("submit", "skip", "handle"));

        assertThat(fields(definition)).containsExactly("transitions[0].automatic");
    }

    @Test
    void refusesManualActionOnTheComplainantsOwnStep() {
        var definition = replacingTransition(
                workable(), 0, manual(workable().transitions().get(0)));

        assertThat(problems(definition)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("transitions[0].roles");
            assertThat(p.message()).contains("Nobody on staff");
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"COMPLAINANT", "SYSTEM"})
    void refusesTransitionRoleNoStaffAccountHolds(Role role) {
        var definition = replacingTransition(
                workable(), 3, withRoles(workable().transitions().get(3), role));

        assertThat(fields(definition)).containsExactly("transitions[3].roles");
    }

    @Test
    void refusesChoiceFieldWithoutOptions() {
        var definition = withField(field("forum", CHOICE, NONE));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[0].options");
    }

    @Test
    void refusesChoiceFieldWithRepeatedOption() {
        var definition = withField(field("forum", CHOICE, NONE, "RDP", "RDP"));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[0].options");
    }

    @Test
    void refusesOptionsOnAFieldThatIsNotAChoice() {
        var definition = withField(field("assignedUnit", UNIT, ActionField.FieldEffect.ASSIGN_UNIT, "KOMISI-A"));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[0].options");
    }

    @ParameterizedTest
    @EnumSource(
            value = ActionField.FieldType.class,
            names = {"TEXT", "LONG_TEXT", "CHOICE", "DATE_TIME"})
    void refusesUnitAssignmentFromAFieldThatIsNotAUnit(ActionField.FieldType type) {
        var options = type == CHOICE ? new String[] {"KOMISI-A"} : new String[0];
        var definition = withField(field("assignedUnit", type, ActionField.FieldEffect.ASSIGN_UNIT, options));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[0].effect");
    }

    @ParameterizedTest
    @EnumSource(
            value = ActionField.FieldType.class,
            names = {"UNIT", "DATE_TIME"})
    void refusesPublishingAnAnswerFromAFieldThatIsNotText(ActionField.FieldType type) {
        var definition = withField(field("publicAnswer", type, ActionField.FieldEffect.PUBLISH_ANSWER));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[0].effect");
    }

    @Test
    void refusesTwoFieldsAssigningAUnitInOneAction() {
        var definition = withField(
                field("assignedUnit", UNIT, ActionField.FieldEffect.ASSIGN_UNIT),
                field("otherUnit", UNIT, ActionField.FieldEffect.ASSIGN_UNIT));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[1].effect");
    }

    @Test
    void refusesDuplicateFieldNames() {
        var definition = withField(field("meetingAt", DATE_TIME, NONE), field("meetingAt", TEXT, NONE));

        assertThat(fields(definition)).containsExactly("transitions[3].fields[1].name");
    }

    @Test
    void acceptsAStepFallingDueAtAnAppointmentGivenWithAnEarlierAction() {
        var definition = replacingStep(
                replacingTransition(
                        workable(),
                        1,
                        withFields(workable().transitions().get(1), optional(field("meetingAt", DATE_TIME, NONE)))),
                2,
                withAppointment(workable().steps().get(2), "meetingAt"));

        assertThat(problems(definition)).isEmpty();
    }

    @Test
    void refusesAnAppointmentThatNoActionGivesAsADateTime() {
        var definition = replacingStep(
                withField(field("meetingAt", TEXT, NONE)),
                2,
                withAppointment(workable().steps().get(2), "meetingAt"));

        assertThat(fields(definition)).containsExactly("steps[2].appointmentField");
    }

    @Test
    void refusesAnAppointmentAtAnEndState() {
        var definition = replacingStep(
                withField(field("meetingAt", DATE_TIME, NONE)),
                4,
                withAppointment(workable().steps().get(4), "meetingAt"));

        assertThat(fields(definition)).containsExactly("steps[4].appointmentField");
    }

    private static ActionField optional(ActionField field) {
        return new ActionField(field.name(), field.type(), false, field.label(), field.effect(), field.options());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesStepWithoutSource(String source) {
        var definition =
                replacingStep(workable(), 2, withSource(workable().steps().get(2), source));

        assertThat(fields(definition)).containsExactly("steps[2].source");
    }

    @Test
    void refusesStepWithNullSource() {
        var definition =
                replacingStep(workable(), 4, withSource(workable().steps().get(4), null));

        assertThat(fields(definition)).containsExactly("steps[4].source");
    }

    @Test
    void refusesTransitionWithoutSource() {
        var definition = replacingTransition(
                workable(), 1, withSource(workable().transitions().get(1), null));

        assertThat(fields(definition)).containsExactly("transitions[1].source");
    }

    @Test
    void refusesProcedureWithoutChannels() {
        var definition = withChannelsAndKinds(workable(), List.of(), workable().kinds());

        assertThat(fields(definition)).containsExactly("channels");
    }

    @Test
    void refusesProcedureWithoutKinds() {
        var definition = withChannelsAndKinds(workable(), workable().channels(), List.<SubmissionKind>of());

        assertThat(fields(definition)).containsExactly("kinds");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var broken = withChannelsAndKinds(workable(), List.of(), List.of());
        broken = replacingStep(broken, 2, withRoles(broken.steps().get(2)));
        broken = replacingStep(broken, 4, withSource(broken.steps().get(4), null));
        broken = addingTransition(broken, move("handle", "escalate", "ombudsman"));
        broken = addingTransition(broken, move("handle", "close", "completed"));
        var withoutArchiving = removingTransition(broken, 2);

        var thrown = catchThrowableOfType(
                InvalidInputException.class, () -> SopDefinitionValidator.validate(withoutArchiving));

        assertThat(thrown.unprocessable()).isFalse();
        assertThat(thrown.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "channels",
                        "kinds",
                        "steps[1].requirementChecks",
                        "steps[2].roles",
                        "steps[3]",
                        "steps[4].source",
                        "transitions[3].to",
                        "transitions[4].action");
    }

    @Test
    void refusesMissingDefinition() {
        assertThat(SopDefinitionValidator.problems(null))
                .extracting(FieldError::field)
                .containsExactly("definition");
    }

    // --- letters ---------------------------------------------------------------------------------------------------

    private static LetterRule rule(String type, List<Role> initials, Role signer) {
        return new LetterRule(type, initials, signer, "001 steps 13–15");
    }

    @Test
    void acceptsALetterRuleWithThreeInitialsAndAnActionThatSignsIt() {
        var definition = replacingTransition(
                SopFixtures.withLetters(
                        workable(),
                        List.of(rule(
                                "MEETING_REPORT",
                                List.of(Role.SUB_COORDINATOR, Role.DIVISION_HEAD, Role.OFFICE_SECRETARY),
                                Role.HEAD_OF_OFFICE))),
                3,
                SopFixtures.withLetter(
                        workable().transitions().get(3), new LetterStep("MEETING_REPORT", LetterStep.Act.SIGN)));

        assertThat(problems(definition)).isEmpty();
    }

    @Test
    void refusesMoreThanThreeInitials() {
        var definition = SopFixtures.withLetters(
                workable(),
                List.of(rule(
                        "MEETING_REPORT",
                        List.of(Role.OFFICER, Role.SUB_COORDINATOR, Role.DIVISION_HEAD, Role.OFFICE_SECRETARY),
                        Role.HEAD_OF_OFFICE)));

        assertThat(fields(definition)).containsExactly("letters[0].initials");
    }

    @Test
    void refusesARoleThatInitialsTwice() {
        var definition = SopFixtures.withLetters(
                workable(),
                List.of(rule("INVITATION", List.of(Role.DIVISION_HEAD, Role.DIVISION_HEAD), Role.SECRETARY)));

        assertThat(fields(definition)).containsExactly("letters[0].initials");
    }

    @Test
    void refusesASignerWhoAlsoInitials() {
        var definition = SopFixtures.withLetters(
                workable(), List.of(rule("INVITATION", List.of(Role.SECRETARY), Role.SECRETARY)));

        assertThat(fields(definition)).containsExactly("letters[0].signer");
    }

    @Test
    void refusesALetterRuleWithoutASignerOrWithTheComplainantInitialling() {
        var definition =
                SopFixtures.withLetters(workable(), List.of(rule("INVITATION", List.of(Role.COMPLAINANT), null)));

        assertThat(fields(definition)).containsExactly("letters[0].initials", "letters[0].signer");
    }

    @Test
    void refusesAnUnknownLetterTypeAndASecondRuleForOneType() {
        var definition = SopFixtures.withLetters(
                workable(),
                List.of(
                        rule("POSTCARD", List.of(), Role.SECRETARY),
                        rule("INVITATION", List.of(), Role.SECRETARY),
                        rule("INVITATION", List.of(), Role.HEAD_OF_OFFICE)));

        assertThat(fields(definition)).containsExactly("letters[0].type", "letters[2].type");
    }

    @Test
    void refusesALetterRuleWithoutItsSource() {
        var definition = SopFixtures.withLetters(
                workable(), List.of(new LetterRule("INVITATION", List.of(), Role.SECRETARY, " ")));

        assertThat(fields(definition)).containsExactly("letters[0].source");
    }

    @Test
    void refusesAnActionNamingALetterThatHasNoRule() {
        var definition = replacingTransition(
                workable(),
                3,
                SopFixtures.withLetter(
                        workable().transitions().get(3), new LetterStep("RESPONSE_LETTER", LetterStep.Act.SIGNED)));

        assertThat(fields(definition)).containsExactly("transitions[3].letter.type");
    }

    @Test
    void refusesAnActionNamingALetterWithoutSayingWhatItDoes() {
        var definition = replacingTransition(
                SopFixtures.withLetters(workable(), List.of(rule("RESPONSE_LETTER", List.of(), Role.SECRETARY))),
                3,
                SopFixtures.withLetter(workable().transitions().get(3), new LetterStep("RESPONSE_LETTER", null)));

        assertThat(fields(definition)).containsExactly("transitions[3].letter.act");
    }

    @Test
    void theLetterTypesAProcedureMayNameAreTheNumberedDocumentTypes() {
        assertThat(LetterRule.TYPES)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(id.suara.documents.DocumentType.values())
                        .filter(id.suara.documents.DocumentType::numbered)
                        .map(Enum::name)
                        .toList());
    }

    // --- the identity block of the printed SOP (ADR 0039) ---------------------------------------------------------

    private static SopIdentity identity(
            java.time.LocalDate made, java.time.LocalDate revised, java.time.LocalDate effective) {
        return new SopIdentity(
                made,
                revised,
                effective,
                new SopIdentity.Approval("Sekretaris DPRD Kota Pekalongan", "WIDARJANTO, SH, M.Hum", null, null),
                List.of("Peraturan Dewan Perwakilan Rakyat Daerah Kota Pekalongan Nomor 1 Tahun 2019"),
                List.of("S1 Hukum"),
                List.of(),
                List.of("ATK"),
                List.of(),
                List.of());
    }

    private static SopDefinition withIdentity(SopIdentity identity) {
        var d = workable();
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
                d.reopenStep(),
                identity);
    }

    private static final java.time.LocalDate MADE = java.time.LocalDate.of(2022, 2, 14);

    @Test
    void acceptsAnIdentityBlockWithItsDatesInOrderAndNoneAtAll() {
        assertThat(problems(withIdentity(identity(MADE, MADE.plusDays(4), MADE.plusDays(29)))))
                .isEmpty();
        assertThat(problems(withIdentity(SopIdentity.none()))).isEmpty();
        assertThat(problems(withIdentity(null))).isEmpty();
    }

    @Test
    void refusesAnSopRevisedOrTakingEffectBeforeItWasMade() {
        assertThat(fields(withIdentity(identity(MADE, MADE.minusDays(1), MADE.minusDays(1)))))
                .containsExactly("identity.revisedOn", "identity.effectiveOn");
    }

    @Test
    void refusesAnApprovalThatDoesNotNameTheOfficialsPosition() {
        var approval = new SopIdentity(
                MADE,
                null,
                MADE,
                new SopIdentity.Approval(" ", "WIDARJANTO", null, null),
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(fields(withIdentity(approval))).containsExactly("identity.approvedBy.position");
    }

    @Test
    void refusesEmptyEntriesInTheIdentityBlocksLists() {
        var blank = new SopIdentity(
                MADE, null, MADE, null, List.of("UU 25/2009", " "), null, null, List.of(""), null, null);
        assertThat(fields(withIdentity(blank))).containsExactly("identity.legalBasis[1]", "identity.equipment[0]");
    }

    @Test
    void aDefinitionStoredBeforeTheIdentityBlockExistedStillLoadsWithoutOne() {
        var mapper = SopPresets.strictMapper();
        var json = mapper.writeValueAsString(workable());
        assertThat(json).contains("\"identity\":null");
        var older = json.replace(",\"identity\":null", "")
                .replace(",\"requirements\":null", "")
                .replace(",\"notes\":null", "");
        assertThat(older).doesNotContain("identity").doesNotContain("\"requirements\"");

        var loaded = mapper.readValue(older, SopDefinition.class);

        assertThat(loaded.identity()).isNull();
        assertThat(loaded.steps())
                .allSatisfy(step -> assertThat(step.requirements()).isNull());
        assertThat(loaded).isEqualTo(workable());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static SopDefinition withTransitions(List<TransitionDefinition> transitions) {
        return SopFixtures.withTransitions(workable(), transitions);
    }

    /** Puts fields on transitions[3], handle → completed. */
    private static SopDefinition withField(ActionField... fields) {
        return replacingTransition(
                workable(), 3, withFields(workable().transitions().get(3), fields));
    }

    private static List<FieldError> problems(SopDefinition definition) {
        return SopDefinitionValidator.problems(definition);
    }

    private static List<String> fields(SopDefinition definition) {
        return problems(definition).stream().map(FieldError::field).toList();
    }
}
