package id.suara.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed mail again with back-off: after the retry interval, then twice as long each time up to the maximum
 * back-off; but a mail last tried before this start is tried at the job's pace without waiting for its back-off (a mail
 * server may have been configured or mended meanwhile). Mail left behind is resubmitted too: events never handed to
 * their listener (the application stopped right after the commit) once older than the retry interval, and events whose
 * sending stopped without an outcome (the process killed mid-send) once {@link #STALE} has passed. This is why
 * publications are not republished at start-up (ADR 0048): that held the start until every outstanding mail had been
 * tried.
 */
@Component
class MailRetry {

    /** Longer than any one attempt can take (the mail server's connect, write and read timeouts together). */
    static final Duration STALE = Duration.ofMinutes(10);

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final MailSettings settings;
    private final Clock clock;
    private final Instant started;

    MailRetry(
            FailedEventPublications failed,
            IncompleteEventPublications incomplete,
            MailSettings settings,
            Clock clock) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Scheduled(
            fixedDelayString = "${suara.mail.retry-interval:30s}",
            initialDelayString = "${suara.mail.retry-interval:30s}")
    void retry() {
        var now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withFilter(p -> isMail(p) && (lastTried(p).isBefore(started) || due(p, now))));
        incomplete.resubmitIncompletePublications(
                ResubmissionOptions.defaults().withFilter(p -> isMail(p) && leftBehind(p, now)));
    }

    /**
     * Whether an incomplete publication was left behind: never handed to its listener within the retry interval, or
     * handed to one (or resubmitted) that has not finished after {@link #STALE}. A failed one is retried by back-off.
     */
    boolean leftBehind(EventPublication publication, Instant now) {
        return switch (publication.getStatus()) {
            case PUBLISHED ->
                publication.getPublicationDate().plus(settings.retryInterval()).isBefore(now);
            case PROCESSING, RESUBMITTED -> lastTried(publication).plus(STALE).isBefore(now);
            case COMPLETED, FAILED -> false;
        };
    }

    private static boolean isMail(EventPublication publication) {
        // gateway webhooks go through the same registry and are retried the same way (ADR 0035)
        return publication.getEvent() instanceof MailQueued || publication.getEvent() instanceof WebhookQueued;
    }

    /** Whether the wait after the publication's last attempt is over: the retry interval, doubled per attempt. */
    boolean due(EventPublication publication, Instant now) {
        return !lastTried(publication)
                .plus(backOff(publication.getCompletionAttempts()))
                .isAfter(now);
    }

    private static Instant lastTried(EventPublication publication) {
        return publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
    }

    Duration backOff(int attempts) {
        var wait = settings.retryInterval();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackOff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : wait;
    }
}
