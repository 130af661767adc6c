package id.suara.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RegistrationQueueTest {

    private final RegistrationQueue queue = new RegistrationQueue();
    private final UUID institution = UUID.randomUUID();
    private ExecutorService others;

    @BeforeEach
    void startATransaction() {
        TransactionSynchronizationManager.initSynchronization();
        others = Executors.newCachedThreadPool();
    }

    @AfterEach
    void endIt() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        others.shutdownNow();
    }

    @Test
    void aRegistrationOfTheSameInstitutionWaitsUntilTheTransactionHoldingTheTurnEnds() throws Exception {
        queue.awaitTurn(institution);
        var next = takeTurnElsewhere(institution);

        assertThatThrownBy(() -> next.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        end(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(next.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRolledBackRegistrationPassesTheTurnOnToo() throws Exception {
        queue.awaitTurn(institution);
        var next = takeTurnElsewhere(institution);

        end(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(next.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void registrationsOfAnotherInstitutionDoNotWait() throws Exception {
        queue.awaitTurn(institution);

        assertThat(takeTurnElsewhere(UUID.randomUUID()).get(10, TimeUnit.SECONDS))
                .isTrue();
    }

    @Test
    void refusesToGiveATurnOutsideATransactionThatWouldNeverEnd() {
        TransactionSynchronizationManager.clearSynchronization();

        assertThatThrownBy(() -> queue.awaitTurn(institution)).isInstanceOf(IllegalStateException.class);
    }

    /** Takes the turn in another thread's transaction, which then ends at once. */
    private Future<Boolean> takeTurnElsewhere(UUID institutionId) {
        return others.submit(() -> {
            TransactionSynchronizationManager.initSynchronization();
            try {
                queue.awaitTurn(institutionId);
                TransactionSynchronizationManager.getSynchronizations()
                        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
                return true;
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
        });
    }

    private static void end(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(status));
    }
}
