package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.intake.SubmissionRegistered;
import id.suara.shared.ConflictException;
import id.suara.shared.LocalizedText;
import id.suara.sop.CaseStatus;
import id.suara.sop.StepDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The case changes only through its own methods, which refuse what cannot happen to it. */
class CaseFileTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T03:00:00Z");
    private static final UUID SOP_VERSION = UUID.randomUUID();

    private static final StepDefinition CHECK = step("check-requirements", CaseStatus.REGISTERED, false);
    private static final StepDefinition RECORD = step("record-and-analyse", CaseStatus.IN_PROGRESS, false);
    private static final StepDefinition ARCHIVED = step("archived", CaseStatus.ARCHIVED, true);
    private static final StepDefinition COMPLETED = step("completed", CaseStatus.COMPLETED, true);

    static StepDefinition step(String code, CaseStatus status, boolean terminal) {
        return new StepDefinition(
                code,
                terminal ? null : "2",
                LocalizedText.of(code, code),
                LocalizedText.of(code, code),
                terminal ? List.of() : List.of(Role.GENERAL_AFFAIRS),
                terminal ? null : TimeLimit.minutes(15),
                List.of(),
                List.of(),
                status,
                terminal,
                "test");
    }

    static CaseFile opened() {
        var submission = new SubmissionRegistered(
                UUID.randomUUID(),
                UUID.randomUUID(),
                SubmissionKind.COMPLAINT,
                Channel.LETTER,
                "SR-TEST",
                "Jalan rusak",
                "jalan rusak",
                false,
                false,
                REGISTERED,
                null,
                null);
        return CaseFile.opened(submission, SOP_VERSION, CHECK, REGISTERED.plus(Duration.ofMinutes(15)));
    }

    @Test
    void opensAtTheFirstStepWithItsStatusAndDueTime() {
        var c = opened();

        assertThat(c.currentStep()).isEqualTo("check-requirements");
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.stepEnteredAt()).isEqualTo(REGISTERED);
        assertThat(c.stepDueAt()).isEqualTo(REGISTERED.plus(Duration.ofMinutes(15)));
        assertThat(c.sopVersionId()).isEqualTo(SOP_VERSION);
        assertThat(c.closed()).isFalse();
        assertThat(c.version()).isZero();
    }

    @Test
    void movesToTheNextStepAtTheNextVersion() {
        var now = REGISTERED.plus(Duration.ofMinutes(10));
        var due = now.plus(Duration.ofMinutes(15));

        var moved = opened().moveTo(RECORD, due, null, null, now);

        assertThat(moved.currentStep()).isEqualTo("record-and-analyse");
        assertThat(moved.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(moved.stepEnteredAt()).isEqualTo(now);
        assertThat(moved.stepDueAt()).isEqualTo(due);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.registeredAt()).isEqualTo(REGISTERED);
    }

    @Test
    void keepsTheAssignedUnitAndTheAnswerWhenAMoveGivesNone() {
        var unit = UUID.randomUUID();
        var answeredAt = REGISTERED.plus(Duration.ofHours(1));
        var answered = opened().moveTo(RECORD, null, unit, "Jawaban", answeredAt);

        var later = answered.moveTo(CHECK, null, null, null, answeredAt.plus(Duration.ofHours(1)));

        assertThat(later.assignedUnitId()).isEqualTo(unit);
        assertThat(later.publicAnswer()).isEqualTo("Jawaban");
        assertThat(later.answeredAt()).isEqualTo(answeredAt);
    }

    @Test
    void recordsWhenAnAnswerIsPublished() {
        var now = REGISTERED.plus(Duration.ofHours(2));

        var answered = opened().moveTo(RECORD, null, null, "Jalan diperbaiki bulan depan.", now);

        assertThat(answered.publicAnswer()).isEqualTo("Jalan diperbaiki bulan depan.");
        assertThat(answered.answeredAt()).isEqualTo(now);
    }

    @Test
    void closesAtAnEndStateWhichHasNoDueTime() {
        var now = REGISTERED.plus(Duration.ofMinutes(5));

        var archived = opened().moveTo(ARCHIVED, now.plus(Duration.ofDays(1)), null, null, now);

        assertThat(archived.closed()).isTrue();
        assertThat(archived.closedAt()).isEqualTo(now);
        assertThat(archived.stepDueAt()).isNull();
        assertThat(archived.overdue(now.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void refusesToMoveACaseThatHasEnded() {
        var now = REGISTERED.plus(Duration.ofMinutes(5));
        var completed = opened().moveTo(COMPLETED, null, null, null, now);

        assertThatThrownBy(() -> completed.moveTo(RECORD, null, null, null, now.plusSeconds(60)))
                .isInstanceOf(CaseClosedException.class)
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("COMPLETED");
    }

    @Test
    void refusesToRecordAChangeOnACaseThatHasEnded() {
        var archived = opened().moveTo(ARCHIVED, null, null, null, REGISTERED.plusSeconds(60));

        assertThatThrownBy(archived::touched).isInstanceOf(CaseClosedException.class);
    }

    @Test
    void aChangeThatDoesNotMoveTheCaseStillRaisesItsVersion() {
        var c = opened();

        var touched = c.touched();

        assertThat(touched.version()).isEqualTo(c.version() + 1);
        assertThat(touched).usingRecursiveComparison().ignoringFields("version").isEqualTo(c);
    }

    @Test
    void refusesAChangeMadeOnAnOlderVersion() {
        var c = opened().touched().touched();

        c.expectVersion(2);
        c.expectVersion(null);
        assertThatThrownBy(() -> c.expectVersion(1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("now version 2");
    }

    @Test
    void isOverdueOnlyAfterItsDueTime() {
        var c = opened();

        assertThat(c.overdue(c.stepDueAt())).isFalse();
        assertThat(c.overdue(c.stepDueAt().plusSeconds(1))).isTrue();
    }
}
