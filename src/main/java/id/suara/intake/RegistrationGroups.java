package id.suara.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the registrations that arrive while a group is being written together, as the next group, in one transaction
 * (ADR 0022). One writer thread per Suara takes everything queued, writes it with {@link RegistrationWriter} and commits
 * once, then completes each waiting request with its number. Alone, a group is one registration; under load it grows to
 * the number of requests waiting, and the statements and the durable commit are shared by all of them. A group that
 * fails is written again one registration at a time, so that one bad registration never refuses the others.
 */
@Component
class RegistrationGroups implements SmartLifecycle {

    /** The most registrations written together; keeps a statement's parameters far below PostgreSQL's 65,535. */
    static final int MAX_GROUP = 64;

    private static final Logger log = LoggerFactory.getLogger(RegistrationGroups.class);

    private final RegistrationWriter writer;
    private final TransactionTemplate transaction;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;

    RegistrationGroups(RegistrationWriter writer, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Writes the registration with the next group and answers its number once that group has committed; throws what
     * refused it. When no writer runs (before start, after stop) the registration is written alone, here.
     */
    String write(PreparedRegistration registration) {
        if (!running) {
            return writeAlone(registration);
        }
        var waiting = new Waiting(registration, new CompletableFuture<>());
        queue.add(waiting);
        try {
            while (true) {
                try {
                    return waiting.number().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    // queued just as the writer stopped: nobody will take it, so it is written here
                    if (!running && queue.remove(waiting)) {
                        return writeAlone(registration);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the registration was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("The registration could not be written", e.getCause());
        }
    }

    private String writeAlone(PreparedRegistration registration) {
        return transaction
                .execute(status -> writer.write(List.of(registration)))
                .getFirst();
    }

    private void writeGroups() {
        var group = new ArrayList<Waiting>(MAX_GROUP);
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                writeGroup(group);
            } catch (InterruptedException e) {
                // no writer any more: what is queued, and what comes, is written by its own request
                running = false;
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable unexpected) {
                log.error("Writing a group of registrations failed unexpectedly", unexpected);
                group.forEach(w -> w.number().completeExceptionally(unexpected));
            } finally {
                group.clear();
            }
        }
    }

    private void writeGroup(List<Waiting> group) {
        try {
            var numbers = transaction.execute(status ->
                    writer.write(group.stream().map(Waiting::registration).toList()));
            for (int i = 0; i < group.size(); i++) {
                group.get(i).number().complete(numbers.get(i));
            }
        } catch (RuntimeException failed) {
            if (group.size() == 1) {
                group.getFirst().number().completeExceptionally(failed);
                return;
            }
            log.debug("A group of {} registrations failed; writing each alone", group.size(), failed);
            for (var waiting : group) {
                writeGroup(List.of(waiting));
            }
        }
    }

    /** The thread that writes the groups, or null before the first start. */
    synchronized Thread writer() {
        return thread;
    }

    /** How many registrations wait for the next group. */
    int queued() {
        return queue.size();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform()
                .name("suara-registration-writer")
                .daemon(true)
                .start(this::writeGroups);
    }

    /** Stops taking new groups once what is queued is written. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // anything queued after the writer stopped is written alone by its own request
        for (Waiting waiting; (waiting = queue.poll()) != null; ) {
            var w = waiting;
            try {
                w.number().complete(writeAlone(w.registration()));
            } catch (RuntimeException failed) {
                w.number().completeExceptionally(failed);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before the web server and stops after it (Spring Boot's web server lifecycles have the phases
     * {@code DEFAULT_PHASE - 1024} and {@code - 2048}), so that the requests it finishes when shutting down are written.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private record Waiting(PreparedRegistration registration, CompletableFuture<String> number) {}
}
