package id.suara.intake;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets the registrations of one institution in this Suara take their number one after the other, each from the moment
 * it asks for the number until its transaction has ended (ADR 0021). The counter's row lock in the database is what keeps
 * numbers gap-free, also across several Suaras on one database; this queue only makes the others wait here, parked,
 * instead of as database sessions that all wake at every commit to find the row taken again.
 */
final class RegistrationQueue {

    private final ConcurrentMap<UUID, ReentrantLock> turns = new ConcurrentHashMap<>();

    /** Waits for the institution's turn, held until the current transaction ends, committed or not. */
    void awaitTurn(UUID institutionId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A registration takes its number inside a transaction");
        }
        var turn = turns.computeIfAbsent(institutionId, id -> new ReentrantLock(true));
        turn.lock();
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    turn.unlock();
                }
            });
        } catch (RuntimeException e) {
            turn.unlock();
            throw e;
        }
    }
}
