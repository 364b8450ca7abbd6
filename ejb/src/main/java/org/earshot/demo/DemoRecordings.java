package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.earshot.recording.EncryptedRecordingSink;
import org.earshot.recording.RecordingTrack;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.WrappedKey;
import org.earshot.telephony.api.RecordingEnd;

/**
 * The demo's evaluated calls' recordings, written through the vault as the recorder writes them
 * (encrypted, in the recordings directory): a conversation of tone bursts, the caller's at 440 Hz on
 * the left, the agent's at 700 Hz on the right (as the demo's softphones sound, docs/demo.md), turn
 * after turn, with one long silence in the middle that the evaluations comment on. Only the recorder
 * makes a {@code Recording} entity, so the row is written as it leaves one when a call ends.
 */
final class DemoRecordings {

    /** Where the long silence begins in every demo recording, and how long it lasts. */
    static final Duration SILENCE_AT = Duration.ofSeconds(38);
    static final Duration SILENCE = Duration.ofSeconds(9);

    private static final int RATE = RecordingTrack.SAMPLE_RATE;
    private static final int BLOCK = 1600;
    private static final int RETENTION_DAYS = 90;

    private final EntityManager em;
    private final RecordingVault vault;

    DemoRecordings(EntityManager em, RecordingVault vault) {
        this.em = em;
        this.vault = vault;
    }

    /** Whether recordings can be written: the vault has its key-encryption keys. */
    boolean available() {
        return vault.available();
    }

    /** The call's recording, from its answer for so long, complete; its id. */
    UUID record(String callId, Instant answered, Duration length) throws IOException, GeneralSecurityException {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.ofInstant(answered, ZoneOffset.UTC);
        WrappedKey key = vault.newDataKey();
        int samples = (int) (length.toMillis() * RATE / 1000);
        EncryptedRecordingSink sink = vault.openSink(id, day, key, false);
        try {
            for (int at = 0; at < samples; at += BLOCK) {
                int size = Math.min(BLOCK, samples - at);
                short[] caller = new short[size];
                short[] agent = new short[size];
                for (int i = 0; i < size; i++) {
                    int sample = at + i;
                    caller[i] = voice(sample, false);
                    agent[i] = voice(sample, true);
                }
                sink.write(caller, agent, null);
            }
        } finally {
            sink.close(RecordingEnd.CALL_ENDED);
        }
        Instant ended = answered.plus(length);
        // With its call's agent and queue, as a recording keeps them (the call record is made before).
        em.createNativeQuery("INSERT INTO recording (id, call_id, started_at, recording_day, audio_starts_at, ended_at, status,"
                        + " not_recorded_ms, call_bytes, supervisor_bytes, wrapped_key, kek_key_id, keep_supervisor, monitored, paused,"
                        + " retention_days, purge_after, version, call_agent_user_id, call_queue_id) VALUES (?1, ?2, ?3, ?4, ?3, ?5, 'COMPLETE',"
                        + " 0, ?6, 0, ?7, ?8, FALSE, FALSE, FALSE, ?9, ?10, 0, (SELECT agent_user_id FROM call_record WHERE call_id = ?2),"
                        + " (SELECT queue_id FROM call_record WHERE call_id = ?2))")
                .setParameter(1, id).setParameter(2, callId).setParameter(3, answered).setParameter(4, day).setParameter(5, ended)
                .setParameter(6, sink.plaintextLength(RecordingTrack.CALL)).setParameter(7, key.wrapped())
                .setParameter(8, key.kekId()).setParameter(9, RETENTION_DAYS)
                .setParameter(10, LocalDate.ofInstant(ended, ZoneOffset.UTC).plusDays(RETENTION_DAYS))
                .executeUpdate();
        return id;
    }

    /**
     * A party's sample: turns of 3 to 5 s, the caller first, a short pause between turns, silence in the
     * long gap; within a turn, syllables of a quarter second at -14 dBFS.
     */
    private static short voice(int sample, boolean agent) {
        long millis = sample * 1000L / RATE;
        if (millis >= SILENCE_AT.toMillis() && millis < SILENCE_AT.plus(SILENCE).toMillis()) {
            return 0;
        }
        long turn = millis / 4000;
        long withinTurn = millis % 4000;
        boolean speaking = (turn % 2 == 1) == agent && withinTurn < 3400;
        if (!speaking) {
            return 0;
        }
        double syllable = Math.abs(Math.sin(Math.PI * millis / 250.0));
        double frequency = agent ? 700 : 440;
        return (short) (6500 * syllable * Math.sin(2 * Math.PI * frequency * sample / RATE));
    }
}
