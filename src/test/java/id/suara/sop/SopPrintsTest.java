package id.suara.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.institution.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the flow of a printed SOP is laid out (ADR 0039): which actor's column holds which symbol, and which halves of
 * each cell's centre lines connect them. Kebumen's written procedure: the complainant submits (1), General Affairs
 * checks the requirements (2, a decision), the officer records (3) …, the complaints division recaps (10).
 */
class SopPrintsTest {

    private static final SopPresets PRESETS = new SopPresets();

    private static SopPrints.PrintedSop printed(String preset) {
        return SopPrints.printed(PRESETS.find(preset).orElseThrow(), 1, SopVersionStatus.ACTIVE);
    }

    private static SopPrints.Cell cell(SopPrints.PrintedSop sop, int row, Role lane) {
        return sop.rows().get(row).cells().get(sop.lanes().indexOf(lane));
    }

    @Test
    void theActorsAreTheStepsRolesInTheOrderTheyFirstActAndEndStatesAreNoRows() {
        var sop = printed("kebumen-written");

        assertThat(sop.lanes())
                .containsExactly(
                        Role.COMPLAINANT,
                        Role.GENERAL_AFFAIRS,
                        Role.OFFICER,
                        Role.COMPLAINTS_DIVISION,
                        Role.SECRETARY,
                        Role.LEADERSHIP,
                        Role.ORGAN_MEMBER);
        assertThat(sop.rows())
                .extracting(SopPrints.Row::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void theFirstAndLastStepsAreTerminatorsADecisionADiamondAndTheRestRectangles() {
        var sop = printed("kebumen-written");

        assertThat(cell(sop, 0, Role.COMPLAINANT))
                .extracting(SopPrints.Cell::shape, SopPrints.Cell::label)
                .containsExactly(SopPrints.Shape.TERMINATOR, "Mulai");
        assertThat(cell(sop, 1, Role.GENERAL_AFFAIRS).shape()).isEqualTo(SopPrints.Shape.DECISION);
        assertThat(cell(sop, 2, Role.OFFICER).shape()).isEqualTo(SopPrints.Shape.ACTIVITY);
        assertThat(cell(sop, 9, Role.COMPLAINTS_DIVISION))
                .extracting(SopPrints.Cell::shape, SopPrints.Cell::label)
                .containsExactly(SopPrints.Shape.TERMINATOR, "Selesai");
        assertThat(cell(sop, 1, Role.OFFICER).shape()).isNull();
    }

    @Test
    void aChangeOfActorIsAnElbowDownThenAcrossIntoTheSideOfTheNextSymbol() {
        var sop = printed("kebumen-written");

        assertThat(cell(sop, 0, Role.COMPLAINANT).lines())
                .contains("center bottom")
                .doesNotContain("center top");
        var turn = cell(sop, 1, Role.COMPLAINANT).lines();
        assertThat(turn).contains("center top").contains("right center").doesNotContain("left center");
        var into = cell(sop, 1, Role.GENERAL_AFFAIRS).lines();
        assertThat(into).contains("left center").contains("center bottom").doesNotContain("center top");
        assertThat(cell(sop, 1, Role.OFFICER).lines()).isEmpty();
    }

    @Test
    void theSameActorAgainIsAStraightLineDown() {
        var sop = printed("kebumen-written");

        // 3 and 4 are both the officer's
        var fourth = cell(sop, 3, Role.OFFICER).lines();
        assertThat(fourth).contains("center top").contains("center bottom").doesNotContain("left center");
    }

    @Test
    void aStepSeveralActorsPerformHasASymbolInEachOfTheirColumnsJoinedAcrossTheRow() {
        var sop = printed("pekalongan");

        var first = sop.rows().getFirst();
        assertThat(first.cells()).allSatisfy(c -> assertThat(c.shape()).isEqualTo(SopPrints.Shape.TERMINATOR));
        assertThat(first.cells()).filteredOn(c -> "Mulai".equals(c.label())).hasSize(1);
        assertThat(first.cells().getFirst().lines()).contains("right center").doesNotContain("left center");
        assertThat(first.cells().get(2).lines()).contains("left center").contains("right center");
        assertThat(first.cells().getLast().lines()).contains("left center").doesNotContain("right center");
    }

    @Test
    void aDecisionsNotesSayWhereEachOutcomeLeads() {
        var sop = printed("kebumen-written");

        assertThat(sop.rows().get(1).notes())
                .anySatisfy(note -> assertThat(note).endsWith("→ langkah 3"))
                .anySatisfy(note -> assertThat(note).endsWith("→ Diarsipkan: tidak memenuhi persyaratan"));
        assertThat(sop.rows().get(2).notes()).isEmpty();
    }

    @Test
    void moreThanFiveActorsWidenTheirColumnsAtTheExpenseOfTheTextColumnsAndTheWidthsAddUp() {
        var seven = printed("kebumen-written");
        var five = printed("pekalongan");

        assertThat(five.lanePercent()).isEqualTo(37.0 / 5);
        assertThat(seven.lanePercent()).isEqualTo(6.5);
        assertThat(seven.activityPercent()).isLessThan(five.activityPercent());
        for (var sop : List.of(seven, five)) {
            var total = 3 + sop.activityPercent() + sop.lanesPercent() + 2 * sop.qualityPercent() + 6 + 10;
            assertThat(total).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.001));
        }
    }
}
