package org.earshot.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application is deployed and answers: a hung or undeployed application cannot
 * run this check, and the server's own liveness checks cover the JVM. It asks nothing of the
 * database, broker or phones, whose failures call for waiting (readiness), not for a restart.
 */
@Liveness
@ApplicationScoped
public class DeploymentLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        return HealthCheckResponse.named("earshot").up().withData("uptimeSeconds", uptime.toSeconds()).build();
    }
}
