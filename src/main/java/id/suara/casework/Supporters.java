package id.suara.casework;

import id.suara.intake.SubmissionKind;
import id.suara.intake.Submissions;
import id.suara.shared.NotFoundException;
import id.suara.staff.StaffMember;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Saya juga mengalami" (ADR 0037): members of the public who add their support to a published answer or an open public
 * matter instead of submitting it again. A browser (a random cookie) counts once per case; one client address (an IPv4
 * address or an IPv6 /64) adds at most {@link #PER_ADDRESS} supporters to a case, so that one machine clearing its
 * cookies cannot inflate a count while a household, an office or a mobile network's shared address still can support.
 * Only hashes of the cookie and the address are stored.
 */
@Service
public class Supporters {

    /** How many supporters one client address may add to one case. */
    public static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;
    private final CaseLookup lookup;
    private final Clock clock;

    Supporters(JdbcClient jdbc, CaseLookup lookup, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * How a support ended.
     *
     * @param counted whether it was counted now; false when this browser supported the case before or its address
     *     has given the case as many supporters as it may
     * @param supporters how many support the case now
     */
    public record Outcome(boolean counted, int supporters) {}

    /**
     * An open matter of the public as anyone holding its tracking number sees it, to support it: never the complainant,
     * only its institution, kind, status and topic (the title as published on the receipt); a merged duplicate is its
     * main case.
     *
     * @param caseId the case supported; never shown
     */
    public record OpenMatter(
            UUID caseId,
            UUID institutionId,
            SubmissionKind kind,
            String status,
            boolean open,
            int supporters,
            String trackingNumber) {}

    /** How many support a case, for staff who may read it. */
    @Transactional(readOnly = true)
    public int count(UUID caseId, StaffMember viewer) {
        lookup.visible(caseId, viewer);
        return jdbc.sql("select supporters from case_file where id = ?")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    /**
     * The public figures of "saya juga mengalami" and merging for an institution.
     *
     * @param supporters all the supporters its cases have
     * @param byKind supporters by the kind of the case supported, every kind present
     * @param merged cases merged into another case about the same matter
     */
    public record SupportStatistics(long supporters, java.util.Map<SubmissionKind, Long> byKind, long merged) {}

    @Transactional(readOnly = true)
    public SupportStatistics statistics(UUID institutionId) {
        var byKind = new java.util.EnumMap<SubmissionKind, Long>(SubmissionKind.class);
        for (var kind : SubmissionKind.values()) {
            byKind.put(kind, 0L);
        }
        long[] merged = {0};
        jdbc.sql("""
                select kind, sum(supporters) as supporters, count(*) filter (where merged_into is not null) as merged
                from case_file where institution_id = ? group by kind""").param(institutionId).query(rs -> {
            byKind.put(SubmissionKind.valueOf(rs.getString("kind")), rs.getLong("supporters"));
            merged[0] += rs.getLong("merged");
        });
        return new SupportStatistics(
                byKind.values().stream().mapToLong(Long::longValue).sum(), byKind, merged[0]);
    }

    /** How many support each of the cases (published answers, shown to anyone). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Integer> counts(java.util.List<UUID> caseIds) {
        var counts = new java.util.HashMap<UUID, Integer>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select id, supporters from case_file where id in (:ids)")
                .param("ids", caseIds)
                .query(rs -> {
                    counts.put(rs.getObject("id", UUID.class), rs.getInt("supporters"));
                });
        return counts;
    }

    /**
     * The matter a tracking number names, if the public may support it: not confidential, and either open or answered
     * publicly; a duplicate merged into another case answers that case.
     */
    @Transactional(readOnly = true)
    public Optional<OpenMatter> openMatter(String trackingNumber) {
        var canonical = Submissions.canonicalTrackingNumber(trackingNumber);
        if (canonical == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select c.id, c.institution_id, c.kind, c.status, c.closed_at is null as open, c.supporters,
                    d.tracking_number
                from submission s join case_file d on d.id = s.id
                    join case_file c on c.id = coalesce(d.merged_into, d.id)
                    join submission m on m.id = c.id
                where s.tracking_number = ? and not s.confidential and not m.confidential
                    and (c.closed_at is null or c.public_answer is not null)""")
                .param(canonical)
                .query((rs, n) -> new OpenMatter(
                        rs.getObject("id", UUID.class),
                        rs.getObject("institution_id", UUID.class),
                        SubmissionKind.valueOf(rs.getString("kind")),
                        rs.getString("status"),
                        rs.getBoolean("open"),
                        rs.getInt("supporters"),
                        rs.getString("tracking_number")))
                .optional();
    }

    /** Adds a supporter to the matter a tracking number names ({@link #openMatter}); 404 when there is none. */
    @Transactional
    public Outcome supportByTrackingNumber(String trackingNumber, String browser, String client) {
        var matter = openMatter(trackingNumber)
                .orElseThrow(() -> new NotFoundException("No public matter with this tracking number"));
        return add(matter.caseId(), browser, client);
    }

    /**
     * Adds a supporter to a case with a published answer (the list of published answers); 404 for any other case, so
     * that nothing else is learnt about it.
     */
    @Transactional
    public Outcome supportAnswered(UUID caseId, String browser, String client) {
        var target = jdbc.sql(
                        "select coalesce(merged_into, id) from case_file where id = ? and public_answer is not null")
                .param(caseId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No published answer for this case"));
        return add(target, browser, client);
    }

    private Outcome add(UUID caseId, String browser, String client) {
        if (browser == null || browser.isBlank()) {
            throw new NotFoundException("No browser to count");
        }
        // the case's row is locked: the count per address cannot be passed by supports arriving together
        jdbc.sql("select id from case_file where id = ? for update")
                .param(caseId)
                .query(UUID.class)
                .list();
        int added = jdbc.sql("""
                insert into case_support (case_id, browser_hash, client_hash, supported_at)
                select :caseId, :browser, :client, :now
                where (select count(*) from case_support where case_id = :caseId and client_hash = :client) < :limit
                on conflict do nothing""")
                .param("caseId", caseId)
                .param("browser", sha256(browser))
                .param("client", sha256(client == null ? "unknown" : client))
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", PER_ADDRESS)
                .update();
        int supporters = jdbc.sql("update case_file set supporters = supporters + ? where id = ? returning supporters")
                .params(added, caseId)
                .query(Integer.class)
                .single();
        return new Outcome(added == 1, supporters);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
