package org.earshot.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form's field paths, as the validation names them, are the editor's input ids; an evaluation's answers, its questions'. */
class FieldPathsTest {

    @Test
    void aPathIntoTheRepeatsIsTheInputsClientId() {
        assertThat(FieldPaths.inputId("sections/1/questions/3/weight")).isEqualTo("sections:1:questions:3:weight");
        assertThat(FieldPaths.inputId("sections/0/questions/2/choices/1/value")).isEqualTo("sections:0:questions:2:choices:1:value");
    }

    @Test
    void theSegmentsAfterTheLastIndexAreOneCamelCaseId() {
        assertThat(FieldPaths.inputId("sections/0/questions/0/scale/max")).isEqualTo("sections:0:questions:0:scaleMax");
        assertThat(FieldPaths.inputId("sections/0/questions/0/shownWhen/question")).isEqualTo("sections:0:questions:0:shownWhenQuestion");
    }

    @Test
    void anEvaluationsAnswerIsTheInputAtItsQuestionsPlaceInTheForm() {
        var answers = FieldPaths.answersOf(AnswerOptionsTest.FORM);
        assertThat(FieldPaths.inputId(answers.apply("answers/outcome"))).isEqualTo("sections:1:questions:0:answer");
        assertThat(FieldPaths.inputId(answers.apply("answers/late"))).isEqualTo("sections:0:questions:1:answer");
        assertThat(answers.apply("answers/unknown")).as("no such question: left as named").isEqualTo("answers/unknown");
        assertThat(answers.apply("reason")).isEqualTo("reason");
    }

    @Test
    void aFormWidePathIsItsOwnId() {
        assertThat(FieldPaths.inputId("name")).isEqualTo("name");
        assertThat(FieldPaths.inputId("sections")).isEqualTo("sections");
    }
}
