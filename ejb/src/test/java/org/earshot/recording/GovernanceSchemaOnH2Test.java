package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema itself refuses a hold that keeps everything, a release without a reason, and a finding found twice. */
class GovernanceSchemaOnH2Test {

    private static final String HOLD = "INSERT INTO legal_hold (name, reason, agent_username, created_by, created_at, version)"
            + " VALUES ('Matter', 'why', %s, 'compliance', CURRENT_TIMESTAMP, 0)";
    private static final String FINDING = "INSERT INTO recording_finding (kind, subject, call_id, detail, found_at)"
            + " VALUES ('MISSING', 'call-1', 'call-1', 'no recording', CURRENT_TIMESTAMP)";

    private Connection db;

    @BeforeEach
    void migrated() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        db = h2.getConnection();
    }

    @Test
    void aHoldNeedsAScope() throws SQLException {
        try (Statement s = db.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(HOLD.formatted("NULL"))).isInstanceOf(SQLException.class);
            assertThatCode(() -> s.executeUpdate(HOLD.formatted("'ann'"))).doesNotThrowAnyException();
        }
    }

    @Test
    void aReleaseNeedsAReason() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(HOLD.formatted("'ann'"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE legal_hold SET released_at = CURRENT_TIMESTAMP, released_by = 'c'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aFindingIsKeptOncePerKindAndSubject() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(FINDING);
            assertThatThrownBy(() -> s.executeUpdate(FINDING)).isInstanceOf(SQLException.class);
            assertThatCode(() -> s.executeUpdate(FINDING.replace("'MISSING'", "'STUCK'"))).doesNotThrowAnyException();
        }
    }
}
