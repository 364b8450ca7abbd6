package org.earshot.monitoring;

import org.earshot.telephony.api.MonitoringMode;

/**
 * What a supervisor asks for: a mode, the business purpose (chosen, or their default for a feature
 * code), an optional note, and where they asked (console, REST, feature code).
 */
public record MonitoringRequest(MonitoringMode mode, MonitoringPurpose purpose, boolean purposeDefaulted, String note,
                                MonitoringChannel channel) {

    public MonitoringRequest {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
