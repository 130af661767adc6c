package id.suara.casework;

import id.suara.intake.SubmissionKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read about all cases: published answers (already redacted when published) and counts. Never a
 * complainant or anything written before the answer but the topic as redacted for publication on the receipt.
 */
@Service
public class PublicRecord {

    private final JdbcClient jdbc;
    private final int countLimit;

    @Autowired
    PublicRecord(JdbcClient jdbc) {
        this(jdbc, CappedCount.LIMIT);
    }

    /** A record whose pages count up to {@code countLimit} answers (tests show the limit with a few answers). */
    PublicRecord(JdbcClient jdbc, int countLimit) {
        this.jdbc = jdbc;
        this.countLimit = countLimit;
    }

    /**
     * One published answer, with no more of its case than the institution, the kind and when.
     *
     * @param caseId the case, to find its topic as redacted for publication; never shown
     */
    public record PublishedAnswer(
            UUID caseId,
            UUID institutionId,
            SubmissionKind kind,
            Instant registeredAt,
            String answer,
            Instant answeredAt) {}

    /** A page of published answers, newest first. */
    /**
     * A page of published answers and how many there are, counted up to a limit as the case lists do (ADR 0045): when
     * {@code totalExact} is false there are more than {@code total}.
     */
    public record AnswerPage(List<PublishedAnswer> items, int page, int size, long total, boolean totalExact) {

        public boolean hasNext() {
            return new CappedCount(total, totalExact).hasNext(page, size, items.size());
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /** Published answers whose text contains {@code query} (any case), optionally of one institution. */
    @Transactional(readOnly = true)
    public AnswerPage answers(String query, UUID institutionId, int page, int size) {
        var where = new StringBuilder("public_answer is not null");
        var params = new java.util.ArrayList<Object>();
        if (institutionId != null) {
            where.append(" and institution_id = ?");
            params.add(institutionId);
        }
        if (query != null && !query.isBlank()) {
            where.append(" and public_answer ilike ? escape '\\'");
            params.add("%"
                    + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long countTo = CappedCount.countTo(countLimit, page, size);
        var countParams = new java.util.ArrayList<Object>(params);
        countParams.add(countTo + 1);
        long counted = jdbc.sql("select count(*) from (select 1 from case_file where " + where + " limit ?) matches")
                .params(countParams)
                .query(Long.class)
                .single();
        var pageParams = new java.util.ArrayList<Object>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        var items = jdbc.sql(
                        "select id, institution_id, kind, registered_at, public_answer, answered_at from case_file where "
                                + where + " order by answered_at desc, id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new PublishedAnswer(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        SubmissionKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("registered_at").toInstant(),
                        rs.getString("public_answer"),
                        instant(rs.getTimestamp("answered_at"))))
                .list();
        var count = CappedCount.of(counted, countTo);
        return new AnswerPage(items, page, size, count.total(), count.exact());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
