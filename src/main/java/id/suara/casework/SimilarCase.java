package id.suara.casework;

import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open case of the same institution that may be about the same matter as another one, with why it was suggested
 * (ADR 0037).
 *
 * @param score how alike the two are, from 0 to 1; only cases at or above {@link Duplicates#THRESHOLD} are suggested
 * @param reasons why, strongest first
 */
public record SimilarCase(
        UUID id,
        String registrationNumber,
        String title,
        CaseStatus status,
        Instant registeredAt,
        double score,
        List<Reason> reasons) {

    /** Why a case was suggested. */
    public enum Reason {
        /** Their words (Indonesian stems, without the commonest words) largely overlap: "teks mirip". */
        SIMILAR_TEXT,
        /** Their titles are alike letter by letter (trigrams), typos and word order forgiven: "judul mirip". */
        SIMILAR_TITLE,
        /** The same respondent (teradu) was named: "teradu sama". */
        SAME_RESPONDENT,
        /** Registered within a fortnight of each other: "diterima berdekatan". */
        CLOSE_IN_TIME
    }
}
