package id.suara.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to and verifies the hash-chained audit log. An event is recorded in the caller's transaction, so an action and
 * its audit entry are committed together or not at all.
 */
@Service
public class AuditLog {

    /** Rows fetched per round trip when reading long stretches of the chain, so memory stays flat. */
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an event at the end of the chain, in one statement: it advances the head, computes the entry's hash from
     * the head's (SHA-256 of the canonical form, {@link AuditHashing}) and inserts the entry. Appends serialise on the
     * row of {@code audit_head}, locked from here to the end of the caller's transaction: record last what a transaction
     * records (ADR 0019, ADR 0021).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        var occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var details = AuditHashing.canonicalDetails(event.details());
        var clientAddress = clientAddress();
        var rest = AuditHashing.canonicalAfterSeq(
                occurredAt,
                event.institutionId(),
                event.actorId(),
                event.actorName(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                details,
                clientAddress);
        // The head's row as the last committed append left it (an update that waited works on the new row); every
        // SET expression reads the row before this update. The canonical form starts with the previous hash (always
        // 64 characters) and the seq, each as <length>:<text>.
        return jdbc.sql("""
                        with head as (
                            update audit_head
                            set seq = seq + 1,
                                previous_hash = hash,
                                hash = encode(sha256(convert_to(
                                    '64:' || hash || length((seq + 1)::text) || ':' || (seq + 1) || :rest, 'UTF8')),
                                    'hex')
                            returning seq, previous_hash, hash)
                        insert into audit_entry (seq, occurred_at, institution_id, actor_id, actor_name, action,
                            subject_type, subject_id, details, client_address, previous_hash, hash)
                        select head.seq, :occurredAt::timestamptz, :institutionId::uuid, :actorId::uuid, :actorName,
                            :action, :subjectType, :subjectId, :details, :clientAddress, head.previous_hash, head.hash
                        from head
                        returning seq, previous_hash, hash""")
                .param("rest", rest)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("institutionId", event.institutionId())
                .param("actorId", event.actorId())
                .param("actorName", event.actorName())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("details", details)
                .param("clientAddress", clientAddress)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("seq"),
                        occurredAt,
                        event.institutionId(),
                        event.actorId(),
                        event.actorName(),
                        event.action(),
                        event.subjectType(),
                        event.subjectId(),
                        details,
                        clientAddress,
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .single();
    }

    /**
     * An event with the client address of the request it comes from, taken now: for an event appended later, on another
     * thread, with others ({@link #appendAll}).
     */
    public Attributed attributed(AuditEvent event) {
        return new Attributed(event, clientAddress());
    }

    /** An event to append and the address of the client that caused it (null when none). */
    public record Attributed(AuditEvent event, String clientAddress) {}

    /**
     * Appends several events at the end of the chain, in their order, in two statements whatever their number: one takes
     * the head, the other inserts every entry, each hashed from the one before, and advances the head. Like
     * {@link #record}, it holds the head's row to the end of the caller's transaction (ADR 0022).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditEntry> appendAll(List<Attributed> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        record Head(long seq, String hash) {}
        var head = jdbc.sql("select seq, hash from audit_head for update")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                .single();
        var occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var entries = new ArrayList<AuditEntry>(events.size());
        var previous = head.hash();
        var seq = head.seq();
        for (var attributed : events) {
            var event = attributed.event();
            var details = AuditHashing.canonicalDetails(event.details());
            seq++;
            var unhashed = new AuditEntry(
                    seq,
                    occurredAt,
                    event.institutionId(),
                    event.actorId(),
                    event.actorName(),
                    event.action(),
                    event.subjectType(),
                    event.subjectId(),
                    details,
                    attributed.clientAddress(),
                    previous,
                    null);
            var entry = unhashed.withHash(AuditHashing.hashOf(unhashed));
            entries.add(entry);
            previous = entry.hash();
        }
        var last = entries.getLast();
        var params = new ArrayList<Object>(List.of(last.seq(), last.previousHash(), last.hash()));
        var rows = new StringJoiner(", ");
        for (var e : entries) {
            rows.add("(?, ?::timestamptz, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(
                    e.seq(),
                    Timestamp.from(e.occurredAt()),
                    e.institutionId(),
                    e.actorId(),
                    e.actorName(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.details(),
                    e.clientAddress(),
                    e.previousHash(),
                    e.hash()));
        }
        jdbc.sql("""
                        with head as (update audit_head set seq = ?, previous_hash = ?, hash = ?)
                        insert into audit_entry (seq, occurred_at, institution_id, actor_id, actor_name, action,
                            subject_type, subject_id, details, client_address, previous_hash, hash)
                        values\s""" + rows).params(params).update();
        return List.copyOf(entries);
    }

    /** Reads the whole chain in order and reports every entry that was altered or whose predecessor is gone. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var problems = new ArrayList<AuditVerification.Problem>();
        var state = new Object() {
            long count;
            long previousSeq;
            String previousHash = AuditHashing.GENESIS;
        };
        jdbc.sql("select * from audit_entry order by seq")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    var entry = entry(rs);
                    state.count++;
                    if (entry.seq() != state.previousSeq + 1) {
                        problems.add(new AuditVerification.Problem(
                                entry.seq(),
                                AuditVerification.Kind.MISSING_BEFORE,
                                "entries " + (state.previousSeq + 1) + " to " + (entry.seq() - 1) + " are missing"));
                    } else if (!entry.previousHash().equals(state.previousHash)) {
                        problems.add(new AuditVerification.Problem(
                                entry.seq(),
                                AuditVerification.Kind.BROKEN_LINK,
                                "does not link to entry " + state.previousSeq + " as it is now"));
                    }
                    if (!AuditHashing.hashOf(entry).equals(entry.hash())) {
                        problems.add(new AuditVerification.Problem(
                                entry.seq(), AuditVerification.Kind.ALTERED, "content does not match its hash"));
                    }
                    state.previousSeq = entry.seq();
                    state.previousHash = entry.hash();
                });
        return new AuditVerification(state.count, state.previousSeq, state.previousHash, problems);
    }

    /** One page of the entries matching a filter, newest first. */
    @Transactional(readOnly = true)
    AuditPage search(AuditFilter filter, int page, int size) {
        var where = where(filter);
        long total = jdbc.sql("select count(*) from audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(where.params());
        pageParams.add(size);
        pageParams.add((long) page * size);
        var items = jdbc.sql("select * from audit_entry" + where.sql() + " order by seq desc limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> entry(rs))
                .list();
        return new AuditPage(items, page, size, total);
    }

    /**
     * Hands the entries matching a filter, newest first and at most {@code maxRows}, one by one to {@code sink} without
     * holding them all in memory. Must run inside a transaction, in which PostgreSQL streams through a cursor.
     *
     * @return how many entries were handed over
     */
    long stream(AuditFilter filter, int maxRows, Consumer<AuditEntry> sink) {
        var where = where(filter);
        var params = new ArrayList<>(where.params());
        params.add(maxRows);
        var count = new long[1];
        jdbc.sql("select * from audit_entry" + where.sql() + " order by seq desc limit ?")
                .params(params)
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    sink.accept(entry(rs));
                    count[0]++;
                });
        return count[0];
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(AuditFilter filter) {
        var sql = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (filter.institutionId() != null) {
            sql.append(" and institution_id = ?");
            params.add(filter.institutionId());
        }
        if (filter.actorName() != null) {
            sql.append(" and actor_name = ?");
            params.add(filter.actorName());
        }
        if (filter.action() != null) {
            if (filter.actionIsPrefix()) {
                sql.append(" and action like ? escape '\\'");
                params.add(likeEscaped(filter.actionPrefix()) + "%");
            } else {
                sql.append(" and action = ?");
                params.add(filter.action());
            }
        }
        if (filter.subjectType() != null) {
            sql.append(" and subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.subjectId() != null) {
            sql.append(" and subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        return new Where(sql.toString(), params);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("institution_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"),
                rs.getString("client_address"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
