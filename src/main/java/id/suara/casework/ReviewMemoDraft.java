package id.suara.casework;

import id.suara.intake.Masking;
import id.suara.shared.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The text of a review memo version, from the API or the case page; one rule for both.
 *
 * @param addressedUnitId the unit it is addressed to, e.g. the leadership or a commission; optional
 */
public record ReviewMemoDraft(
        @NotBlank @Size(max = 300) @CleanText String subject,

        @NotBlank @Size(max = ReviewMemoDraft.TEXT_MAX) @CleanText(multiline = true)
        String analysis,

        @Size(max = ReviewMemoDraft.TEXT_MAX) @CleanText(multiline = true)
        String recommendation,

        UUID addressedUnitId) {

    /** The longest analysis or recommendation, in characters. */
    public static final int TEXT_MAX = 20_000;

    /** Stripped, blank parts as none. */
    ReviewMemoDraft stripped() {
        return new ReviewMemoDraft(strip(subject), strip(analysis), strip(recommendation), addressedUnitId);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Without the texts, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "ReviewMemoDraft[subject=" + Masking.mask(subject) + ", addressedUnitId=" + addressedUnitId + "]";
    }
}
