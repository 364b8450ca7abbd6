package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Recorded calls written straight into the database, for tests that score a call and need no audio. */
final class RecordedCallRows {

    private RecordedCallRows() {
    }

    /** A finished call of the agent through the Billing queue, its recording's row and its speech signals (longest silence 4 s). */
    static UUID billingCall(String agent) throws SQLException {
        return call(agent, "Billing");
    }

    /** A finished call of the agent through the queue, as {@link #billingCall}; its recording has no key, so it cannot be played. */
    static UUID call(String agent, String queue) throws SQLException {
        String callId = "eval-" + UUID.randomUUID();
        try (Connection db = Database.superuser();
             PreparedStatement call = db.prepareStatement("INSERT INTO call_record (call_id, caller, dialed, queue_id, agent_extension,"
                     + " agent_user_id, state, started_at, answered_at, ended_at, packets_from_caller, packets_to_agent,"
                     + " packets_from_agent, packets_to_caller, packets_lost, version) SELECT ?, '+351 210 000 000', '800', q.id, '1001',"
                     + " u.id, 'ENDED', NOW() - INTERVAL '20 minutes', NOW() - INTERVAL '19 minutes', NOW() - INTERVAL '10 minutes',"
                     + " 0, 0, 0, 0, 0, 0 FROM call_queue q, app_user u WHERE q.name = ? AND u.username = ?")) {
            call.setString(1, callId);
            call.setString(2, queue);
            call.setString(3, agent);
            assertThat(call.executeUpdate()).isEqualTo(1);
        }
        return recordingOf(callId);
    }

    /**
     * The recording keeps its call's agent and queue, as the recording lifecycle makes it (when its call record is
     * there): the same statement as the migration that gave existing recordings theirs (V32).
     */
    static void keepsItsCall(Connection db, UUID recording) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE recording SET (call_agent_user_id, call_queue_id) ="
                + " (SELECT c.agent_user_id, c.queue_id FROM call_record c WHERE c.call_id = recording.call_id) WHERE id = ?")) {
            update.setObject(1, recording);
            update.executeUpdate();
        }
    }

    /** The row of a recording of the call (complete, no key) and its speech signals (longest silence 4 s). */
    static UUID recordingOf(String callId) throws SQLException {
        UUID recording = UUID.randomUUID();
        try (Connection db = Database.superuser();
             PreparedStatement row = db.prepareStatement("INSERT INTO recording (id, call_id, started_at, recording_day, ended_at,"
                     + " status, not_recorded_ms, call_bytes, supervisor_bytes, wrapped_key, kek_key_id, keep_supervisor, monitored, paused,"
                     + " retention_days, version) VALUES (?, ?, NOW() - INTERVAL '19 minutes', CURRENT_DATE, NOW() - INTERVAL '10 minutes',"
                     + " 'COMPLETE', 0, 17280000, 0, NULL, 0, FALSE, FALSE, FALSE, 30, 0)");
             PreparedStatement speech = db.prepareStatement("INSERT INTO recording_speech (recording_id, caller_talk_ms, agent_talk_ms,"
                     + " agent_talk_percent, silence_total_ms, silence_longest_ms, overtalk_count, overtalk_ms, caller_monologue_longest_ms,"
                     + " agent_monologue_longest_ms, hold_ms, source) VALUES (?, 200000, 300000, 60, 40000, 4000, 2, 1500, 30000, 45000, 0,"
                     + " 'RECORDER')")) {
            row.setObject(1, recording);
            row.setString(2, callId);
            row.executeUpdate();
            keepsItsCall(db, recording);
            speech.setObject(1, recording);
            speech.executeUpdate();
        }
        return recording;
    }
}
