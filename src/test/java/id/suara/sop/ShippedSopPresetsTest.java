package id.suara.sop;

import static id.suara.calendar.TimeLimit.calendarDays;
import static id.suara.calendar.TimeLimit.minutes;
import static id.suara.calendar.TimeLimit.workingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped presets say what their seed SOPs say. */
class ShippedSopPresetsTest {

    private static final SopPresets PRESETS = new SopPresets();

    private static final String KEBUMEN = "003_2f43c4f52b65361e.txt";

    static Stream<Arguments> presets() {
        return Stream.of(
                arguments("kebumen-in-person", KEBUMEN, 10),
                arguments("kebumen-written", KEBUMEN, 10),
                arguments("kebumen-online", KEBUMEN, 10),
                arguments("pekalongan", "000_f3df318a03e33b9a.txt", 8),
                arguments("kutai-kartanegara-dpmd", "001_0939dbb73bd401e0.txt", 17),
                arguments("demak-kominfo", "002_cd30586a957845d2.txt", 8));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void passesTheValidator(String code, String seed, int stepCount) {
        assertThat(SopDefinitionValidator.problems(preset(code))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void listsTheSopStepsInOrderBeforeItsEndStates(String code, String seed, int stepCount) {
        var steps = preset(code).steps();
        var numbered = steps.stream().filter(s -> !s.terminal()).toList();

        assertThat(numbered)
                .extracting(StepDefinition::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, stepCount)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(steps.subList(0, stepCount)).allMatch(s -> !s.terminal());
        assertThat(steps.subList(stepCount, steps.size())).allSatisfy(end -> {
            assertThat(end.number()).isNull();
            assertThat(end.roles()).isEmpty();
            assertThat(end.timeLimit()).isNull();
            assertThat(end.status().closed()).isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("presets")
    void citesTheSeedFileInEveryStepAndTransition(String code, String seed, int stepCount) {
        var definition = preset(code);

        assertThat(definition.source()).startsWith(seed);
        assertThat(definition.steps())
                .allSatisfy(s -> assertThat(s.source()).as(s.code()).startsWith(seed + ", "));
        assertThat(definition.steps().subList(0, stepCount))
                .allSatisfy(s -> assertThat(s.source()).as(s.code()).contains("langkah " + s.number()));
        assertThat(definition.transitions())
                .allSatisfy(t ->
                        assertThat(t.source()).as(t.from() + " " + t.action()).startsWith(seed + ", "));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void startsEveryCaseWithOneAutomaticMoveAtRegistration(String code, String seed, int stepCount) {
        var definition = preset(code);

        assertThat(definition.transitionsFrom(definition.firstStep().code()))
                .singleElement()
                .satisfies(t -> assertThat(t.automatic()).isTrue());
        assertThat(definition.transitions())
                .filteredOn(TransitionDefinition::automatic)
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void endsTheLastSopStepInCompleted(String code, String seed, int stepCount) {
        var definition = preset(code);
        var last = step(code, String.valueOf(stepCount));

        assertThat(definition.transitionsFrom(last.code()))
                .singleElement()
                .satisfies(t -> assertThat(t.to()).isEqualTo("completed"));
        assertThat(definition.step("completed"))
                .get()
                .extracting(StepDefinition::status)
                .isEqualTo(CaseStatus.COMPLETED);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void handlesAspirationsComplaintsAndCarbonCopies(String code, String seed, int stepCount) {
        assertThat(preset(code).kinds())
                .containsExactlyInAnyOrder(
                        SubmissionKind.ASPIRATION, SubmissionKind.COMPLAINT, SubmissionKind.CARBON_COPY);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void publishesTheAnswerExactlyOnce(String code, String seed, int stepCount) {
        assertThat(preset(code).transitions())
                .flatMap(TransitionDefinition::fields)
                .filteredOn(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.name()).isEqualTo("publicAnswer");
                    assertThat(f.type()).isEqualTo(ActionField.FieldType.LONG_TEXT);
                    assertThat(f.required()).isTrue();
                });
    }

    @ParameterizedTest
    @CsvSource({
        "kebumen-in-person,      IN_PERSON",
        "kebumen-written,        LETTER RECESS",
        "kebumen-online,         WEB SOCIAL_MEDIA SMS MOBILE_APP",
        "pekalongan,             IN_PERSON LETTER WEB SOCIAL_MEDIA SMS MOBILE_APP RECESS",
        "kutai-kartanegara-dpmd, LETTER WEB SOCIAL_MEDIA SMS MOBILE_APP",
        "demak-kominfo,          WEB SMS MOBILE_APP",
    })
    void handlesTheChannelsItsSeedNames(String code, String channels) {
        assertThat(preset(code).channels())
                .containsExactlyInAnyOrder(
                        Arrays.stream(channels.split(" ")).map(Channel::valueOf).toArray(Channel[]::new));
    }

    // --- time limits: every numbered step against the Waktu column of its seed --------------------------------------

    static Stream<Arguments> timeLimits() {
        var rows = new ArrayList<Arguments>();
        var inPerson = List.of(
                minutes(15),
                minutes(15),
                minutes(15),
                minutes(5),
                minutes(15),
                minutes(15),
                calendarDays(1),
                calendarDays(1),
                calendarDays(30),
                minutes(15));
        var indirect = List.of(
                minutes(15),
                minutes(15),
                minutes(15),
                minutes(5),
                minutes(15),
                minutes(15),
                calendarDays(30),
                minutes(60),
                minutes(30),
                minutes(15));
        var pekalongan = Arrays.asList(
                calendarDays(2),
                workingDays(3),
                workingDays(30),
                workingDays(2),
                workingDays(1),
                null,
                workingDays(1),
                calendarDays(1));
        var demak = List.of(
                minutes(0),
                calendarDays(3),
                minutes(15),
                minutes(0),
                calendarDays(3),
                calendarDays(1),
                minutes(0),
                minutes(5));
        addRows(rows, "kebumen-in-person", inPerson);
        addRows(rows, "kebumen-written", indirect);
        addRows(rows, "kebumen-online", indirect);
        addRows(rows, "pekalongan", pekalongan);
        addRows(rows, "demak-kominfo", demak);
        addRows(rows, "kutai-kartanegara-dpmd", Arrays.asList(new TimeLimit[17]));
        return rows.stream();
    }

    private static void addRows(List<Arguments> rows, String code, List<TimeLimit> limits) {
        for (int i = 0; i < limits.size(); i++) {
            rows.add(arguments(code, String.valueOf(i + 1), limits.get(i)));
        }
    }

    @ParameterizedTest(name = "{0} langkah {1}: {2}")
    @MethodSource("timeLimits")
    void takesEachTimeLimitFromTheSeed(String code, String number, TimeLimit expected) {
        assertThat(step(code, number).timeLimit()).isEqualTo(expected);
    }

    @Test
    void keepsLessThanTwentyFourHoursAsOneCalendarDayAndSaysSo() {
        var answerBack = step("demak-kominfo", "6");

        assertThat(answerBack.timeLimit()).isEqualTo(calendarDays(1));
        assertThat(answerBack.source()).contains("<24 jam");
    }

    // --- requirements --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "kebumen-in-person, 2, IDENTITY PURPOSE SUBSTANCE SUPPORTING_DATA AUDIENCE_NOTICE",
        "kebumen-written,   2, IDENTITY PURPOSE SUBSTANCE SUPPORTING_DATA",
        "kebumen-online,    2, IDENTITY PURPOSE SUBSTANCE SUPPORTING_DATA AUTHORITY",
        "pekalongan,        2, IDENTITY",
        "demak-kominfo,     2, IDENTITY PURPOSE SUBSTANCE",
    })
    void checksTheRequirementsItsSeedSets(String code, String number, String checks) {
        var definition = preset(code);
        var checking = step(code, number);

        assertThat(checking.requirementChecks())
                .containsExactly(Arrays.stream(checks.split(" "))
                        .map(RequirementCheck::valueOf)
                        .toArray(RequirementCheck[]::new));
        assertThat(definition.steps())
                .filteredOn(s -> !s.requirementChecks().isEmpty())
                .containsExactly(checking);
        assertThat(definition.steps().subList(0, Integer.parseInt(number)))
                .allSatisfy(s -> assertThat(s.status()).as(s.code()).isEqualTo(CaseStatus.REGISTERED));
    }

    @Test
    void checksNoRequirementsWhereTheDpmdSopSetsNone() {
        assertThat(preset("kutai-kartanegara-dpmd").steps())
                .allSatisfy(s -> assertThat(s.requirementChecks()).isEmpty());
    }

    @Test
    void returnsOrRedirectsAnInPersonSubmissionThatMissesRequirements() {
        assertThat(moves("kebumen-in-person", "2"))
                .containsExactly(
                        "accept REQUIREMENTS_MET → issue-receipt",
                        "return REQUIREMENTS_NOT_MET → returned",
                        "redirect REQUIREMENTS_NOT_MET → redirected");
        assertThat(status("kebumen-in-person", "returned")).isEqualTo(CaseStatus.RETURNED);
        assertThat(status("kebumen-in-person", "redirected")).isEqualTo(CaseStatus.REDIRECTED);
    }

    @ParameterizedTest
    @CsvSource({"kebumen-written", "kebumen-online", "pekalongan"})
    void archivesAnIndirectSubmissionThatMissesRequirements(String code) {
        assertThat(moves(code, "2"))
                .containsExactly(
                        "accept REQUIREMENTS_MET → " + step(code, "3").code(),
                        "archive REQUIREMENTS_NOT_MET → archived");
        assertThat(status(code, "archived")).isEqualTo(CaseStatus.ARCHIVED);
    }

    @Test
    void returnsADemakComplaintThatIsNotClear() {
        assertThat(moves("demak-kominfo", "2"))
                .containsExactly(
                        "accept REQUIREMENTS_MET → verify-with-office", "reject REQUIREMENTS_NOT_MET → returned");
        assertThat(status("demak-kominfo", "returned")).isEqualTo(CaseStatus.RETURNED);
    }

    // --- branches ------------------------------------------------------------------------------------------------

    @Test
    void offersAnotherDayOrTheWrittenRouteWhenTheLeadershipCannotReceiveADelegation() {
        assertThat(moves("kebumen-in-person", "8"))
                .containsExactly(
                        "record ALWAYS → confirm-answer",
                        "reschedule ALWAYS → receive-delegation",
                        "redirect ALWAYS → redirected");
        assertThat(step("kebumen-in-person", "7").code()).isEqualTo("receive-delegation");
    }

    @Test
    void monitorsADemakComplaintTheOfficeIsStillWorkingOn() {
        assertThat(moves("demak-kominfo", "7"))
                .containsExactly("accept ALWAYS → record-and-archive", "monitor ALWAYS → office-review");
        assertThat(step("demak-kominfo", "5").code()).isEqualTo("office-review");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void movesEveryOtherStepForwardWithOneAction(String code, String seed, int stepCount) {
        var branching = List.of(
                "kebumen-in-person 2",
                "kebumen-in-person 8",
                "kebumen-written 2",
                "kebumen-online 2",
                "pekalongan 2",
                "demak-kominfo 2",
                "demak-kominfo 7");
        var definition = preset(code);
        for (var step : definition.steps().subList(0, stepCount)) {
            if (branching.contains(code + " " + step.number())) {
                continue;
            }
            var next = step.number().equals(String.valueOf(stepCount))
                    ? "completed"
                    : definition
                            .steps()
                            .get(definition.steps().indexOf(step) + 1)
                            .code();
            assertThat(definition.transitionsFrom(step.code()))
                    .as(step.code())
                    .singleElement()
                    .satisfies(t -> assertThat(t.to()).isEqualTo(next));
        }
    }

    // --- statuses ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "kebumen-in-person, 10",
        "kebumen-written,   10",
        "kebumen-online,    10",
        "demak-kominfo,     8",
    })
    void showsTheCaseAnsweredOnceTheAnswerIsPublished(String code, String number) {
        var definition = preset(code);
        assertThat(definition.steps())
                .filteredOn(s -> s.status() == CaseStatus.ANSWERED)
                .containsExactly(step(code, number));
        var publishing = definition.transitions().stream()
                .filter(t -> t.fields().stream().anyMatch(f -> f.effect() == ActionField.FieldEffect.PUBLISH_ANSWER))
                .findFirst()
                .orElseThrow();
        assertThat(publishing.to()).isEqualTo(step(code, number).code());
    }

    @ParameterizedTest
    @CsvSource({"pekalongan, 8", "kutai-kartanegara-dpmd, 17"})
    void completesTheCaseWhenTheAnswerIsGivenInTheLastStep(String code, String number) {
        assertThat(preset(code).steps()).noneMatch(s -> s.status() == CaseStatus.ANSWERED);
        assertThat(preset(code).transitionsFrom(step(code, number).code()))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.to()).isEqualTo("completed");
                    assertThat(t.fields())
                            .extracting(ActionField::effect)
                            .contains(ActionField.FieldEffect.PUBLISH_ANSWER);
                });
    }

    // --- action fields -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "kebumen-in-person,      6, coordinate",
        "kebumen-written,        6, coordinate",
        "kebumen-online,         6, coordinate",
        "demak-kominfo,          4, forward",
        "kutai-kartanegara-dpmd, 6, assign-division",
        "pekalongan,             3, schedule",
    })
    void requiresTheUnitWhereTheCaseIsRouted(String code, String number, String action) {
        var definition = preset(code);

        assertThat(definition.transitions())
                .flatMap(TransitionDefinition::fields)
                .filteredOn(f -> f.effect() == ActionField.FieldEffect.ASSIGN_UNIT)
                .hasSize(1);
        assertThat(field(code, number, action, "assignedUnit")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(ActionField.FieldType.UNIT);
            assertThat(f.required()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({
        "kebumen-in-person,      9, publish",
        "kebumen-written,        9, publish",
        "kebumen-online,         9, publish",
        "demak-kominfo,          7, accept",
        "kutai-kartanegara-dpmd, 17, inform",
        "pekalongan,             8, distribute",
    })
    void publishesTheAnswerWhereTheSeedConfirmsItToTheComplainant(String code, String number, String action) {
        assertThat(field(code, number, action, "publicAnswer").effect())
                .isEqualTo(ActionField.FieldEffect.PUBLISH_ANSWER);
    }

    @Test
    void asksPekalonganToChooseTheForum() {
        var forum = field("pekalongan", "3", "schedule", "forum");

        assertThat(forum.type()).isEqualTo(ActionField.FieldType.CHOICE);
        assertThat(forum.required()).isTrue();
        assertThat(forum.options()).containsExactly("RAKER", "RDPU", "RDP", "KUNKER");
    }

    @ParameterizedTest
    @CsvSource({"kebumen-written", "kebumen-online"})
    void requiresTheLeadershipsDirectionAndTheResponseLetter(String code) {
        assertThat(field(code, "7", "approve", "direction")).satisfies(f -> {
            assertThat(f.type()).isEqualTo(ActionField.FieldType.LONG_TEXT);
            assertThat(f.required()).isTrue();
        });
        var definition = preset(code);
        var draft = definition.transitionsFrom("draft-response").stream()
                .filter(t -> t.action().equals("draft"))
                .findFirst()
                .orElseThrow();
        var publish = definition.transitionsFrom("confirm-answer").stream()
                .filter(t -> t.action().equals("publish"))
                .findFirst()
                .orElseThrow();
        assertThat(draft.letter()).isEqualTo(new LetterStep("RESPONSE_LETTER", LetterStep.Act.SIGNED));
        assertThat(publish.letter()).isEqualTo(new LetterStep("RESPONSE_LETTER", LetterStep.Act.DELIVERED));
        assertThat(definition.letterRule("RESPONSE_LETTER").orElseThrow()).satisfies(rule -> {
            assertThat(rule.initials()).containsExactly(Role.COMPLAINTS_DIVISION);
            assertThat(rule.signer()).isEqualTo(Role.SECRETARY);
        });
    }

    @org.junit.jupiter.api.Test
    void theDpmdMeetingReportIsInitialledByTheDivisionHeadThenTheOfficeSecretaryAndSignedByTheHead() {
        var definition = preset("kutai-kartanegara-dpmd");
        assertThat(definition.letterRule("MEETING_REPORT").orElseThrow()).satisfies(rule -> {
            assertThat(rule.initials()).containsExactly(Role.DIVISION_HEAD, Role.OFFICE_SECRETARY);
            assertThat(rule.signer()).isEqualTo(Role.HEAD_OF_OFFICE);
        });
        assertThat(definition.transitions().stream()
                        .filter(t -> t.letter() != null && t.letter().type().equals("MEETING_REPORT"))
                        .map(t -> t.from() + ":" + t.action() + ":" + t.letter().act()))
                .containsExactly(
                        "meeting-report:submit-report:DRAFTED",
                        "division-head-initials:initial:INITIAL",
                        "secretary-initials:initial:INITIAL",
                        "head-signs:sign:SIGN");
    }

    @org.junit.jupiter.api.Test
    void theDpmdCoordinationMeetingsStepsNeedItsSignedInvitationMinutesAndSignedBeritaAcara() {
        // 001 steps 9–11: the invitation sent, the meeting held with attendance and minutes, the berita acara signed
        assertThat(preset("kutai-kartanegara-dpmd").transitions().stream()
                        .filter(t -> t.letter() != null && !t.letter().type().equals("MEETING_REPORT"))
                        .map(t -> t.from() + ":" + t.action() + ":" + t.letter().type() + ":"
                                + t.letter().act()))
                .containsExactly(
                        "invite:invite:INVITATION:SIGNED",
                        "hold-meeting:hold-meeting:MINUTES:ISSUED",
                        "official-report:record-official-report:OFFICIAL_REPORT:SIGNED",
                        "inform-complainant:inform:RESPONSE_LETTER:DELIVERED");
    }

    @org.junit.jupiter.api.Test
    void pekalongansMeetingStepsNeedTheirRecords() {
        assertThat(preset("pekalongan").transitions().stream()
                        .filter(t -> t.letter() != null)
                        .map(t -> t.action() + ":" + t.letter().type() + ":"
                                + t.letter().act()))
                .containsExactly(
                        "invite:INVITATION:SIGNED",
                        "record-minutes:MINUTES:ISSUED",
                        "copy-report:MEETING_REPORT:SIGNED",
                        "distribute:MEETING_REPORT:DELIVERED");
    }

    // --- swimlanes -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} langkah {1}: {2}")
    @CsvSource({
        "kebumen-in-person,      1,  COMPLAINANT",
        "kebumen-in-person,      2,  OFFICER",
        "kebumen-in-person,      5,  PUBLIC_RELATIONS",
        "kebumen-in-person,      6,  SECRETARY",
        "kebumen-in-person,      7,  LEADERSHIP ORGAN_MEMBER",
        "kebumen-in-person,      8,  PUBLIC_RELATIONS",
        "kebumen-written,        1,  COMPLAINANT",
        "kebumen-written,        2,  GENERAL_AFFAIRS",
        "kebumen-written,        5,  COMPLAINTS_DIVISION",
        "kebumen-written,        6,  SECRETARY",
        "kebumen-written,        7,  LEADERSHIP ORGAN_MEMBER",
        "kebumen-written,        8,  COMPLAINTS_DIVISION",
        "kebumen-online,         2,  OFFICER",
        "kebumen-online,         5,  COMPLAINTS_DIVISION",
        "pekalongan,             3,  DIVISION_HEAD LEADERSHIP ORGAN_MEMBER",
        "kutai-kartanegara-dpmd, 1,  COMPLAINANT",
        "kutai-kartanegara-dpmd, 2,  GENERAL_AFFAIRS",
        "kutai-kartanegara-dpmd, 4,  HEAD_OF_OFFICE",
        "kutai-kartanegara-dpmd, 6,  OFFICE_SECRETARY",
        "kutai-kartanegara-dpmd, 7,  DIVISION_HEAD",
        "kutai-kartanegara-dpmd, 8,  SUB_COORDINATOR",
        "kutai-kartanegara-dpmd, 13, DIVISION_HEAD",
        "kutai-kartanegara-dpmd, 14, OFFICE_SECRETARY",
        "kutai-kartanegara-dpmd, 15, HEAD_OF_OFFICE",
        "demak-kominfo,          1,  COMPLAINANT",
        "demak-kominfo,          2,  COORDINATING_ADMIN",
        "demak-kominfo,          5,  LIAISON_OFFICER",
        "demak-kominfo,          7,  COORDINATING_ADMIN",
    })
    void givesEachStepItsSwimlane(String code, String number, String roles) {
        assertThat(step(code, number).roles())
                .containsExactly(
                        Arrays.stream(roles.split(" ")).map(Role::valueOf).toArray(Role[]::new));
    }

    @Test
    void saysWhyTheInPersonVerificationIsPublicRelations() {
        assertThat(step("kebumen-in-person", "5").source())
                .contains("Bagian Persidangan dan PerUU-an")
                .contains("Humas");
    }

    @Test
    void letsOnlyTheLeadershipApproveTheFollowUp() {
        assertThat(preset("kebumen-written").transitionsFrom("follow-up"))
                .singleElement()
                .satisfies(t -> assertThat(t.roles()).containsExactly(Role.LEADERSHIP));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static SopDefinition preset(String code) {
        return PRESETS.find(code).orElseThrow(() -> new AssertionError("No preset " + code));
    }

    private static StepDefinition step(String code, String number) {
        return preset(code).steps().stream()
                .filter(s -> number.equals(s.number()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no step " + number));
    }

    private static CaseStatus status(String code, String stepCode) {
        return preset(code).step(stepCode).orElseThrow().status();
    }

    /** The moves out of a numbered step as "action CONDITION → to". */
    private static List<String> moves(String code, String number) {
        return preset(code).transitionsFrom(step(code, number).code()).stream()
                .map(t -> t.action() + " " + t.condition() + " → " + t.to())
                .toList();
    }

    private static ActionField field(String code, String number, String action, String name) {
        return preset(code).transitionsFrom(step(code, number).code()).stream()
                .filter(t -> t.action().equals(action))
                .flatMap(t -> t.fields().stream())
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " langkah " + number + " " + action + " has no " + name));
    }
}
