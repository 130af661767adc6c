package id.suara.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The index of public satisfaction (IKM) of a set of questionnaires, computed as PermenPAN-RB 14/2017 prescribes: per
 * element the NRR (nilai rata-rata) = sum of its scores / number of questionnaires; weighted NRR = NRR × 1/9; the index =
 * sum of the weighted NRRs (1 to 4); IKM = index × 25 (25 to 100), rounded to two decimals for its band: A 88.31–100
 * (sangat baik), B 76.61–88.30 (baik), C 65.00–76.60 (kurang baik), D 25.00–64.99 (tidak baik). Exact decimal arithmetic,
 * so the band boundaries are met exactly (ADR 0036).
 *
 * @param respondents how many questionnaires were filled in; 0 gives no index (nrr empty, index and ikm null)
 * @param nrr each element's NRR, to four decimals
 * @param index the sum of weighted NRRs, to four decimals
 * @param ikm the IKM, to two decimals
 * @param band A, B, C or D; null without respondents
 */
public record SatisfactionIndex(
        long respondents, Map<IkmElement, BigDecimal> nrr, BigDecimal index, BigDecimal ikm, Band band) {

    /** The quality of service (mutu pelayanan) an IKM value stands for. */
    public enum Band {
        /** Sangat baik: 88.31 to 100. */
        A,
        /** Baik: 76.61 to 88.30. */
        B,
        /** Kurang baik: 65.00 to 76.60. */
        C,
        /** Tidak baik: 25.00 to 64.99. */
        D;

        static Band of(BigDecimal ikm) {
            if (ikm.compareTo(new BigDecimal("88.31")) >= 0) {
                return A;
            }
            if (ikm.compareTo(new BigDecimal("76.61")) >= 0) {
                return B;
            }
            if (ikm.compareTo(new BigDecimal("65.00")) >= 0) {
                return C;
            }
            return D;
        }
    }

    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final int PRECISION = 10;

    /** Whether there are responses to compute an index from. */
    public boolean enoughResponses() {
        return respondents > 0;
    }

    /** The index of questionnaires, each the nine scores of one respondent (1 to 4). */
    public static SatisfactionIndex of(List<Map<IkmElement, Integer>> questionnaires) {
        var sums = new EnumMap<IkmElement, Long>(IkmElement.class);
        for (var element : IkmElement.values()) {
            sums.put(element, 0L);
        }
        for (var questionnaire : questionnaires) {
            for (var element : IkmElement.values()) {
                var score = questionnaire.get(element);
                if (score == null || score < 1 || score > 4) {
                    throw new IllegalArgumentException("Each element is scored 1 to 4; " + element + " was " + score);
                }
                sums.merge(element, (long) score, Long::sum);
            }
        }
        return fromSums(questionnaires.size(), sums);
    }

    /** The index from each element's sum of scores over {@code respondents} questionnaires. */
    public static SatisfactionIndex fromSums(long respondents, Map<IkmElement, Long> sums) {
        if (respondents == 0) {
            return new SatisfactionIndex(0, Map.of(), null, null, null);
        }
        var nrr = new EnumMap<IkmElement, BigDecimal>(IkmElement.class);
        var index = BigDecimal.ZERO;
        for (var element : IkmElement.values()) {
            var value = BigDecimal.valueOf(sums.getOrDefault(element, 0L))
                    .divide(BigDecimal.valueOf(respondents), PRECISION, RoundingMode.HALF_UP);
            nrr.put(element, value.setScale(4, RoundingMode.HALF_UP));
            index = index.add(value);
        }
        // weighted NRR = NRR × 1/9, summed: the same as the sum of the NRRs / 9, with one rounding instead of nine
        index = index.divide(NINE, PRECISION, RoundingMode.HALF_UP);
        var ikm = index.multiply(TWENTY_FIVE).setScale(2, RoundingMode.HALF_UP);
        return new SatisfactionIndex(
                respondents, Map.copyOf(nrr), index.setScale(4, RoundingMode.HALF_UP), ikm, Band.of(ikm));
    }
}
