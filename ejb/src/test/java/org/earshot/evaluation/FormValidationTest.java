package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.evaluation.QuestionBuilder.choice;
import static org.earshot.evaluation.QuestionBuilder.failingOption;
import static org.earshot.evaluation.QuestionBuilder.form;
import static org.earshot.evaluation.QuestionBuilder.option;
import static org.earshot.evaluation.QuestionBuilder.scale;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.text;
import static org.earshot.evaluation.QuestionBuilder.yesNo;
import static org.earshot.evaluation.SignalCondition.Comparison.AT_MOST;
import static org.earshot.evaluation.SignalCondition.Comparison.LESS_THAN;
import static org.earshot.evaluation.SignalCondition.Comparison.MORE_THAN;

import java.util.List;
import java.util.stream.Stream;
import org.earshot.recording.SpeechSignal;
import org.earshot.rules.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way a form cannot be scored is refused with one error, on the field at fault; a sound form has none. */
class FormValidationTest {

    static Stream<Arguments> badForms() {
        return Stream.of(
                bad("a negative question weight", "sections/0/questions/1/weight",
                        form(section("s1", 1, yesNo("q1"), yesNo("q2").weight(-1)))),
                bad("a negative section weight", "sections/1/weight",
                        form(section("s1", 1, yesNo("q1")), section("s2", -2, yesNo("q2")))),
                bad("a weight that is no number", "sections/0/questions/0/weight",
                        form(section("s1", 1, yesNo("q1").weight(Double.NaN), yesNo("q2")))),
                bad("a weight above 1000", "sections/0/weight", form(section("s1", 1001, yesNo("q1")))),
                bad("a section's scored question weights summing to 0", "sections/0/questions",
                        form(section("s1", 1, yesNo("q1").weight(0), scale("q2", 1, 5).weight(0), text("notes")))),
                bad("the section weights summing to 0", "sections",
                        form(section("s1", 0, yesNo("q1")), section("s2", 0, yesNo("q2")))),
                bad("a critical yes/no question with no failing answer", "sections/0/questions/0/failingAnswer",
                        form(section("s1", 1, yesNo("q1").critical(CriticalLevel.FORM)))),
                bad("a critical yes/no question failing on its passing answer", "sections/0/questions/0/failingAnswer",
                        form(section("s1", 1, yesNo("q1").critical(CriticalLevel.SECTION, "YES")))),
                bad("a critical scale with no value to fail below", "sections/0/questions/0/failBelow",
                        form(section("s1", 1, scale("q1", 1, 5).critical(CriticalLevel.FORM)))),
                bad("a critical scale failing below its minimum: nothing fails", "sections/0/questions/0/failBelow",
                        form(section("s1", 1, scale("q1", 1, 5).criticalBelow(CriticalLevel.FORM, 1)))),
                bad("a critical scale failing below a value above its maximum: everything fails", "sections/0/questions/0/failBelow",
                        form(section("s1", 1, scale("q1", 1, 5).criticalBelow(CriticalLevel.FORM, 6)))),
                bad("a critical choice with no failing choice", "sections/0/questions/0/choices",
                        form(section("s1", 1, choice("q1", option("a", 1), option("b", 0)).critical(CriticalLevel.SECTION)))),
                bad("a critical choice where every choice fails", "sections/0/questions/0/choices",
                        form(section("s1", 1, choice("q1", failingOption("a", 1), failingOption("b", 0)).critical(CriticalLevel.SECTION)))),
                bad("a failing choice on a question that is not critical", "sections/0/questions/0/choices/1/failing",
                        form(section("s1", 1, choice("q1", option("a", 1), failingOption("b", 0))))),
                bad("a failing answer on a question that is not critical", "sections/0/questions/0/failingAnswer",
                        form(section("s1", 1, yesNo("q1").critical(CriticalLevel.NONE, "NO")))),
                bad("a critical free-text question", "sections/0/questions/1/critical",
                        form(section("s1", 1, yesNo("q1"), text("notes").critical(CriticalLevel.FORM)))),
                bad("a condition on a later question", "sections/0/questions/0/shownWhen/question",
                        form(section("s1", 1, yesNo("q1").shownWhen("q2", "YES")), section("s2", 1, yesNo("q2")))),
                bad("a condition on an unknown question", "sections/0/questions/1/shownWhen/question",
                        form(section("s1", 1, yesNo("q1"), yesNo("q2").shownWhen("q9", "YES")))),
                bad("a condition on the question itself", "sections/0/questions/1/shownWhen/question",
                        form(section("s1", 1, yesNo("q1"), yesNo("q2").shownWhen("q2", "YES")))),
                bad("a condition on a free-text answer", "sections/0/questions/1/shownWhen/question",
                        form(section("s1", 1, text("notes"), yesNo("q2").shownWhen("notes", "late")))),
                bad("a condition on an answer a yes/no question cannot take", "sections/0/questions/1/shownWhen/equals",
                        form(section("s1", 1, yesNo("q1"), yesNo("q2").shownWhen("q1", "MAYBE")))),
                bad("a condition on a value outside the scale", "sections/0/questions/1/shownWhen/equals",
                        form(section("s1", 1, scale("q1", 1, 5), yesNo("q2").shownWhen("q1", "9")))),
                bad("a condition on a choice the question does not have", "sections/0/questions/1/shownWhen/equals",
                        form(section("s1", 1, choice("q1", option("a", 1), option("b", 0)), yesNo("q2").shownWhen("q1", "c")))),
                bad("a cycle of conditions: the one pointing forward", "sections/0/questions/0/shownWhen/question",
                        form(section("s1", 1, yesNo("q1").shownWhen("q2", "YES"), yesNo("q2").shownWhen("q1", "YES")))),
                bad("a question key used twice, in different sections", "sections/1/questions/0/key",
                        form(section("s1", 1, yesNo("q1")), section("s2", 1, yesNo("q1")))),
                bad("a section key used twice", "sections/1/key",
                        form(section("s1", 1, yesNo("q1")), section("s1", 1, yesNo("q2")))),
                bad("a key that is not a key", "sections/0/questions/0/key", form(section("s1", 1, yesNo("1 bad")))),
                bad("a scale whose minimum is not below its maximum", "sections/0/questions/0/scale/max",
                        form(section("s1", 1, scale("q1", 5, 5)))),
                bad("a scale of more than 101 points", "sections/0/questions/0/scale/max",
                        form(section("s1", 1, scale("q1", 0, 101)))),
                bad("a scale without its range", "sections/0/questions/0/scale",
                        form(new FormSection("s1", "S", 1, List.of(new Question("q1", QuestionType.SCALE, "How?", null, 1, false, null,
                                List.of(), null, null, null, null))))),
                bad("a range on a question that is no scale", "sections/0/questions/0/scale",
                        form(new FormSection("s1", "S", 1, List.of(new Question("q1", QuestionType.YES_NO, "Did?", null, 1, false,
                                new ScaleRange(1, 5), List.of(), null, null, null, null))))),
                bad("a choice question with one choice", "sections/0/questions/0/choices",
                        form(section("s1", 1, choice("q1", option("a", 1))))),
                bad("a choice value used twice", "sections/0/questions/0/choices/1/value",
                        form(section("s1", 1, choice("q1", option("a", 1), option("a", 0))))),
                bad("an empty choice value", "sections/0/questions/0/choices/0/value",
                        form(section("s1", 1, choice("q1", option(" ", 1), option("b", 0))))),
                bad("choices that all give nothing", "sections/0/questions/0/choices",
                        form(section("s1", 1, choice("q1", option("a", 0), option("b", 0))))),
                bad("a passing answer that is neither YES nor NO", "sections/0/questions/0/passingAnswer",
                        form(section("s1", 1, yesNo("q1").passing("PERHAPS")))),
                bad("a pre-answer proposing what the question cannot take", "sections/0/questions/0/preAnswer/whenTrue",
                        form(section("s1", 1, scale("q1", 1, 5).proposedFrom(SpeechSignal.OVERTALK_COUNT, LESS_THAN, 3, "7", "1")))),
                bad("a pre-answer on free text", "sections/0/questions/1/preAnswer",
                        form(section("s1", 1, yesNo("q1"), text("notes").proposedFrom(SpeechSignal.HOLD_MS, MORE_THAN, 0, "held", null)))),
                bad("a form with no name", "name", new Form(" ", null, List.of(section("s1", 1, yesNo("q1"))))),
                bad("a question with no text", "sections/0/questions/0/text", form(section("s1", 1, yesNo("q1").wording(""))))
        );
    }

    private static Arguments bad(String what, String field, Form form) {
        return Arguments.of(what, field, form);
    }

    @ParameterizedTest(name = "{0} is an error on {1}")
    @MethodSource("badForms")
    void badFormIsRefusedOnItsField(String what, String field, Form form) {
        assertThat(FormValidation.ofDraft(form)).extracting(FieldViolation::field).containsExactly(field);
        assertThat(FormValidation.ofDraft(form).get(0).message()).isNotBlank();
    }

    @Test
    void soundFormHasNoFault() {
        Form form = form(
                section("opening", 1, yesNo("greeting"), yesNo("verified").critical(CriticalLevel.FORM, "NO"),
                        yesNo("interrupted").passing("NO").critical(CriticalLevel.SECTION, "YES")),
                section("resolution", 2, choice("outcome", option("full", 10), option("partial", 5), failingOption("none", 0))
                                .critical(CriticalLevel.SECTION),
                        scale("effort", 1, 5).criticalBelow(CriticalLevel.FORM, 2).shownWhen("outcome", "partial"),
                        yesNo("silence").proposedFrom(SpeechSignal.SILENCE_LONGEST_MS, AT_MOST, 30_000, "YES", null),
                        text("notes")));

        assertThat(FormValidation.ofPublished(form)).isEmpty();
    }

    @Test
    void draftMayLackSectionsAndQuestionsButAPublishedFormMayNot() {
        Form empty = new Form("New form", null, List.of());
        Form emptySection = form(new FormSection("s1", "Section", 1, List.of()));
        Form notesOnly = form(section("s1", 1, text("notes")));

        assertThat(FormValidation.ofDraft(empty)).isEmpty();
        assertThat(FormValidation.ofDraft(emptySection)).isEmpty();
        assertThat(FormValidation.ofDraft(notesOnly)).isEmpty();
        assertThat(FormValidation.ofPublished(empty)).extracting(FieldViolation::field).containsExactly("sections");
        assertThat(FormValidation.ofPublished(emptySection)).extracting(FieldViolation::field).containsExactly("sections/0/questions", "sections");
        assertThat(FormValidation.ofPublished(notesOnly)).extracting(FieldViolation::field).containsExactly("sections");
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        Form form = form(section("s1", -1, yesNo("q1").weight(-1), yesNo("q1")));

        assertThat(FormValidation.ofDraft(form)).extracting(FieldViolation::field)
                .containsExactly("sections/0/weight", "sections/0/questions/0/weight", "sections/0/questions/1/key");
    }
}
