package id.suara.notification;

/**
 * A mail or gateway webhook not delivered this time, already recorded on its row and logged once as a warning by its
 * sender; thrown so that the event publication stays failed for {@link MailRetry} to resubmit. Not an error of the
 * application: {@link DeliveryFailureLogging} keeps it out of the error log (a mail server that is down, or not yet
 * configured, would otherwise print a stack trace for every mail queued).
 */
class DeliveryPostponed extends IllegalStateException {

    DeliveryPostponed(String message) {
        super(message);
    }

    DeliveryPostponed(String message, Throwable cause) {
        super(message, cause);
    }
}
