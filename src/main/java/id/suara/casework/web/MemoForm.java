package id.suara.casework.web;

import id.suara.casework.ReviewMemo;
import id.suara.casework.ReviewMemoDraft;
import id.suara.intake.Masking;
import java.util.UUID;

/**
 * A review memo form of the case page (a new memo, or a revision of one); it becomes the same {@link ReviewMemoDraft}
 * the API takes.
 *
 * @param version for a revision: the version shown when the form was filled in
 */
record MemoForm(String subject, String analysis, String recommendation, UUID addressedUnitId, Integer version) {

    static MemoForm empty() {
        return new MemoForm(null, null, null, null, null);
    }

    /** A revision's form, starting from the newest version. */
    static MemoForm revising(ReviewMemo memo) {
        var latest = memo.latest();
        return new MemoForm(
                latest.subject(),
                latest.analysis(),
                latest.recommendation(),
                latest.addressedUnitId(),
                latest.version());
    }

    ReviewMemoDraft draft() {
        return new ReviewMemoDraft(subject, analysis, recommendation, addressedUnitId);
    }

    /** Without the texts, which may hold personal data. */
    @Override
    public String toString() {
        return "MemoForm[subject=" + Masking.mask(subject) + ", version=" + version + "]";
    }
}
