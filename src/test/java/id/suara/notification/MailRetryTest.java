package id.suara.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/** Which mail publications the retry job resubmits, now that nothing is republished during start-up (ADR 0048). */
class MailRetryTest {

    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
    private static final MailSettings SETTINGS =
            new MailSettings("Suara <suara@localhost>", Duration.ofSeconds(30), Duration.ofHours(1));

    private final List<Predicate<EventPublication>> failedFilters = new ArrayList<>();
    private final List<Predicate<EventPublication>> incompleteFilters = new ArrayList<>();
    private final MailRetry retry = new MailRetry(
            options -> failedFilters.add(options.getFilter()),
            new IncompleteEventPublications() {
                @Override
                public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
                    incompleteFilters.add(filter);
                }

                @Override
                public void resubmitIncompletePublicationsOlderThan(Duration duration) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void resubmitIncompletePublications(ResubmissionOptions options) {
                    incompleteFilters.add(options.getFilter());
                }
            },
            SETTINGS,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aMailNeverHandedToItsSenderIsResubmittedOnceOlderThanTheRetryInterval() {
        assertThat(retry.leftBehind(mail(Status.PUBLISHED, NOW.minusSeconds(31), null), NOW))
                .isTrue();
        assertThat(retry.leftBehind(mail(Status.PUBLISHED, NOW.minusSeconds(5), null), NOW))
                .as("just published: its listener is about to run")
                .isFalse();
    }

    @Test
    void aMailWhoseSendingStoppedWithoutAnOutcomeIsResubmittedOnceStale() {
        var published = NOW.minus(Duration.ofHours(2));
        assertThat(retry.leftBehind(mail(Status.PROCESSING, published, null), NOW))
                .as("killed mid-send two hours ago")
                .isTrue();
        assertThat(retry.leftBehind(mail(Status.PROCESSING, NOW.minusSeconds(20), null), NOW))
                .as("being sent now")
                .isFalse();
        assertThat(retry.leftBehind(mail(Status.RESUBMITTED, published, NOW.minus(Duration.ofMinutes(11))), NOW))
                .isTrue();
        assertThat(retry.leftBehind(mail(Status.RESUBMITTED, published, NOW.minus(Duration.ofMinutes(1))), NOW))
                .as("resubmitted a minute ago: in flight")
                .isFalse();
        assertThat(retry.leftBehind(mail(Status.FAILED, published, null), NOW))
                .as("a failed mail waits for its back-off instead")
                .isFalse();
    }

    @Test
    void aFailedMailLastTriedBeforeThisStartIsTriedWithoutWaitingForItsBackOff() {
        retry.retry();
        var failed = failedFilters.getFirst();
        // its 7th attempt 10 minutes ago: its back-off (30 s doubled 6 times, 32 minutes) is not over
        var beforeStart = mail(Status.FAILED, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(10)), 7);
        assertThat(failed.test(beforeStart)).as("last tried before this start").isTrue();
        var sinceStart = mail(Status.FAILED, NOW.minus(Duration.ofHours(3)), NOW, 7);
        assertThat(failed.test(sinceStart))
                .as("tried since this start: its back-off applies")
                .isFalse();
        assertThat(failed.test(mail(Status.FAILED, NOW.minus(Duration.ofHours(3)), NOW.minusSeconds(31), 1)))
                .as("once, 31 s ago (before this start)")
                .isTrue();
        assertThat(incompleteFilters.getFirst().test(mail(Status.PROCESSING, NOW.minus(Duration.ofHours(2)), null)))
                .isTrue();
    }

    @Test
    void aFailedMailTriedSinceThisStartWaitsForItsBackOff() {
        var later = NOW.plus(Duration.ofMinutes(5));
        var retryRunning = new MailRetry(options -> {}, null, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(retryRunning.due(mail(Status.FAILED, NOW, NOW.plusSeconds(10), 3), later))
                .as("third attempt, back-off 2 minutes, 4 m 50 s ago")
                .isTrue();
        assertThat(retryRunning.due(mail(Status.FAILED, NOW, NOW.plusSeconds(10), 5), later))
                .as("fifth attempt, back-off 8 minutes")
                .isFalse();
    }

    @Test
    void onlyMailAndGatewayWebhooksAreResubmitted() {
        retry.retry();
        var other = publication("another event", Status.PUBLISHED, NOW.minus(Duration.ofHours(1)), null, 0);
        assertThat(incompleteFilters.getFirst().test(other)).isFalse();
        assertThat(failedFilters.getFirst().test(other)).isFalse();
    }

    private static EventPublication mail(Status status, Instant published, Instant resubmitted) {
        return mail(status, published, resubmitted, 1);
    }

    private static EventPublication mail(Status status, Instant published, Instant resubmitted, int attempts) {
        return publication(new MailQueued(UUID.randomUUID()), status, published, resubmitted, attempts);
    }

    private static EventPublication publication(
            Object event, Status status, Instant published, Instant resubmitted, int attempts) {
        return new Publication(event, status, published, resubmitted, attempts);
    }

    /** An incomplete publication as the registry hands it to a resubmission filter. */
    private record Publication(
            Object getEvent,
            Status getStatus,
            Instant getPublicationDate,
            Instant getLastResubmissionDate,
            int getCompletionAttempts)
            implements EventPublication {

        @Override
        public UUID getIdentifier() {
            return UUID.randomUUID();
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }
    }
}
