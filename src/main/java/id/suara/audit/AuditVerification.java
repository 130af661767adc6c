package id.suara.audit;

import java.util.List;

/**
 * The outcome of checking the whole audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param lastSeq the sequence number of the newest entry (0 when the log is empty)
 * @param lastHash the hash of the newest entry; noted down outside Suara, it reveals later removal of the newest entries,
 *     which the chain alone cannot show
 * @param problems every entry found altered, or whose predecessor is missing or altered; empty when intact
 */
public record AuditVerification(long entriesChecked, long lastSeq, String lastHash, List<Problem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** One place where the chain does not hold. */
    public record Problem(long seq, Kind kind, String detail) {}

    /** What is wrong at an entry. */
    public enum Kind {
        /** The entry's content no longer matches its hash: it was changed. */
        ALTERED,
        /** The entry does not link to the entry before it: that one was removed, replaced or re-hashed. */
        BROKEN_LINK,
        /** Sequence numbers are missing before this entry: entries were removed. */
        MISSING_BEFORE
    }
}
