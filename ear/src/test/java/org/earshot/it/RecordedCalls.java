package org.earshot.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.recording.CallRecordings;
import org.earshot.recording.EncryptedRecordingSink;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.WrappedKey;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.RecordingEnd;

/**
 * Finished calls and their recordings made as the recording lifecycle leaves them, without phones:
 * the call's events go to the call records ({@link TelephonyRecorder}), the audio is encrypted by the
 * deployed vault into its files, and the recording's row is written as the lifecycle writes it.
 */
final class RecordedCalls {

    private static final int BLOCK = 1600;
    private static final DateTimeFormatter DAY_DIRECTORIES = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final TelephonyRecorder recorder;
    private final RecordingVault vault;

    RecordedCalls(TelephonyRecorder recorder, RecordingVault vault) {
        this.recorder = recorder;
        this.vault = vault;
    }

    /** A call from the caller through the queue (null: direct), answered by agent1 (1001) for so long and ended ten minutes ago. */
    String call(String caller, String queue, Duration answeredFor) {
        return call("1001", caller, queue, answeredFor);
    }

    /**
     * A call from the caller through the queue (null: direct) to the agent at the extension, answered for so
     * long (null: never answered, it rang 20 s) and ended ten minutes ago.
     */
    String call(String extension, String caller, String queue, Duration answeredFor) {
        String callId = "gov-" + UUID.randomUUID();
        callRecord(callId, extension, caller, queue, answeredFor);
        return callId;
    }

    /** The call record of a call known so far only by its recording: from the caller, direct to agent1, answered for so long, ended ten minutes ago. */
    void lateCallRecord(String callId, String caller, Duration answeredFor) {
        callRecord(callId, "1001", caller, null, answeredFor);
    }

    private void callRecord(String callId, String extension, String caller, String queue, Duration answeredFor) {
        Instant ended = Instant.now().minus(Duration.ofMinutes(10));
        Instant answered = answeredFor == null ? null : ended.minus(answeredFor);
        event(callId, CallEvent.Type.RINGING, answered == null ? ended.minusSeconds(20) : answered.minusSeconds(2), caller, queue, extension,
                null);
        if (answered != null) {
            event(callId, CallEvent.Type.ANSWERED, answered, caller, queue, extension, null);
        }
        event(callId, CallEvent.Type.ENDED, ended, caller, queue, extension, answered == null ? "caller hung up while ringing"
                : "caller hung up");
    }

    private void event(String callId, CallEvent.Type type, Instant at, String caller, String queue, String extension, String detail) {
        CallEvent event = new CallEvent(callId, type, at, caller, extension, queue, extension, detail, null);
        As.system(() -> {
            recorder.record(event);
            return null;
        });
    }

    /** The call's recording: the given samples per channel (8 kHz), finished complete when the call ended. */
    UUID recording(String callId, short[] caller, short[] agent) throws IOException, GeneralSecurityException, SQLException {
        UUID id = UUID.randomUUID();
        Instant ended = Instant.now().minus(Duration.ofMinutes(10));
        Instant started = ended.minusMillis(caller.length / 8 + 2000);
        LocalDate day = LocalDate.ofInstant(started, ZoneOffset.UTC);
        WrappedKey key = vault.newDataKey();
        insert(id, callId, started, ended, "COMPLETE", caller.length * 4L, key);
        write(id, day, key, caller, agent);
        return id;
    }

    private void write(UUID id, LocalDate day, WrappedKey key, short[] caller, short[] agent) throws IOException, GeneralSecurityException {
        EncryptedRecordingSink sink = vault.openSink(id, day, key, false);
        for (int at = 0; at < caller.length; at += BLOCK) {
            int to = Math.min(caller.length, at + BLOCK);
            sink.write(Arrays.copyOfRange(caller, at, to), Arrays.copyOfRange(agent, at, to), null);
        }
        sink.close(RecordingEnd.CALL_ENDED);
    }

    /**
     * The call's recording, being written (as the recording lifecycle starts it), of the given samples per
     * channel (8 kHz), then stopped complete through the recording's call event listener ({@link CallRecordings}),
     * which measures its speech signals from the audio read back.
     */
    UUID recordingStopped(String callId, short[] caller, short[] agent, CallRecordings recordings)
            throws IOException, GeneralSecurityException, SQLException {
        UUID id = UUID.randomUUID();
        Instant stopped = Instant.now().minus(Duration.ofMinutes(10));
        Instant started = stopped.minusMillis(caller.length / 8 + 2000);
        WrappedKey key = vault.newDataKey();
        insert(id, callId, started, null, "RECORDING", 0, key);
        write(id, LocalDate.ofInstant(started, ZoneOffset.UTC), key, caller, agent);
        CallEvent event = new CallEvent(callId, CallEvent.Type.RECORDING_STOPPED, stopped, null, null, null, null,
                RecordingEnd.CALL_ENDED.detail(), null);
        As.system(() -> {
            recordings.onCallEvent(event);
            return null;
        });
        return id;
    }

    /** A recording row that claims so many milliseconds of audio, or one still marked as recording (status RECORDING). */
    UUID recordingRow(String callId, String status, long millis) throws SQLException {
        return recordingRow(callId, status, millis, Instant.now().minus(Duration.ofMinutes(10)));
    }

    /** As {@link #recordingRow(String, String, long)}, ending at that time instead of ten minutes ago. */
    UUID recordingRow(String callId, String status, long millis, Instant ended) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(id, callId, ended.minusMillis(millis + 2000), "RECORDING".equals(status) ? null : ended, status, millis * 32,
                vault.newDataKey());
        return id;
    }

    private static void insert(UUID id, String callId, Instant started, Instant ended, String status, long callBytes, WrappedKey key)
            throws SQLException {
        try (Connection db = Database.superuser(); PreparedStatement insert = db.prepareStatement("INSERT INTO recording (id, call_id,"
                + " started_at, recording_day, audio_starts_at, ended_at, status, not_recorded_ms, call_bytes, supervisor_bytes, wrapped_key,"
                + " kek_key_id, keep_supervisor, monitored, paused, retention_days, purge_after, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, FALSE, FALSE, FALSE, 30, ?, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, callId);
            insert.setTimestamp(3, Timestamp.from(started));
            insert.setObject(4, LocalDate.ofInstant(started, ZoneOffset.UTC));
            insert.setTimestamp(5, Timestamp.from(started.plusSeconds(2)));
            insert.setTimestamp(6, ended == null ? null : Timestamp.from(ended));
            insert.setString(7, status);
            insert.setLong(8, callBytes);
            insert.setBytes(9, key.wrapped());
            insert.setInt(10, key.kekId());
            insert.setObject(11, ended == null ? null : LocalDate.ofInstant(ended, ZoneOffset.UTC).plusDays(30));
            insert.executeUpdate();
            RecordedCallRows.keepsItsCall(db, id);
        }
    }

    /** Its start and end moved back by so long, as if that time had passed. */
    static void aged(UUID recordingId, Duration by) throws SQLException {
        try (Connection db = Database.superuser(); PreparedStatement update = db.prepareStatement("UPDATE recording"
                + " SET started_at = started_at - CAST(? AS INTERVAL), ended_at = ended_at - CAST(? AS INTERVAL) WHERE id = ?")) {
            update.setString(1, by.toSeconds() + " seconds");
            update.setString(2, by.toSeconds() + " seconds");
            update.setObject(3, recordingId);
            update.executeUpdate();
        }
    }

    /** Its retention ended yesterday. */
    static void expire(UUID recordingId) throws SQLException {
        try (Connection db = Database.superuser();
             PreparedStatement update = db.prepareStatement("UPDATE recording SET purge_after = CURRENT_DATE - 1 WHERE id = ?")) {
            update.setObject(1, recordingId);
            update.executeUpdate();
        }
    }

    /** The recording's call track on disk, as the vault files it. */
    static Path callTrack(UUID recordingId) throws SQLException {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT recording_day FROM recording WHERE id = ?")) {
            query.setObject(1, recordingId);
            var row = query.executeQuery();
            row.next();
            LocalDate day = row.getObject(1, LocalDate.class);
            return recordingsDirectory().resolve(DAY_DIRECTORIES.format(day)).resolve(recordingId + ".call.enc");
        }
    }

    // As the server reads it (RecordingsDiskReadiness, whose health API the tests do not compile against).
    private static Path recordingsDirectory() {
        String configured = System.getProperty("earshot.recordings.dir");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("jboss.server.data.dir", "."), "recordings");
    }

    static boolean keyDestroyed(UUID recordingId) throws SQLException {
        return Database.count("SELECT COUNT(*) FROM recording WHERE id = ? AND wrapped_key IS NULL AND deleted_at IS NOT NULL",
                recordingId) == 1;
    }

    static boolean filesExist(UUID recordingId) throws SQLException {
        return Files.exists(callTrack(recordingId));
    }

    static short[] tone(int millis, int amplitude) {
        short[] tone = new short[millis * 8];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (amplitude * Math.sin(2 * Math.PI * 440 * i / 8000.0));
        }
        return tone;
    }
}
