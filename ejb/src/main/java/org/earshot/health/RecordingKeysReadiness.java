package org.earshot.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when calls can be recorded: the key-encryption keyset was read at start. The keyset is held
 * by the recording capability in the EJB module, which reports here when it has read it: this
 * check lives in the EAR's library, which the EJB module sees but which cannot see into it.
 */
@Readiness
@ApplicationScoped
public class RecordingKeysReadiness implements HealthCheck {

    private volatile String unavailableReason = "the recording keys have not been read yet";

    /** @param unavailableReason why recording is refused, null when the keys are there */
    public void report(String unavailableReason) {
        this.unavailableReason = unavailableReason;
    }

    @Override
    public HealthCheckResponse call() {
        String reason = unavailableReason;
        return reason == null ? HealthCheckResponse.named("recording-keys").up().build()
                : HealthCheckResponse.named("recording-keys").down().withData("reason", reason).build();
    }
}
