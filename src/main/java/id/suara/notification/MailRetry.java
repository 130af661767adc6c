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
 * back-off. Events never handed to their listener (the application stopped right after the commit) are resubmitted
 * too once they are older than the retry interval.
 */
@Component
class MailRetry {

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final MailSettings settings;
    private final Clock clock;

    MailRetry(
            FailedEventPublications failed,
            IncompleteEventPublications incomplete,
            MailSettings settings,
            Clock clock) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${suara.mail.retry-interval:30s}",
            initialDelayString = "${suara.mail.retry-interval:30s}")
    void retry() {
        var now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(p -> isMail(p) && due(p, now)));
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withFilter(p -> isMail(p)
                        && p.getStatus() == EventPublication.Status.PUBLISHED
                        && p.getPublicationDate().plus(settings.retryInterval()).isBefore(now)));
    }

    private static boolean isMail(EventPublication publication) {
        // gateway webhooks go through the same registry and are retried the same way (ADR 0035)
        return publication.getEvent() instanceof MailQueued || publication.getEvent() instanceof WebhookQueued;
    }

    /** Whether the wait after the publication's last attempt is over: the retry interval, doubled per attempt. */
    boolean due(EventPublication publication, Instant now) {
        var last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(backOff(publication.getCompletionAttempts())).isAfter(now);
    }

    Duration backOff(int attempts) {
        var wait = settings.retryInterval();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackOff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : wait;
    }
}
