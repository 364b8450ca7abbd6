package org.earshot.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * An alert, not a gate: the reconciliation's findings of the last day by kind, and the recordings
 * stopped in the last day by a failed write (a full disk). Always UP, because neither makes the
 * server less able to take calls, and a DOWN readiness would take it out of its load balancer; the
 * data carries {@code alert: true} for monitoring to page on. (SmallRye's {@code @Wellness} group
 * would suit it better but is not part of the MicroProfile Health API the server gives
 * applications.) It reads the tables itself: this library cannot see into the EJB module.
 */
@Readiness
@ApplicationScoped
public class RecordingCompletenessReadiness implements HealthCheck {

    static final String NAME = "recording-completeness";
    private static final Duration WINDOW = Duration.ofDays(1);
    // A server that stops ends its recordings incomplete too; those are not write failures.
    private static final String WRITE_FAILURES = "SELECT COUNT(*), MAX(ended_at) FROM recording WHERE status = 'INCOMPLETE'"
            + " AND ended_at >= ? AND incomplete_reason NOT IN ('server stopping', 'server stopped while recording')";
    private static final String FINDINGS = "SELECT kind, COUNT(*) FROM recording_finding WHERE found_at >= ? GROUP BY kind ORDER BY kind";

    @Resource(lookup = "java:jboss/datasources/EarshotDS")
    private DataSource earshotDs;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        Timestamp since = Timestamp.from(Instant.now().minus(WINDOW));
        try (Connection connection = earshotDs.getConnection()) {
            long findings = 0;
            try (PreparedStatement query = connection.prepareStatement(FINDINGS)) {
                query.setTimestamp(1, since);
                ResultSet rows = query.executeQuery();
                while (rows.next()) {
                    response.withData("findings." + rows.getString(1), rows.getLong(2));
                    findings += rows.getLong(2);
                }
            }
            long writeFailures;
            try (PreparedStatement query = connection.prepareStatement(WRITE_FAILURES)) {
                query.setTimestamp(1, since);
                ResultSet row = query.executeQuery();
                row.next();
                writeFailures = row.getLong(1);
                if (writeFailures > 0) {
                    response.withData("lastWriteFailureAt", row.getTimestamp(2).toInstant().toString());
                }
            }
            return response.withData("findingsLastDay", findings).withData("writeFailuresLastDay", writeFailures)
                    .withData("alert", findings > 0 || writeFailures > 0).build();
        } catch (SQLException e) {
            // The database check reports the database; this one only says it could not look.
            return response.withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
