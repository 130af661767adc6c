package id.suara.recess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How grouping tells that two summaries ask for the same thing (ADR 0032). */
class AspirationSimilarityTest {

    private static boolean similar(String a, String b) {
        return AspirationGroups.similar(AspirationGroups.words(a), AspirationGroups.words(b));
    }

    @Test
    void summariesSharingMostOfTheirWordsAreSimilarWhateverTheCaseAccentsPunctuationAndStopWords() {
        assertThat(similar("Perbaikan jalan desa Panjer 300 m", "Mohon perbaikan JALAN di Desa Panjer!"))
                .isTrue();
        assertThat(similar("Rehab gedung SD Negeri 2", "Rehab gedung SD N 2 Panjer"))
                .isTrue();
    }

    @Test
    void summariesSharingOneCommonWordOnlyAreNot() {
        assertThat(similar("Perbaikan jalan desa", "Perbaikan gedung sekolah")).isFalse();
        assertThat(similar("Rehab gedung SD Negeri 2", "Perbaikan jalan desa Panjer"))
                .isFalse();
        assertThat(similar("desa", "desa")).isFalse();
    }
}
