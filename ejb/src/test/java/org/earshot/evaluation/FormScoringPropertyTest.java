package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.earshot.evaluation.FilledForms.FilledForm;

/**
 * Scoring over arbitrary forms and answers (jqwik): scores stay in range, N/A never changes how the
 * other questions weigh against each other, a failing critical answer always gives the documented
 * result, and the same answers always score the same.
 */
class FormScoringPropertyTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @Provide
    Arbitrary<FilledForm> filledForms() {
        return FilledForms.filledForms();
    }

    @Property(tries = 500)
    void scoresStayBetween0And100(@ForAll("filledForms") FilledForm filled) {
        ScoreReport score = FormScoring.score(filled.form(), filled.answers());

        if (score.total() != null) {
            assertThat(score.total()).isBetween(BigDecimal.ZERO, HUNDRED);
            assertThat(score.total().scale()).isEqualTo(2);
        }
        score.sections().stream().filter(SectionScore::counted)
                .forEach(s -> assertThat(s.score()).isBetween(BigDecimal.ZERO, HUNDRED));
        score.questions().forEach(q -> {
            assertThat(q.points()).isBetween(BigDecimal.ZERO, q.possiblePoints());
            assertThat(q.share()).isBetween(0.0, 1.0);
        });
    }

    @Property(tries = 500)
    void notApplicableNeverChangesTheOtherQuestionsRelativeWeights(@ForAll("filledForms") FilledForm filled,
                                                                   @ForAll @IntRange(min = 0, max = 1000) int pick) {
        List<Question> candidates = FormScoring.score(filled.form(), filled.answers()).questions().stream()
                .filter(q -> q.outcome() == QuestionOutcome.SCORED || q.outcome() == QuestionOutcome.CRITICAL_FAILURE
                        || q.outcome() == QuestionOutcome.AUTO_FAILED)
                .map(q -> filled.form().question(q.key()).orElseThrow()).filter(Question::naAllowed).toList();
        Assume.that(!candidates.isEmpty());
        Question madeNotApplicable = candidates.get(pick % candidates.size());

        ScoreReport before = FormScoring.score(filled.form(), filled.answers());
        ScoreReport after = FormScoring.score(filled.form(), filled.with(madeNotApplicable.key(), Answer.NOT_APPLICABLE).answers());

        List<QuestionScore> countingBoth = before.questions().stream()
                .filter(q -> q.share() > 0 && share(after, q.key()) > 0).toList();
        for (QuestionScore a : countingBoth) {
            for (QuestionScore b : countingBoth) {
                if (a.section().equals(b.section())) {
                    assertThat(a.share() * share(after, b.key())).as(a.key() + " against " + b.key())
                            .isCloseTo(b.share() * share(after, a.key()), within(1e-12));
                }
            }
        }
        List<SectionScore> sectionsBoth = before.sections().stream()
                .filter(s -> s.share() > 0 && sectionShare(after, s.key()) > 0).toList();
        for (SectionScore a : sectionsBoth) {
            for (SectionScore b : sectionsBoth) {
                assertThat(a.share() * sectionShare(after, b.key())).as("section " + a.key() + " against " + b.key())
                        .isCloseTo(b.share() * sectionShare(after, a.key()), within(1e-12));
            }
        }
        assertThat(after.questions().stream().filter(q -> q.key().equals(madeNotApplicable.key())).findFirst().orElseThrow().outcome())
                .isEqualTo(QuestionOutcome.NOT_APPLICABLE);
    }

    @Property(tries = 500)
    void aFailingCriticalAnswerAlwaysGivesTheDocumentedResult(@ForAll("filledForms") FilledForm filled,
                                                              @ForAll @IntRange(min = 0, max = 1000) int pick) {
        ScoreReport unchanged = FormScoring.score(filled.form(), filled.answers());
        List<Question> shownCritical = unchanged.questions().stream().filter(q -> q.outcome() != QuestionOutcome.HIDDEN)
                .map(q -> filled.form().question(q.key()).orElseThrow()).filter(Question::isCritical).toList();
        Assume.that(!shownCritical.isEmpty());
        Question failed = shownCritical.get(pick % shownCritical.size());

        ScoreReport score = FormScoring.score(filled.form(), filled.with(failed.key(), FilledForms.failingAnswer(failed)).answers());

        assertThat(score.autoFailed()).isTrue();
        assertThat(score.autoFails()).extracting(AutoFail::question).contains(failed.key());
        QuestionScore explained = score.questions().stream().filter(q -> q.key().equals(failed.key())).findFirst().orElseThrow();
        assertThat(explained.outcome()).isEqualTo(QuestionOutcome.CRITICAL_FAILURE);
        assertThat(explained.points()).isEqualByComparingTo(BigDecimal.ZERO);
        if (failed.critical().level() == CriticalLevel.FORM) {
            assertThat(score.total()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(score.questions()).allSatisfy(q -> assertThat(q.points()).isEqualByComparingTo(BigDecimal.ZERO));
        } else {
            SectionScore section = score.sections().stream().filter(s -> s.key().equals(explained.section())).findFirst().orElseThrow();
            assertThat(section.counted()).isTrue();
            assertThat(section.score()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(section.autoFailedBy()).isNotNull();
            score.questions().stream().filter(q -> q.section().equals(explained.section()))
                    .forEach(q -> assertThat(q.points()).isEqualByComparingTo(BigDecimal.ZERO));
        }
    }

    @Property(tries = 300)
    void theSameAnswersAlwaysScoreTheSame(@ForAll("filledForms") FilledForm filled) {
        ScoreReport first = FormScoring.score(filled.form(), filled.answers());
        Map<String, Answer> reordered = new TreeMap<String, Answer>((a, b) -> b.compareTo(a));
        reordered.putAll(filled.answers());
        Form stored = FormJson.read(FormJson.write(filled.form()));

        assertThat(FormScoring.score(filled.form(), filled.answers())).isEqualTo(first);
        assertThat(FormScoring.score(filled.form(), reordered)).isEqualTo(first);
        assertThat(FormScoring.score(stored, filled.answers())).as("scored again from the stored JSON").isEqualTo(first);
    }

    private static double share(ScoreReport score, String question) {
        return score.questions().stream().filter(q -> q.key().equals(question)).findFirst().orElseThrow().share();
    }

    private static double sectionShare(ScoreReport score, String section) {
        return score.sections().stream().filter(s -> s.key().equals(section)).findFirst().orElseThrow().share();
    }
}
