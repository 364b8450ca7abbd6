package org.earshot.monitoring;

/**
 * Where a monitoring step came from, as its audit entry says: a supervisor's click, an API client, the
 * supervisor's phone, or Earshot and the telephony core themselves. The web boundary names its own
 * (the console's beans, the REST resource); the call events name the rest.
 */
public enum MonitoringChannel {
    /** The supervisor console or another page of the web application. */
    CONSOLE,
    /** The REST API ({@code /api/v1/monitoring}). */
    REST,
    /** A monitor code dialed on the supervisor's phone ({@code *81<ext>}..{@code *84<ext>}). */
    FEATURE_CODE,
    /** A key pressed on the supervisor's phone during a session ({@code 1}..{@code 4}). */
    PHONE_KEY,
    /** The telephony core reported it: the supervisor's phone hung up, did not answer or refused, the call ended or moved. */
    TELEPHONY,
    /** Earshot decided it: access withdrawn, the call marked private or transferred out of the supervisor's scope, a restart. */
    EARSHOT
}
