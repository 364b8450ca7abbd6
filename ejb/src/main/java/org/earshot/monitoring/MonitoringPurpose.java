package org.earshot.monitoring;

/** Why a supervisor monitors a call: asked for every session and kept in the audit trail. */
public enum MonitoringPurpose {
    TRAINING("Training"),
    QUALITY_ASSURANCE("Quality assurance"),
    COMPLIANCE("Compliance"),
    ESCALATION("Escalation"),
    SAFETY("Safety"),
    INVESTIGATION("Investigation");

    private final String label;

    MonitoringPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
