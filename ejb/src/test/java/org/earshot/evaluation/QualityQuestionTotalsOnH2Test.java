package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The ledger's organization-wide totals on the demo's embedded database (the tests of the quality dashboard
 * run them on PostgreSQL). A question's: two evaluations count a question, one failing it; the failed one is
 * taken out again (a re-score's or a deletion's first half); then the other, which leaves no row. A form's
 * day: an evaluation scored 62.50 and an auto-failed one at 0 are counted, the first is taken out, then the
 * other, which leaves no row.
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

    @Test
    void addsAndTakesOutAFormsDay() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection()) {
            countDay(db, 1, "62.50", false, 6);
            countDay(db, 1, "0", true, 0);
            assertThat(dayTotals(db)).isEqualTo("2 evaluations, 2 scored, sum 62.50, squares 3906.2500, 1 auto-failed, bands 0: 1 6: 1");

            countDay(db, -1, "62.50", false, 6);
            assertThat(dayTotals(db)).as("the 62.50 taken out, as a re-score does before it adds the new revision")
                    .isEqualTo("1 evaluations, 1 scored, sum 0.00, squares 0.0000, 1 auto-failed, bands 0: 1 6: 0");

            countDay(db, -1, "0", true, 0);
            assertThat(dayTotals(db)).as("no evaluation counts for the form's day any more").isEqualTo("no row");
        }
    }

    /** The ledger's three statements of a form's day in its order, for form 7: one evaluation of {@code score} counted in or out. */
    private static void countDay(Connection db, int sign, String score, boolean autoFailed, int band) throws SQLException {
        BigDecimal total = new BigDecimal(score);
        BigDecimal signed = BigDecimal.valueOf(sign);
        List<Object> key = List.of(DAY, 7L);
        execute(db, QualityLedger.DAY_TOTAL.get(0), key);
        execute(db, QualityLedger.totalUpdate(band, sign), List.of(sign, sign, total.multiply(signed), total.multiply(total).multiply(signed),
                autoFailed ? sign : 0, 0, 0, 0, 0), key);
        execute(db, QualityLedger.DAY_TOTAL.get(1), key);
    }

    private static String dayTotals(Connection db) throws SQLException {
        try (PreparedStatement read = db.prepareStatement("SELECT evaluations, scored, score_sum, score_squares, auto_failed, band_0, band_6"
                + " FROM quality_total_day WHERE submitted_on = ? AND scorecard_id = 7")) {
            read.setDate(1, DAY);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getInt(1) + " evaluations, " + row.getInt(2) + " scored, sum " + row.getBigDecimal(3).toPlainString()
                        + ", squares " + row.getBigDecimal(4).toPlainString() + ", " + row.getInt(5) + " auto-failed, bands 0: " + row.getInt(6)
                        + " 6: " + row.getInt(7) : "no row";
            }
        }
    }

    /** The ledger's three statements in its order, for question q1 of form 7. */
    private static void count(Connection db, int asked, int failed, int notApplicable) throws SQLException {
        List<Object> key = List.of(DAY, 7L, "q1");
        execute(db, QualityLedger.QUESTION_TOTAL.get(0), key);
        execute(db, QualityLedger.QUESTION_TOTAL.get(1), List.of(asked, failed, notApplicable), key);
        execute(db, QualityLedger.QUESTION_TOTAL.get(2), key);
    }

    /** One statement with these values for its parameters, in order. */
    @SafeVarargs
    private static void execute(Connection db, String sql, List<Object>... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int parameter = 1;
            for (List<Object> some : values) {
                for (Object value : some) {
                    statement.setObject(parameter++, value);
                }
            }
            statement.executeUpdate();
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
