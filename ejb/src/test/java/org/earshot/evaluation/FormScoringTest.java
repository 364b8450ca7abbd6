package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.evaluation.QuestionBuilder.choice;
import static org.earshot.evaluation.QuestionBuilder.form;
import static org.earshot.evaluation.QuestionBuilder.option;
import static org.earshot.evaluation.QuestionBuilder.scale;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.text;
import static org.earshot.evaluation.QuestionBuilder.yesNo;
import static org.earshot.evaluation.SignalCondition.Comparison.AT_MOST;
import static org.earshot.evaluation.SignalCondition.Comparison.MORE_THAN;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.earshot.recording.SpeechSignal;
import org.earshot.rules.FieldViolation;
import org.junit.jupiter.api.Test;

/** Scores computed by hand, and how each is explained: N/A, hidden, unanswered, free text, auto-fails, rounding. */
class FormScoringTest {

    /** Opening (weight 1): q1 yes/no (1), q2 scale 1-5 (3). Resolution (weight 3): q3 choice 10/5/0 (1), q4 yes/no with N/A (1). */
    private static final Form FORM = form(
            section("opening", 1, yesNo("q1"), scale("q2", 1, 5).weight(3)),
            section("resolution", 3, choice("q3", option("a", 10), option("b", 5), option("c", 0)), yesNo("q4").naAllowed(), text("notes")));

    @Test
    void weightedSectionsOfWeightedQuestions() {
        ScoreReport score = FormScoring.score(FORM, answers("q1", "YES", "q2", "4", "q3", "b", "q4", "N/A", "notes", "good call"));

        // opening = (1·1 + 3·0.75) / 4 = 0.8125; resolution = 0.5 (q4 is N/A); total = (0.8125 + 3·0.5) / 4 = 0.578125
        assertThat(score.total()).isEqualByComparingTo("57.81");
        assertThat(score.sections()).extracting(SectionScore::score).containsExactly(new BigDecimal("81.25"), new BigDecimal("50.00"));
        assertThat(score.sections()).extracting(SectionScore::share).containsExactly(0.25, 0.75);
        assertThat(score.questions()).extracting(QuestionScore::outcome).containsExactly(QuestionOutcome.SCORED, QuestionOutcome.SCORED,
                QuestionOutcome.SCORED, QuestionOutcome.NOT_APPLICABLE, QuestionOutcome.UNSCORED);
        assertThat(score.questions()).extracting(QuestionScore::possiblePoints).containsExactly(new BigDecimal("6.25"),
                new BigDecimal("18.75"), new BigDecimal("75.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(score.questions()).extracting(QuestionScore::points).containsExactly(new BigDecimal("6.25"),
                new BigDecimal("14.06"), new BigDecimal("37.50"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(score.autoFailed()).isFalse();
        assertThat(score.totalBeforeAutoFail()).isNull();
        assertThat(score.missing()).isEmpty();
    }

    @Test
    void notApplicableLeavesTheDenominatorSoTheOthersWeighMore() {
        ScoreReport answered = FormScoring.score(FORM, answers("q1", "YES", "q2", "5", "q3", "a", "q4", "NO"));
        ScoreReport notApplicable = FormScoring.score(FORM, answers("q1", "YES", "q2", "5", "q3", "a", "q4", "N/A"));

        assertThat(answered.total()).isEqualByComparingTo("62.50");
        assertThat(notApplicable.total()).isEqualByComparingTo("100.00");
        assertThat(notApplicable.questions().get(2).possiblePoints()).isEqualByComparingTo("75.00");
        assertThat(notApplicable.questions().get(3).why()).contains("N/A");
    }

    @Test
    void totalIsRoundedHalfUpToTwoDecimals() {
        Form form = form(section("s", 1, scale("q1", 0, 8), yesNo("q2"), yesNo("q3"), yesNo("q4")));

        // (0.125 + 0 + 0 + 0) / 4 = 0.03125: 3.125 rounds half up to 3.13
        assertThat(FormScoring.score(form, answers("q1", "1", "q2", "NO", "q3", "NO", "q4", "NO")).total()).isEqualByComparingTo("3.13");
    }

    @Test
    void aHiddenQuestionLeavesTheDenominatorWhateverItsAnswer() {
        Form form = form(section("s", 1, yesNo("held"), yesNo("etiquette").shownWhen("held", "YES"), yesNo("closing")));

        ScoreReport score = FormScoring.score(form, answers("held", "NO", "etiquette", "NO", "closing", "YES"));

        // held is answered NO and counts (0); etiquette is hidden though answered; closing 1: (0 + 1) / 2
        assertThat(score.total()).isEqualByComparingTo("50.00");
        assertThat(score.questions().get(1).outcome()).isEqualTo(QuestionOutcome.HIDDEN);
        assertThat(score.questions().get(1).why()).isEqualTo("shown only when held is YES");
    }

    @Test
    void aQuestionDependingOnAHiddenOrNotApplicableOneIsHiddenToo() {
        Form form = form(section("s", 1, yesNo("a").naAllowed(), yesNo("b").shownWhen("a", "YES"), yesNo("c").shownWhen("b", "YES"),
                yesNo("d")));

        ScoreReport afterNo = FormScoring.score(form, answers("a", "NO", "b", "YES", "c", "YES", "d", "YES"));
        ScoreReport afterNotApplicable = FormScoring.score(form, answers("a", "N/A", "d", "YES"));

        assertThat(afterNo.questions()).extracting(QuestionScore::outcome).containsExactly(QuestionOutcome.SCORED,
                QuestionOutcome.HIDDEN, QuestionOutcome.HIDDEN, QuestionOutcome.SCORED);
        assertThat(afterNotApplicable.questions()).extracting(QuestionScore::outcome).containsExactly(QuestionOutcome.NOT_APPLICABLE,
                QuestionOutcome.HIDDEN, QuestionOutcome.HIDDEN, QuestionOutcome.SCORED);
        assertThat(afterNotApplicable.missing()).isEmpty();
    }

    @Test
    void aScaleConditionMatchesTheNumberWhateverItsSpelling() {
        Form form = form(section("s", 1, scale("effort", 1, 5), yesNo("followUp").shownWhen("effort", "2")));

        assertThat(FormScoring.score(form, answers("effort", "02", "followUp", "YES")).questions().get(1).outcome())
                .isEqualTo(QuestionOutcome.SCORED);
    }

    @Test
    void unansweredQuestionsAreReportedMissingAndLeftOutMeanwhile() {
        ScoreReport score = FormScoring.score(FORM, answers("q1", "YES", "q3", "a"));

        assertThat(score.missing()).containsExactly("q2", "q4");
        assertThat(score.isComplete()).isFalse();
        assertThat(score.total()).isEqualByComparingTo("100.00");
        assertThat(score.questions().get(1).outcome()).isEqualTo(QuestionOutcome.UNANSWERED);
    }

    @Test
    void nothingToScoreIsNoTotalRatherThanZero() {
        Form form = form(section("s", 1, yesNo("q1").naAllowed(), text("notes")));

        ScoreReport score = FormScoring.score(form, answers("q1", "N/A", "notes", "nothing to say"));

        assertThat(score.total()).isNull();
        assertThat(score.sections().get(0).counted()).isFalse();
        assertThat(score.sections().get(0).score()).isNull();
    }

    @Test
    void aSectionCriticalFailureZeroesItsSectionAndShowsWhatItHadScored() {
        Form form = form(section("opening", 1, yesNo("verified").critical(CriticalLevel.SECTION, "NO"), yesNo("greeting")),
                section("closing", 1, yesNo("summary")));

        ScoreReport score = FormScoring.score(form, answers("verified", "NO", "greeting", "YES", "summary", "YES"));

        assertThat(score.total()).isEqualByComparingTo("50.00");
        assertThat(score.autoFailed()).isTrue();
        assertThat(score.autoFails()).containsExactly(new AutoFail(CriticalLevel.SECTION, "verified", "opening", "NO"));
        assertThat(score.totalBeforeAutoFail()).isEqualByComparingTo("75.00");
        assertThat(score.sections().get(0).score()).isEqualByComparingTo("0.00");
        assertThat(score.sections().get(0).autoFailedBy()).isEqualTo("verified");
        assertThat(score.sections().get(0).scoreBeforeAutoFail()).isEqualByComparingTo("50.00");
        assertThat(score.questions()).extracting(QuestionScore::outcome).containsExactly(QuestionOutcome.CRITICAL_FAILURE,
                QuestionOutcome.AUTO_FAILED, QuestionOutcome.SCORED);
        assertThat(score.questions().get(1).why()).isEqualTo("its section was auto-failed by verified");
        assertThat(score.questions().get(2).points()).isEqualByComparingTo("50.00");
    }

    @Test
    void aSectionCriticalFailureCountsEvenWhenItWeighsNothingElse() {
        Form form = form(section("compliance", 1, yesNo("disclosure").weight(0).critical(CriticalLevel.SECTION, "NO")),
                section("closing", 1, yesNo("summary")));

        ScoreReport score = FormScoring.score(form, answers("disclosure", "NO", "summary", "YES"));

        assertThat(score.sections().get(0).counted()).isTrue();
        assertThat(score.total()).isEqualByComparingTo("50.00");
    }

    @Test
    void aFormCriticalFailureZeroesTheWholeEvaluation() {
        Form form = form(section("opening", 1, yesNo("verified").critical(CriticalLevel.FORM, "NO"), yesNo("greeting")),
                section("closing", 1, scale("tone", 1, 5).criticalBelow(CriticalLevel.FORM, 2), yesNo("summary")));

        ScoreReport score = FormScoring.score(form, answers("verified", "YES", "greeting", "YES", "tone", "1", "summary", "YES"));

        assertThat(score.total()).isEqualByComparingTo("0.00");
        assertThat(score.autoFails()).containsExactly(new AutoFail(CriticalLevel.FORM, "tone", "closing", "1"));
        assertThat(score.totalBeforeAutoFail()).isEqualByComparingTo("75.00");
        assertThat(score.questions()).extracting(QuestionScore::outcome).containsExactly(QuestionOutcome.AUTO_FAILED,
                QuestionOutcome.AUTO_FAILED, QuestionOutcome.CRITICAL_FAILURE, QuestionOutcome.AUTO_FAILED);
        assertThat(score.questions().get(0).why()).isEqualTo("the form was auto-failed by tone");
        assertThat(score.questions()).extracting(QuestionScore::points).allMatch(p -> p.signum() == 0);
    }

    @Test
    void aCriticalQuestionThatIsHiddenOrNotApplicableFailsNothing() {
        Form form = form(section("s", 1, yesNo("card"), yesNo("pci").naAllowed().shownWhen("card", "YES").critical(CriticalLevel.FORM, "NO"),
                yesNo("verified").naAllowed().critical(CriticalLevel.FORM, "NO")));

        assertThat(FormScoring.score(form, answers("card", "NO", "pci", "NO", "verified", "N/A")).autoFailed()).isFalse();
        assertThat(FormScoring.score(form, answers("card", "YES", "pci", "NO", "verified", "YES")).autoFailed()).isTrue();
    }

    @Test
    void aNoPassingQuestionScoresItsNo() {
        Form form = form(section("s", 1, yesNo("interrupted").passing("NO"), yesNo("greeting")));

        assertThat(FormScoring.score(form, answers("interrupted", "NO", "greeting", "YES")).total()).isEqualByComparingTo("100.00");
        assertThat(FormScoring.score(form, answers("interrupted", "YES", "greeting", "YES")).total()).isEqualByComparingTo("50.00");
    }

    @Test
    void answersThatDoNotFitAreFieldErrorsAndAreNeverScored() {
        Map<String, Answer> wrong = answers("q1", "MAYBE", "q2", "9", "q3", "z", "q9", "YES", "q4", "N/A");
        wrong.put("q1", Answer.NOT_APPLICABLE);

        assertThat(AnswerCheck.problems(FORM, wrong)).extracting(FieldViolation::field)
                .containsExactly("answers/q1", "answers/q2", "answers/q3", "answers/q9");
        assertThat(AnswerCheck.problems(FORM, wrong)).extracting(FieldViolation::message).containsExactly(
                "N/A is not allowed for this question", "Answer a whole number from 1 to 5", "Answer one of a, b, c",
                "The form has no question \"q9\"");
        assertThatThrownBy(() -> FormScoring.score(FORM, wrong)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers/q1");
    }

    @Test
    void speechSignalsProposeAnswersOnlyWhenKnown() {
        Form form = form(section("s", 1,
                yesNo("noLongSilence").proposedFrom(SpeechSignal.SILENCE_LONGEST_MS, AT_MOST, 30_000, "YES", "NO"),
                scale("talkShare", 1, 5).proposedFrom(SpeechSignal.AGENT_TALK_PERCENT, MORE_THAN, 70, "2", null)));

        assertThat(form.proposedAnswers(Map.of(SpeechSignal.SILENCE_LONGEST_MS, 41_000L, SpeechSignal.AGENT_TALK_PERCENT, 80L)))
                .containsExactly(Map.entry("noLongSilence", Answer.of("NO")), Map.entry("talkShare", Answer.of("2")));
        assertThat(form.proposedAnswers(Map.of(SpeechSignal.SILENCE_LONGEST_MS, 30_000L, SpeechSignal.AGENT_TALK_PERCENT, 50L)))
                .containsExactly(Map.entry("noLongSilence", Answer.of("YES")));
        assertThat(form.proposedAnswers(Map.of())).isEmpty();
    }

    /** Answers as key, value pairs; "N/A" is N/A. */
    static Map<String, Answer> answers(String... keysAndValues) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], "N/A".equals(keysAndValues[i + 1]) ? Answer.NOT_APPLICABLE : Answer.of(keysAndValues[i + 1]));
        }
        return answers;
    }
}
