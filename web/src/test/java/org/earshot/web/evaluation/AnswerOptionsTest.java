package org.earshot.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.Choice;
import org.earshot.evaluation.Condition;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormSection;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionType;
import org.earshot.evaluation.ScaleRange;
import org.junit.jupiter.api.Test;

/** The answers a page offers for each type of question, and the text a page holds them as. */
class AnswerOptionsTest {

    static final Form FORM = new Form("Options", null, List.of(
            new FormSection("opening", "Opening", 1, List.of(
                    question("greeting", QuestionType.YES_NO, false, null, List.of(), null),
                    question("late", QuestionType.YES_NO, true, null, List.of(), new Condition("greeting", "NO")),
                    question("tone", QuestionType.SCALE, true, new ScaleRange(1, 4), List.of(), null))),
            new FormSection("resolution", "Resolution", 1, List.of(
                    question("outcome", QuestionType.CHOICE, false, null,
                            List.of(new Choice("resolved", "Resolved", 10, false), new Choice("no", "Not resolved", 0, false)), null),
                    question("notes", QuestionType.TEXT, false, null, List.of(), null)))));

    private final AnswerOptions options = new AnswerOptions();

    @Test
    void eachTypeOffersItsValuesAndNotApplicableOnlyWhereAllowed() {
        assertThat(options.options(question("greeting"))).containsExactly("YES", "NO");
        assertThat(options.options(question("late"))).containsExactly("YES", "NO", "N/A");
        assertThat(options.options(question("tone"))).containsExactly("1", "2", "3", "4", "N/A");
        assertThat(options.options(question("outcome"))).containsExactly("resolved", "no");
        assertThat(options.options(question("notes"))).isEmpty();
    }

    @Test
    void aChoiceIsShownByItsLabelAndOtherAnswersAsTheyAre() {
        assertThat(options.label(question("outcome"), "no")).isEqualTo("Not resolved");
        assertThat(options.label(question("tone"), "3")).isEqualTo("3");
    }

    @Test
    void blankTextsAreUnansweredAndNotApplicableIsNoValue() {
        Map<String, Answer> answers = AnswerOptions.answers(FORM.questions(),
                Map.of("greeting", "NO", "late", "N/A", "tone", "", "notes", "Kind", "gone", "YES"));
        assertThat(answers).containsExactly(Map.entry("greeting", Answer.of("NO")), Map.entry("late", Answer.NOT_APPLICABLE),
                Map.entry("notes", Answer.of("Kind")));
        assertThat(AnswerOptions.texts(answers)).isEqualTo(Map.of("greeting", "NO", "late", "N/A", "notes", "Kind"));
    }

    @Test
    void aSampleAnswerTheEditedQuestionNoLongerTakesIsLeftOut() {
        Map<String, String> given = Map.of("greeting", "YES", "late", "N/A", "tone", "4", "outcome", "escalated", "notes", "Kind");
        Form edited = new Form("Options", null, List.of(new FormSection("opening", "Opening", 1, List.of(
                question("greeting", QuestionType.YES_NO, false, null, List.of(), null),
                question("late", QuestionType.YES_NO, false, null, List.of(), new Condition("greeting", "NO")),
                question("tone", QuestionType.SCALE, true, new ScaleRange(1, 3), List.of(), null),
                question("outcome", QuestionType.CHOICE, false, null,
                        List.of(new Choice("resolved", "Resolved", 10, false), new Choice("no", "Not resolved", 0, false)), null),
                question("notes", QuestionType.TEXT, false, null, List.of(), null)))));

        assertThat(AnswerOptions.answersTaken(edited.questions(), given))
                .containsExactly(Map.entry("greeting", Answer.of("YES")), Map.entry("notes", Answer.of("Kind")));
        assertThat(AnswerOptions.answersTaken(FORM.questions(), given)).containsExactly(Map.entry("greeting", Answer.of("YES")),
                Map.entry("late", Answer.NOT_APPLICABLE), Map.entry("tone", Answer.of("4")), Map.entry("notes", Answer.of("Kind")));
    }

    private static Question question(String key) {
        return FORM.question(key).orElseThrow();
    }

    private static Question question(String key, QuestionType type, boolean naAllowed, ScaleRange scale, List<Choice> choices,
                                     Condition shownWhen) {
        return new Question(key, type, key + "?", null, 1, naAllowed, scale, choices, null, null, shownWhen, null);
    }
}
