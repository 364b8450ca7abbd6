package org.earshot.events;

/**
 * The thing an event happened to: a call (by Earshot's call id), a monitoring session, an agent
 * (by user id). Its events are published in the order they happened.
 */
public record Aggregate(String type, String id) {

    public static Aggregate call(String callId) {
        return new Aggregate("call", callId);
    }

    public static Aggregate monitoringSession(long sessionId) {
        return new Aggregate("monitoring-session", Long.toString(sessionId));
    }

    public static Aggregate agent(long userId) {
        return new Aggregate("agent", Long.toString(userId));
    }
}
