package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.testing.EmbeddedDatabase;
import org.earshot.testing.EmbeddedJpa;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The permission review's numbers counted in the demo's embedded database equal those of the findings the review
 * assesses grant by grant: forgotten, idle, moved, fresh and revoked grants, one of them with every reason.
 */
class ReviewTallyOnH2Test {

    private static final int UNREVIEWED_DAYS = 90;
    private static final int UNUSED_DAYS = 60;

    @Test
    void theTallyEqualsTheFindingsForEachReason() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        try (EmbeddedJpa jpa = EmbeddedJpa.on(h2)) {
            Instant now = Instant.now();
            try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
                sql.execute("INSERT INTO site (id, name, time_zone, version) VALUES (1, 'HQ', 'UTC', 0)");
                sql.execute("INSERT INTO team (id, name, site_id, version) VALUES (1, 'A', 1, 0), (2, 'B', 1, 0)");
                String[][] users = {{"1", "forgotten", "1"}, {"2", "idle", "1"}, {"3", "mover", "2"}, {"4", "fresh", "1"}, {"5", "gone", "1"},
                        {"6", "everything", "NULL"}, {"7", "staff", "NULL"}};
                for (String[] user : users) {
                    sql.execute("INSERT INTO app_user (id, username, display_name, password_hash, password_salt, password_iterations, active,"
                            + " team_id, created_at, version) VALUES (" + user[0] + ", '" + user[1] + "', '" + user[1] + "', 'h', 's', 1, TRUE, "
                            + user[2] + ", CURRENT_TIMESTAMP, 0)");
                }
                // user, granted days ago, last used days ago, last reviewed days ago, team when granted, revoked
                grant(sql, 1, 1, now, 200, 1, null, "1", false);
                grant(sql, 2, 2, now, 120, 75, 10, "1", false);
                grant(sql, 3, 3, now, 5, 1, null, "1", false);
                grant(sql, 4, 4, now, 5, 1, null, "1", false);
                grant(sql, 5, 5, now, 300, 200, null, "1", true);
                grant(sql, 6, 6, now, 400, null, null, "2", false);
                grant(sql, 7, 7, now, 30, 2, null, "NULL", false);
                grant(sql, 8, 1, now, 89, 59, null, "1", false);
            }
            jpa.inTransaction(em -> {
                Object[] row = (Object[]) em.createNativeQuery(PermissionReviewService.TALLY)
                        .setParameter("unreviewedBefore", now.minus(Duration.ofDays(UNREVIEWED_DAYS)))
                        .setParameter("unusedBefore", now.minus(Duration.ofDays(UNUSED_DAYS))).getSingleResult();
                List<ReviewFinding> findings = em.createQuery("SELECT g FROM Grant g WHERE g.revokedAt IS NULL", Grant.class).getResultStream()
                        .map(grant -> PermissionReviewService.assess(grant, now, UNREVIEWED_DAYS, UNUSED_DAYS))
                        .filter(finding -> !finding.reasons().isEmpty()).toList();

                assertThat(findings).extracting(finding -> finding.grant().getId()).as("forgotten, idle, moved, everything")
                        .containsExactlyInAnyOrder(1L, 2L, 3L, 6L);
                assertThat(new long[] {number(row[0]), number(row[1]), number(row[2]), number(row[3])}).containsExactly(findings.size(),
                        count(findings, ReviewFinding.Reason.UNREVIEWED), count(findings, ReviewFinding.Reason.UNUSED),
                        count(findings, ReviewFinding.Reason.TEAM_MOVED));
            });
        }
    }

    private static void grant(Statement sql, long id, long user, Instant now, int grantedDays, Integer usedDays, Integer reviewedDays,
                              String team, boolean revoked) throws SQLException {
        sql.execute("INSERT INTO access_grant (id, user_id, role, global_scope, granted_by, granted_at, grantee_team_id, last_used_at,"
                + " last_reviewed_at, revoked_at, version) VALUES (" + id + ", " + user + ", 'SUPERVISOR', FALSE, 'admin', " + ago(now, grantedDays)
                + ", " + team + ", " + ago(now, usedDays) + ", " + ago(now, reviewedDays) + ", " + (revoked ? ago(now, 1) : "NULL") + ", 0)");
    }

    private static String ago(Instant now, Integer days) {
        return days == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + now.minus(Duration.ofDays(days)).toString().replace('T', ' ').replace("Z", "+00") + "'";
    }

    private static long count(List<ReviewFinding> findings, ReviewFinding.Reason reason) {
        return findings.stream().filter(finding -> finding.reasons().contains(reason)).count();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
