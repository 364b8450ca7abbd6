package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hold names a matter, says why, keeps what its scope matches, and is released once, with a reason. */
class LegalHoldTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final HoldScope agentAnn = new HoldScope(null, null, "ann", null, null, null);

    @Test
    void aScopeWithoutAnyCriterionIsRefused() {
        assertThatThrownBy(() -> new HoldScope(null, " ", "", null, null, null))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.getField()).isEqualTo("scope"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new HoldScope(null, null, null, null, NOW, NOW.minusSeconds(1)))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.getField()).isEqualTo("to"));
    }

    @Test
    void theCallerNumberIsKeptAsCallRecordsKeepIt() {
        assertThat(new HoldScope(null, null, null, "+351 912-345-678", null, null).callerNumber()).isEqualTo("+351912345678");
    }

    @Test
    void theScopeReadsAsItsCriteria() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(new HoldScope(id, null, "ann", null, NOW, null).described())
                .isEqualTo("recording 00000000-0000-0000-0000-000000000001, agent ann, from 2026-12-01T10:00:00Z");
    }

    @Test
    void aHoldNeedsANameAndAReason() {
        assertThatThrownBy(() -> new LegalHold(" ", "litigation", agentAnn, "compliance", NOW))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.getField()).isEqualTo("name"));
        assertThatThrownBy(() -> new LegalHold("Smith v. Acme", null, agentAnn, "compliance", NOW))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
    }

    @Test
    void releasedOnceWithAReason() {
        LegalHold hold = new LegalHold("Smith v. Acme", "litigation", agentAnn, "compliance", NOW);
        assertThat(hold.isActive()).isTrue();

        assertThatThrownBy(() -> hold.release("  ", "compliance", NOW)).isInstanceOfSatisfying(GovernanceException.class,
                e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThat(hold.isActive()).as("a refused release changes nothing").isTrue();

        hold.release("settled", "compliance", NOW.plusSeconds(60));
        assertThat(hold.isActive()).isFalse();
        assertThat(hold.view(0).releaseReason()).isEqualTo("settled");
        assertThatThrownBy(() -> hold.release("again", "compliance", NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isConflict()).isTrue());
    }
}
