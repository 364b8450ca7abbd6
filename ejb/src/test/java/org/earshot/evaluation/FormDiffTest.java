package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.evaluation.QuestionBuilder.scale;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.yesNo;

import java.util.List;
import org.earshot.evaluation.FormChange.FieldChange;
import org.earshot.evaluation.FormChange.Kind;
import org.junit.jupiter.api.Test;

/** What changed between two versions, matched by key, as the history and the audit trail show it. */
class FormDiffTest {

    private static final Form BEFORE = new Form("Support call", null, List.of(
            section("opening", 1, yesNo("greeting"), yesNo("verified")),
            section("closing", 1, yesNo("summary"), scale("tone", 1, 5))));

    @Test
    void sameFormsHaveNoDifference() {
        assertThat(FormDiff.between(BEFORE, BEFORE)).isEmpty();
        assertThat(FormDiff.summary(List.of())).isEqualTo("no change");
    }

    @Test
    void addedRemovedChangedAndMovedAreToldApart() {
        Form after = new Form("Support call v2", "Now with empathy", List.of(
                section("closing", 2, yesNo("summary").wording("Did the agent summarise the agreement?"), yesNo("verified")),
                section("opening", 1, yesNo("greeting").weight(2).critical(CriticalLevel.FORM, "NO"), scale("empathy", 1, 5))));

        List<FormChange> changes = FormDiff.between(BEFORE, after);

        assertThat(changes).containsExactly(
                new FormChange(Kind.CHANGED, null, null, List.of(new FieldChange("name", "Support call", "Support call v2"),
                        new FieldChange("description", null, "Now with empathy"),
                        new FieldChange("sectionOrder", "opening, closing", "closing, opening"))),
                new FormChange(Kind.CHANGED, "closing", null, List.of(new FieldChange("weight", "1", "2"))),
                new FormChange(Kind.CHANGED, "opening", "greeting", List.of(new FieldChange("weight", "1", "2"),
                        new FieldChange("critical", "NONE", "FORM"), new FieldChange("failingAnswer", null, "NO"))),
                new FormChange(Kind.CHANGED, "closing", "verified", List.of(new FieldChange("section", "opening", "closing"))),
                new FormChange(Kind.CHANGED, "closing", "summary", List.of(new FieldChange("text", "Question summary?",
                        "Did the agent summarise the agreement?"))),
                new FormChange(Kind.REMOVED, "closing", "tone", List.of()),
                new FormChange(Kind.ADDED, "opening", "empathy", List.of()));
        assertThat(FormDiff.summary(changes)).isEqualTo("form changed (name, description, sectionOrder); section closing changed (weight); "
                + "question greeting changed (weight, critical, failingAnswer); question verified changed (section); "
                + "question summary changed (text); question tone removed; question empathy added");
    }
}
