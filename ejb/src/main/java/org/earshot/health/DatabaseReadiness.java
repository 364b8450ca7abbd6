package org.earshot.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when EarshotDS answers a trivial query within a few seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/EarshotDS")
    private DataSource earshotDs;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = earshotDs.getConnection(); Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            query.execute("SELECT 1");
            return HealthCheckResponse.named("database").up().withData("datasource", "EarshotDS").build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("datasource", "EarshotDS")
                    .withData("error", e.getMessage()).build();
        }
    }
}
