package id.suara.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The IKM as PermenPAN-RB 14/2017 computes it, against examples worked out by hand below. */
class SatisfactionIndexTest {

    /** One questionnaire: the scores of U1..U9 in order. */
    private static Map<IkmElement, Integer> q(int... scores) {
        var map = new EnumMap<IkmElement, Integer>(IkmElement.class);
        for (var element : IkmElement.values()) {
            map.put(element, scores[element.ordinal()]);
        }
        return map;
    }

    /**
     * Five questionnaires, worked by hand:
     *
     * <pre>
     *            U1 U2 U3 U4 U5 U6 U7 U8 U9
     *   R1        4  3  3  4  3  4  4  3  3
     *   R2        3  3  2  4  3  3  4  3  3
     *   R3        4  4  3  4  4  4  4  4  3
     *   R4        3  3  3  4  3  3  3  2  3
     *   R5        3  2  2  4  3  3  4  3  2
     *   sum      17 15 13 20 16 17 19 15 14   (total 146)
     *   NRR = sum/5: 3.4 3.0 2.6 4.0 3.2 3.4 3.8 3.0 2.8
     *   weighted NRR = NRR × 1/9; index = 146 / 5 / 9 = 29.2 / 9 = 3.2444…
     *   IKM = 3.2444… × 25 = 81.111… → 81.11: band B (76.61–88.30), baik
     * </pre>
     */
    @Test
    void fiveQuestionnairesGiveTheIndexWorkedOutByHand() {
        var index = SatisfactionIndex.of(List.of(
                q(4, 3, 3, 4, 3, 4, 4, 3, 3),
                q(3, 3, 2, 4, 3, 3, 4, 3, 3),
                q(4, 4, 3, 4, 4, 4, 4, 4, 3),
                q(3, 3, 3, 4, 3, 3, 3, 2, 3),
                q(3, 2, 2, 4, 3, 3, 4, 3, 2)));

        assertThat(index.respondents()).isEqualTo(5);
        assertThat(index.nrr().get(IkmElement.U1)).isEqualByComparingTo("3.4");
        assertThat(index.nrr().get(IkmElement.U3)).isEqualByComparingTo("2.6");
        assertThat(index.nrr().get(IkmElement.U4)).isEqualByComparingTo("4.0");
        assertThat(index.nrr().get(IkmElement.U9)).isEqualByComparingTo("2.8");
        assertThat(index.index()).isEqualByComparingTo("3.2444");
        assertThat(index.ikm()).isEqualByComparingTo("81.11");
        assertThat(index.band()).isEqualTo(SatisfactionIndex.Band.B);
    }

    @Test
    void allFoursGiveOneHundredAndBandAAndAllOnesGiveTwentyFiveAndBandD() {
        var best = SatisfactionIndex.of(List.of(q(4, 4, 4, 4, 4, 4, 4, 4, 4)));
        var worst = SatisfactionIndex.of(List.of(q(1, 1, 1, 1, 1, 1, 1, 1, 1)));

        assertThat(best.ikm()).isEqualByComparingTo("100.00");
        assertThat(best.band()).isEqualTo(SatisfactionIndex.Band.A);
        assertThat(worst.ikm()).isEqualByComparingTo("25.00");
        assertThat(worst.band()).isEqualTo(SatisfactionIndex.Band.D);
    }

    /** 3 × 8 + 2 = 26 over one questionnaire: 26 / 9 × 25 = 72.22, band C; all threes: 75.00, band C. */
    @Test
    void theBandsMeetAtTheirBoundaries() {
        assertThat(SatisfactionIndex.of(List.of(q(3, 3, 3, 3, 3, 3, 3, 3, 2))).ikm())
                .isEqualByComparingTo("72.22");
        assertThat(SatisfactionIndex.of(List.of(q(3, 3, 3, 3, 3, 3, 3, 3, 3))).band())
                .isEqualTo(SatisfactionIndex.Band.C);
        // 31 / 9 × 25 = 86.11 (B); 32 / 9 × 25 = 88.89 (A)
        assertThat(SatisfactionIndex.of(List.of(q(4, 4, 4, 4, 3, 3, 3, 3, 3))).band())
                .isEqualTo(SatisfactionIndex.Band.B);
        assertThat(SatisfactionIndex.of(List.of(q(4, 4, 4, 4, 4, 3, 3, 3, 3))).band())
                .isEqualTo(SatisfactionIndex.Band.A);
        assertThat(SatisfactionIndex.Band.of(new BigDecimal("88.30"))).isEqualTo(SatisfactionIndex.Band.B);
        assertThat(SatisfactionIndex.Band.of(new BigDecimal("76.60"))).isEqualTo(SatisfactionIndex.Band.C);
        assertThat(SatisfactionIndex.Band.of(new BigDecimal("64.99"))).isEqualTo(SatisfactionIndex.Band.D);
    }

    @Test
    void withoutQuestionnairesThereIsNoIndex() {
        var none = SatisfactionIndex.of(List.of());

        assertThat(none.enoughResponses()).isFalse();
        assertThat(none.ikm()).isNull();
        assertThat(none.band()).isNull();
    }
}
