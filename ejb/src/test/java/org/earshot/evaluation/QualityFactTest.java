package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.earshot.evaluation.QualityFact.QuestionTally;
import org.junit.jupiter.api.Test;

class QualityFactTest {

    private static QualityFact scoring(String total) {
        return new QualityFact(1, LocalDate.parse("2026-12-07"), 2, 3, 0, 4, total == null ? null : new BigDecimal(total), false, false,
                false, 0, 0, Map.of());
    }

    @Test
    void scoresFallIntoBandsOfTenWithOneHundredInTheTopBand() {
        assertThat(scoring("0.00").band()).isZero();
        assertThat(scoring("9.99").band()).isZero();
        assertThat(scoring("10.00").band()).isEqualTo(1);
        assertThat(scoring("62.50").band()).isEqualTo(6);
        assertThat(scoring("90.00").band()).isEqualTo(9);
        assertThat(scoring("100.00").band()).isEqualTo(9);
        assertThat(scoring(null).band()).as("nothing to score").isEqualTo(-1);
    }

    @Test
    void questionOutcomesAreKeptInOneColumnSortedAndReadBack() {
        QualityFact fact = new QualityFact(1, LocalDate.parse("2026-12-07"), 2, 3, 0, 4, BigDecimal.TEN, false, false, false, 0, 0,
                Map.of("verified", QuestionTally.FAILED, "apology", QuestionTally.NOT_APPLICABLE, "greeting", QuestionTally.ASKED));
        assertThat(fact.questionOutcomes()).isEqualTo("apology=N;greeting=A;verified=F");
        assertThat(QualityFact.questionOutcomes(fact.questionOutcomes())).isEqualTo(fact.questions());
        assertThat(QualityFact.questionOutcomes("")).isEmpty();
    }

    @Test
    void aQuestionFailsOnACriticalFailureOrWhenItEarnedNothing() {
        assertThat(QuestionTally.of(question(QuestionOutcome.CRITICAL_FAILURE, "25", "0"))).isEqualTo(QuestionTally.FAILED);
        assertThat(QuestionTally.of(question(QuestionOutcome.SCORED, "25", "0"))).isEqualTo(QuestionTally.FAILED);
        assertThat(QuestionTally.of(question(QuestionOutcome.SCORED, "25", "12.5"))).as("partly earned").isEqualTo(QuestionTally.ASKED);
        assertThat(QuestionTally.of(question(QuestionOutcome.SCORED, "0", "0"))).as("weightless").isEqualTo(QuestionTally.ASKED);
        assertThat(QuestionTally.of(question(QuestionOutcome.NOT_APPLICABLE, "0", "0"))).isEqualTo(QuestionTally.NOT_APPLICABLE);
        assertThat(QuestionTally.of(question(QuestionOutcome.AUTO_FAILED, "25", "0"))).as("failed by another").isNull();
        assertThat(QuestionTally.of(question(QuestionOutcome.HIDDEN, "0", "0"))).isNull();
    }

    @Test
    void aFactKeepsTheKeysItWasFirstCountedUnder() {
        QualityFact first = scoring("50.00");
        QualityFact movedTeam = new QualityFact(1, LocalDate.parse("2026-12-09"), 2, 8, 5, 4, new BigDecimal("75.00"), false, true, false,
                0, 1, Map.of());
        QualityFact kept = movedTeam.keyedAs(first);
        assertThat(kept.day()).isEqualTo(first.day());
        assertThat(kept.teamId()).isEqualTo(3);
        assertThat(kept.queueId()).isZero();
        assertThat(kept.total()).isEqualByComparingTo("75.00");
        assertThat(kept.reScored()).isEqualTo(1);
    }

    private static QuestionScore question(QuestionOutcome outcome, String possible, String points) {
        return new QuestionScore("q", "s", null, outcome, 0.25, new BigDecimal(possible), new BigDecimal(points), "why");
    }
}
