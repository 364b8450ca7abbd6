package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The upsert that gives an agent its state row, and its lock, work on the embedded database as the demo configures it. */
class NewAgentStateOnH2Test {

    @Test
    void agentGetsOneRowLoggedOutAndIdleHoweverOftenItIsAskedFor() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO app_user (id, username, display_name, password_hash, password_salt, password_iterations,"
                    + " active, created_at, version) VALUES (7, 'agent7', 'Agent Seven', 'h', 's', 1, TRUE, CURRENT_TIMESTAMP, 0)");
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement upsert = c.prepareStatement(TelephonyRecorder.NEW_AGENT_STATE)) {
                    upsert.setLong(1, 7);
                    assertThat(upsert.executeUpdate()).as("rows inserted by attempt " + attempt).isEqualTo(attempt == 0 ? 1 : 0);
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(TelephonyRecorder.LOCK_AGENT_STATE)) {
                lock.setLong(1, 7);
                assertThat(lock.executeQuery().next()).as("the row, locked").isTrue();
            }
            c.commit();
            try (ResultSet row = s.executeQuery("SELECT presence, activity, status, since, call_record_id, version FROM agent_state")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("presence")).isEqualTo("LOGGED_OUT");
                assertThat(row.getString("activity")).isEqualTo("IDLE");
                assertThat(row.getString("status")).isEqualTo("IDLE");
                assertThat(row.getTimestamp("since")).isNotNull();
                assertThat(row.getObject("call_record_id")).isNull();
                assertThat(row.getLong("version")).isZero();
                assertThat(row.next()).as("one row").isFalse();
            }
        }
    }
}
