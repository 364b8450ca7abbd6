package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The schema starts with one organization default, records on demand, and admits no second default. */
class RecordingPolicySchemaOnH2Test {

    private static final String SECOND_DEFAULT = "INSERT INTO recording_policy (queue_id, mode, sample_percent, keep_supervisor_audio,"
            + " retention_days, agents_may_pause, auto_resume_seconds, version) VALUES (NULL, 'ALL', 100, FALSE, 30, TRUE, NULL, 0)";

    @Test
    void oneOrganizationDefaultOnDemand() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet defaults = s.executeQuery("SELECT mode, retention_days, auto_resume_seconds FROM recording_policy"
                    + " WHERE queue_id IS NULL")) {
                assertThat(defaults.next()).isTrue();
                assertThat(defaults.getString(1)).isEqualTo("ON_DEMAND");
                assertThat(defaults.getInt(2)).isEqualTo(90);
                assertThat(defaults.getInt(3)).isEqualTo(120);
                assertThat(defaults.next()).isFalse();
            }
            assertThatThrownBy(() -> s.executeUpdate(SECOND_DEFAULT)).isInstanceOf(SQLException.class);
        }
    }
}
