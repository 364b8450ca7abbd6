package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The embedded database admits one draft per scorecard, beside any number of published and retired versions. */
class ScorecardSchemaOnH2Test {

    @Test
    void aSecondDraftOfOneScorecardIsRefused() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO scorecard (id, name, created_by, created_at, version) VALUES (1, 'A', 'qa', NOW(), 0),"
                    + " (2, 'B', 'qa', NOW(), 0)");
            s.executeUpdate(version(1, 1, "RETIRED"));
            s.executeUpdate(version(1, 2, "PUBLISHED"));
            s.executeUpdate(version(1, 3, "DRAFT"));
            s.executeUpdate(version(2, 1, "DRAFT"));

            assertThatThrownBy(() -> s.executeUpdate(version(1, 4, "DRAFT"))).isInstanceOf(SQLException.class);
        }
    }

    private static String version(int scorecard, int number, String status) {
        return "INSERT INTO scorecard_version (scorecard_id, number, status, definition, created_by, created_at, updated_by, updated_at,"
                + " published_at, retired_at, version) VALUES (" + scorecard + ", " + number + ", '" + status + "', '{}', 'qa', NOW(), 'qa',"
                + " NOW(), " + (status.equals("DRAFT") ? "NULL" : "NOW()") + ", " + (status.equals("RETIRED") ? "NOW()" : "NULL") + ", 0)";
    }
}
