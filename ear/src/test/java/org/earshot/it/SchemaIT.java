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
        assertThat(applied).containsExactly("1", "1.1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.1", "11", "12", "12.1", "13", "14", "14.1", "15", "16", "17", "18", "19", "19.1");
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
