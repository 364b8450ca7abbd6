package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleissKappaTest {

    /** Rows are subjects, columns categories 1 to 5: the counts of 14 raters. */
    private static Map<String, Integer> subject(int... counts) {
        Map<String, Integer> subject = new HashMap<>();
        for (int category = 0; category < counts.length; category++) {
            subject.put(Integer.toString(category + 1), counts[category]);
        }
        return subject;
    }

    /**
     * Fleiss (1971), as the Wikipedia article "Fleiss' kappa" works it out: 10 subjects, 14 raters, 5
     * categories; P̄ = 0.378, P_e = 0.213, κ = 0.210.
     */
    @Test
    void fleiss1971WorkedExampleGivesKappa0210() {
        FleissKappa kappa = FleissKappa.of(List.of(
                subject(0, 0, 0, 0, 14),
                subject(0, 2, 6, 4, 2),
                subject(0, 0, 3, 5, 6),
                subject(0, 3, 9, 2, 0),
                subject(2, 2, 8, 1, 1),
                subject(7, 7, 0, 0, 0),
                subject(3, 2, 6, 3, 0),
                subject(2, 5, 3, 2, 2),
                subject(6, 5, 2, 1, 0),
                subject(0, 2, 2, 3, 7)));

        assertThat(kappa.subjects()).isEqualTo(10);
        assertThat(kappa.observed()).isCloseTo(0.378, within(0.0005));
        assertThat(kappa.expected()).isCloseTo(0.213, within(0.0005));
        assertThat(kappa.kappa()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void completeAgreementInOneCategoryLeavesKappaUndefined() {
        FleissKappa kappa = FleissKappa.of(List.of(Map.of("yes", 4), Map.of("yes", 4, "no", 0), Map.of("yes", 3)));

        assertThat(kappa.observed()).isEqualTo(1.0);
        assertThat(kappa.expected()).isEqualTo(1.0);
        assertThat(kappa.kappa()).isNull();
    }

    @Test
    void completeAgreementAcrossCategoriesIsKappaOne() {
        // P̄ = 1; p = (1/2, 1/2), P_e = 1/2; κ = (1 − 1/2) / (1 − 1/2) = 1
        assertThat(FleissKappa.of(List.of(Map.of("yes", 3), Map.of("no", 3))).kappa()).isEqualTo(1.0);
    }

    @Test
    void subjectsWithFewerRatersCountWithTheirOwnPairs() {
        // subject 1: yes 2, no 1 (n = 3): P_1 = (2·1 + 0) / (3·2) = 1/3
        // subject 2: yes 2 (n = 2, a rater missing): P_2 = 2·1 / (2·1) = 1
        // subject 3: no 1 (n = 1): no pair, left out
        // P̄ = (1/3 + 1) / 2 = 2/3; over the 5 ratings counted p_yes = 4/5, p_no = 1/5, P_e = 16/25 + 1/25 = 17/25
        // κ = (2/3 − 17/25) / (1 − 17/25) = (50/75 − 51/75) / (8/25) = (−1/75) · (25/8) = −1/24
        FleissKappa kappa = FleissKappa.of(List.of(Map.of("yes", 2, "no", 1), Map.of("yes", 2), Map.of("no", 1)));

        assertThat(kappa.subjects()).isEqualTo(2);
        assertThat(kappa.observed()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(kappa.expected()).isCloseTo(17.0 / 25, within(1e-12));
        assertThat(kappa.kappa()).isCloseTo(-1.0 / 24, within(1e-12));
    }

    @Test
    void withoutAnySubjectRatedTwiceThereIsNothingToMeasure() {
        assertThat(FleissKappa.of(List.of(Map.of("yes", 1), Map.of()))).isEqualTo(new FleissKappa(0, null, null, null));
    }
}
