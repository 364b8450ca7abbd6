package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.yesNo;

import java.time.Instant;
import java.util.List;
import org.earshot.testing.Fields;
import org.junit.jupiter.api.Test;

/** A scorecard's versions: one draft at a time, publishing retires the previous version, and a published form never changes. */
class ScorecardTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Form FIRST = new Form("Support call", null, List.of(section("s", 1, yesNo("greeting"))));
    private static final Form SECOND = new Form("Support call (2027)", null, List.of(section("s", 1, yesNo("greeting"), yesNo("closing"))));

    @Test
    void aNewScorecardIsADraftOfItsForm() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);

        assertThat(scorecard.draft()).hasValueSatisfying(d -> assertThat(d.getNumber()).isEqualTo(1));
        assertThat(scorecard.published()).isEmpty();
        assertThat(scorecard.version(1).form()).isEqualTo(FIRST);
        assertThat(scorecard.getName()).isEqualTo("Support call");
        assertThat(scorecard.view().draftVersion()).isEqualTo(1);
        assertThat(scorecard.view().publishedVersion()).isNull();
    }

    @Test
    void aPublishedVersionCannotBeEditedOnlyCopiedIntoANewDraft() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);
        scorecard.publish(1, "qa", NOW);

        assertThatThrownBy(() -> scorecard.saveDraft(1, SECOND, "qa", NOW)).isInstanceOfSatisfying(ScorecardException.class,
                e -> assertThat(e.isConflict()).isTrue());
        assertThat(scorecard.version(1).form()).isEqualTo(FIRST);

        ScorecardVersion draft = scorecard.newDraftFrom(1, "sup.billing", NOW.plusSeconds(60));
        scorecard.saveDraft(2, SECOND, "sup.billing", NOW.plusSeconds(90));

        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(draft.view().basedOn()).isEqualTo(1);
        assertThat(draft.form()).isEqualTo(SECOND);
        assertThat(scorecard.version(1).form()).isEqualTo(FIRST);
        assertThat(scorecard.getName()).isEqualTo("Support call (2027)");
    }

    @Test
    void thereIsAtMostOneDraft() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);

        assertThatThrownBy(() -> scorecard.newDraftFrom(1, "qa", NOW)).isInstanceOfSatisfying(ScorecardException.class, e -> {
            assertThat(e.isConflict()).isTrue();
            assertThat(e.getMessage()).isEqualTo("Version 1 is a draft already: edit it, or publish it first");
        });
    }

    @Test
    void publishingADraftRetiresThePreviouslyPublishedVersion() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);
        assertThat(scorecard.publish(1, "qa", NOW)).isEmpty();
        scorecard.newDraftFrom(1, "qa", NOW);

        assertThat(scorecard.publish(2, "qa", NOW.plusSeconds(60))).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(1));

        assertThat(scorecard.versions()).extracting(ScorecardVersion::getStatus).containsExactly(VersionStatus.RETIRED, VersionStatus.PUBLISHED);
        assertThat(scorecard.version(1).view().retiredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(scorecard.published()).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(2));
    }

    @Test
    void onlyTheDraftIsPublishedAndOnlyThePublishedVersionRetired() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);

        assertThatThrownBy(() -> scorecard.retire(1, "qa", NOW)).isInstanceOf(ScorecardException.class);
        scorecard.publish(1, "qa", NOW);
        assertThatThrownBy(() -> scorecard.publish(1, "qa", NOW)).isInstanceOf(ScorecardException.class);
        scorecard.retire(1, "qa", NOW);
        assertThat(scorecard.published()).isEmpty();
        assertThatThrownBy(() -> scorecard.retire(1, "qa", NOW)).isInstanceOf(ScorecardException.class);
        assertThatThrownBy(() -> scorecard.publish(1, "qa", NOW)).isInstanceOf(ScorecardException.class);
        assertThatThrownBy(() -> scorecard.version(7)).hasMessage("Scorecard null has no version 7");
    }

    @Test
    void aVersionLoadedPublishedRefusesToBeWrittenWithAnotherForm() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);
        scorecard.publish(1, "qa", NOW);
        ScorecardVersion published = scorecard.version(1);
        published.remember(); // as when loaded from the database

        Fields.set(published, "definition", FormJson.write(SECOND));

        assertThatThrownBy(published::refuseChangedPublishedForm).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its form is immutable");
    }

    @Test
    void aDraftLoadedFromTheDatabaseMayBeWrittenWithItsNewForm() {
        Scorecard scorecard = new Scorecard(FIRST, "qa", NOW);
        ScorecardVersion draft = scorecard.version(1);
        draft.remember();

        scorecard.saveDraft(1, SECOND, "qa", NOW);
        scorecard.publish(1, "qa", NOW);

        draft.refuseChangedPublishedForm();
        assertThat(draft.form()).isEqualTo(SECOND);
    }
}
