package org.earshot.monitoring;

import org.earshot.telephony.api.MonitoringMode;

/**
 * What a supervisor asks for: a mode, the business purpose (chosen, or their default for a feature
 * code) and an optional note.
 */
public record MonitoringRequest(MonitoringMode mode, MonitoringPurpose purpose, boolean purposeDefaulted, String note) {

    public MonitoringRequest {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
