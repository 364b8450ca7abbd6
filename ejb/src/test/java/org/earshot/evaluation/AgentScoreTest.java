package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentScoreTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theChangeIsTheLatestScoreLessTheOneBefore() {
        assertThat(score("87.50", "62.50").change()).isEqualByComparingTo("25.00");
        assertThat(score("50.00", "75.25").change()).isEqualByComparingTo("-25.25");
    }

    @Test
    void aFirstScoreHasNoChange() {
        assertThat(score("87.50", null).change()).isNull();
    }

    private static AgentScore score(String latest, String previous) {
        return new AgentScore(1, "agent1", "Billing", new BigDecimal(latest), previous == null ? null : new BigDecimal(previous),
                previous == null ? 1 : 2, AT);
    }
}
