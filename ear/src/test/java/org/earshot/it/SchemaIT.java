package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Flyway migrations on PostgreSQL, seen through the application's own datasource and role. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Resource(lookup = "java:jboss/datasources/EarshotDS")
    private DataSource dataSource;

    @Test
    void everyMigrationAppliedSuccessfullyOnPostgresql() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).isTrue();
                applied.add(rs.getString("version"));
            }
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(applied).containsExactly("1", "1.1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.1", "11", "12", "12.1", "13", "14", "14.1", "15", "16", "17", "18", "18.1", "18.2", "19", "19.1", "20", "21", "22", "22.1", "23", "24", "25", "25.1", "25.2", "26", "27", "28", "30", "30.1", "31", "31.1", "32", "33", "33.1");
    }

    @Test
    void aKeptDrawCannotBeChangedOrRemovedOnlyItsPicksEvaluationSetOnce() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long run = idFrom(s, "INSERT INTO sampling_run (plan_id, period_start, period_end, seed, rule_drawn, candidates, drawn_by, drawn_at)"
                    + " SELECT MIN(id), TIMESTAMP WITH TIME ZONE '2001-01-01 00:00Z', TIMESTAMP WITH TIME ZONE '2001-01-08 00:00Z', 42,"
                    + " 'a rule', 1, 'schema-test', NOW() FROM sampling_plan");
            long agent = idFrom(s, "SELECT MIN(id) FROM app_user");
            long pick = idFrom(s, "INSERT INTO sampling_pick (run_id, position, call_id, agent_user_id, reason, explanation, call_rank)"
                    + " VALUES (" + run + ", 0, 'schema-test-call', " + agent + ", 'QUOTA', 'first by rank', '00ff00ff00ff00ff')");
            s.executeUpdate("INSERT INTO sampling_shortfall (run_id, agent_user_id, wanted, picked) VALUES (" + run + ", " + agent + ", 2, 1)");
            long evaluation = idFrom(s, "SELECT MIN(id) FROM evaluation");

            assertThatThrownBy(() -> s.executeUpdate("UPDATE sampling_run SET seed = 43 WHERE id = " + run))
                    .hasMessageContaining("sampling_run is a kept draw: UPDATE refused");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE sampling_pick SET call_rank = '0000000000000000' WHERE id = " + pick))
                    .hasMessageContaining("sampling_pick is a kept draw: UPDATE refused");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE sampling_shortfall SET wanted = 1 WHERE run_id = " + run))
                    .hasMessageContaining("sampling_shortfall is a kept draw: UPDATE refused");
            assertThat(s.executeUpdate("UPDATE sampling_pick SET evaluation_id = " + evaluation + " WHERE id = " + pick)).isOne();
            assertThatThrownBy(() -> s.executeUpdate("UPDATE sampling_pick SET evaluation_id = NULL WHERE id = " + pick))
                    .hasMessageContaining("sampling_pick is a kept draw: UPDATE refused");
            for (String table : new String[] {"sampling_shortfall", "sampling_pick", "sampling_run"}) {
                String key = table.equals("sampling_run") ? "id" : "run_id";
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table + " WHERE " + key + " = " + run))
                        .hasMessageContaining(table + " is a kept draw: DELETE refused");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE " + table + " CASCADE"))
                        .hasMessageContaining("is a kept draw: TRUNCATE refused");
            }
        }
    }

    /** The id an INSERT made (its RETURNING id), or the one a SELECT finds. */
    private static long idFrom(Statement s, String sql) throws SQLException {
        String query = sql.startsWith("INSERT") ? sql + " RETURNING id" : sql;
        try (ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).as(sql).isTrue();
            assertThat(rs.getObject(1)).as(sql).isNotNull();
            return rs.getLong(1);
        }
    }

    @Test
    void applicationRoleCannotUpdateOrDeleteAuditEntriesOrTheirLinks() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                rs.next();
                assertThat(rs.getLong(1)).as("demo seeding is audited").isPositive();
            }
            for (String table : new String[] {"audit_entry", "audit_link"}) {
                String key = table.equals("audit_entry") ? "id" : "seq";
                assertThatThrownBy(() -> s.executeUpdate("UPDATE " + table + " SET " + key + " = 0 WHERE " + key + " = 1"))
                        .hasMessageContaining(table + " is append-only");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table + " WHERE " + key + " = 1"))
                        .hasMessageContaining(table + " is append-only");
                // CASCADE, since links point at entries; whichever table's trigger fires first refuses.
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE " + table + " CASCADE"))
                        .hasMessageContaining("is append-only: TRUNCATE refused");
            }
            // Only a superuser may switch triggers off for a session; the application's role is not one.
            assertThatThrownBy(() -> s.execute("SET session_replication_role = replica"))
                    .hasMessageContaining("permission denied");
        }
    }
}
