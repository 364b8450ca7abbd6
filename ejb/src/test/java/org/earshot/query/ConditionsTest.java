package org.earshot.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionsTest {

    @Test
    void aValueTheFilterLeavesOpenAddsNoConditionAndNoParameter() {
        Conditions where = new Conditions().add("r.deletedAt IS NULL")
                .addIf(null, "r.startedAt >= :from", "from")
                .addIf(42L, "c.queue.id = :queue", "queue");

        assertThat(where.where()).isEqualTo(" WHERE r.deletedAt IS NULL AND c.queue.id = :queue");
    }

    @Test
    void noConditionsMakeNoWhereClause() {
        assertThat(new Conditions().addIf(null, "c.agent.id = :agent", "agent").where()).isEmpty();
    }
}
