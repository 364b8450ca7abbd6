package org.earshot.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form's field paths, as the validation names them, are the editor's input ids. */
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
    void aFormWidePathIsItsOwnId() {
        assertThat(FieldPaths.inputId("name")).isEqualTo("name");
        assertThat(FieldPaths.inputId("sections")).isEqualTo("sections");
    }
}
