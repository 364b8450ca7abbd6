package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The ledger's organization-wide question totals on the demo's embedded database (the tests of the quality
 * dashboard run them on PostgreSQL): two evaluations count a question, one failing it; the failed one is
 * taken out again (a re-score's or a deletion's first half); then the other, which leaves no row.
 */
class QualityQuestionTotalsOnH2Test {

    private static final Date DAY = Date.valueOf("2026-11-30");

    @Test
    void addsAndTakesOutAQuestionsTallies() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection()) {
            count(db, 1, 1, 0);
            count(db, 1, 0, 0);
            assertThat(totals(db)).isEqualTo("2 asked, 1 failed, 0 not applicable");

            count(db, -1, -1, 0);
            assertThat(totals(db)).isEqualTo("1 asked, 0 failed, 0 not applicable");

            count(db, -1, 0, 0);
            assertThat(totals(db)).as("nothing counts for the question's day any more").isEqualTo("no row");
        }
    }

    /** The ledger's three statements in its order, for question q1 of form 7. */
    private static void count(Connection db, int asked, int failed, int notApplicable) throws SQLException {
        for (String sql : QualityLedger.QUESTION_TOTAL) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                int key = 1;
                if (sql.startsWith("UPDATE")) {
                    statement.setInt(1, asked);
                    statement.setInt(2, failed);
                    statement.setInt(3, notApplicable);
                    key = 4;
                }
                statement.setDate(key, DAY);
                statement.setLong(key + 1, 7);
                statement.setString(key + 2, "q1");
                statement.executeUpdate();
            }
        }
    }

    private static String totals(Connection db) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT asked, failed, not_applicable FROM quality_question_total_day"
                + " WHERE submitted_on = ? AND scorecard_id = 7 AND question_key = 'q1'")) {
            read.setDate(1, DAY);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getInt(1) + " asked, " + row.getInt(2) + " failed, " + row.getInt(3) + " not applicable" : "no row";
            }
        }
    }
}
