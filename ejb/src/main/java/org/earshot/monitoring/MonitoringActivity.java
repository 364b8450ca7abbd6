package org.earshot.monitoring;

/** A monitoring session changed (requested, connected, switched, ended); fired once the change is committed. */
public record MonitoringActivity(String callId, long sessionId) {
}
