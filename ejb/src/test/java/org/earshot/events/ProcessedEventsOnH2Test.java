package org.earshot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The consumers' insert-if-absent works on the embedded database as the demo configures it (PostgreSQL: ProcessedEventsIT). */
class ProcessedEventsOnH2Test {

    @Test
    void anEventIsFirstDeliveredOncePerConsumer() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        UUID event = UUID.randomUUID();
        try (Connection c = h2.getConnection()) {
            assertThat(record(c, "recording", event)).as("first delivery").isEqualTo(1);
            assertThat(record(c, "recording", event)).as("redelivery").isZero();
            assertThat(record(c, "coaching", event)).as("another consumer's first delivery").isEqualTo(1);
        }
    }

    private static int record(Connection c, String consumer, UUID event) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(ProcessedEvents.RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, event);
            return insert.executeUpdate();
        }
    }
}
