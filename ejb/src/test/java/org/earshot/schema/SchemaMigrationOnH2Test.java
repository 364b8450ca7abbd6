package org.earshot.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.earshot.testing.EmbeddedDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations run on the embedded database exactly as the demo server configures it. */
class SchemaMigrationOnH2Test {

    @Test
    void migratesAnEmptyH2DatabaseInPostgresqlModeAndSeedsTheAuditChainHead() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();

        MigrateResult result = new SchemaMigration(h2).migrate();

        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isEqualTo("33");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet head = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            assertThat(head.next()).isTrue();
            assertThat(head.getLong(1)).isZero();
            assertThat(head.getString(2)).isEqualTo("0".repeat(64));
        }
        assertThat(new SchemaMigration(h2).migrate().migrationsExecuted).as("a second run has nothing to do").isZero();
    }
}
