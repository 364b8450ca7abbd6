package org.earshot.recording;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;

/**
 * One recording as the telephony core writes it, encrypted as it arrives: the call track from the
 * first block, the supervisor track from the first block in which a supervisor spoke (when the
 * policy keeps it), padded with silence to that point so both tracks share the timeline. Nothing
 * plaintext is written anywhere. It also listens to the call track for its speech signals as it
 * writes it ({@link SpeechActivityMeter}). Called on the core's recording thread only.
 */
public final class EncryptedRecordingSink implements RecordingSink {

    private static final Logger LOG = Logger.getLogger(EncryptedRecordingSink.class.getName());

    private final UUID recordingId;
    private final StreamingAead key;
    private final TrackFile supervisorFile;
    private final boolean keepSupervisorTrack;
    private final TrackWriter call;
    private final SpeechActivityMeter speech = new SpeechActivityMeter();
    // Measured on the recording thread, taken by the one that finishes the recording.
    private volatile SpeechActivity speechActivity;
    private TrackWriter supervisor;
    private long samples;
    private boolean closed;

    EncryptedRecordingSink(UUID recordingId, StreamingAead key, TrackFile callFile, TrackFile supervisorFile,
            boolean keepSupervisorTrack) throws IOException, GeneralSecurityException {
        this.recordingId = recordingId;
        this.key = key;
        this.supervisorFile = supervisorFile;
        this.keepSupervisorTrack = keepSupervisorTrack;
        this.call = new TrackWriter(key, callFile);
    }

    @Override
    public void write(short[] caller, short[] agent, short[] supervisorSpeech) throws IOException {
        if (closed) {
            throw new IOException("recording " + recordingId + " is closed");
        }
        if (agent.length != caller.length || (supervisorSpeech != null && supervisorSpeech.length != caller.length)) {
            throw new IllegalArgumentException("a block's channels differ in length");
        }
        call.write(LinearPcm.interleave(caller, agent));
        speech.accept(caller, agent, caller.length);
        if (keepSupervisorTrack && supervisorSpeech != null && supervisor == null) {
            startSupervisorTrack();
        }
        if (supervisor != null && supervisorSpeech != null) {
            supervisor.write(LinearPcm.mono(supervisorSpeech));
        } else if (supervisor != null) {
            supervisor.writeSilence(LinearPcm.bytes(caller.length));
        }
        samples += caller.length;
    }

    /** Kept before it is padded, so that a pad the disk refuses is still sealed at close. */
    private void startSupervisorTrack() throws IOException {
        try {
            supervisor = new TrackWriter(key, supervisorFile);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the supervisor track", e);
        }
        supervisor.writeSilence(LinearPcm.bytes(samples));
    }

    /** Seals the tracks, also after a failed write (see {@link TrackWriter#close()}). */
    @Override
    public void close(RecordingEnd end) {
        if (closed) {
            return;
        }
        closed = true;
        speechActivity = speech.finish();
        call.close();
        if (supervisor != null) {
            supervisor.close();
        }
        if (!end.complete()) {
            LOG.info(() -> "Recording " + recordingId + " ended incomplete (" + end.reason() + "); kept "
                    + plaintextLength(RecordingTrack.CALL) / RecordingTrack.CALL.bytesPerSecond() + " s");
        }
    }

    /** The track's plaintext bytes on disk: what was written, or after a failure what could be sealed. */
    public long plaintextLength(RecordingTrack track) {
        TrackWriter writer = track == RecordingTrack.CALL ? call : supervisor;
        return writer == null ? 0 : writer.plaintextLength();
    }

    /** Who talked when in the call track, once the sink is closed. */
    Optional<SpeechActivity> speechActivity() {
        return Optional.ofNullable(speechActivity);
    }

    public boolean hasTrack(RecordingTrack track) {
        return track == RecordingTrack.CALL || supervisor != null;
    }

    /** Whether every track was closed into a complete file; false leaves them for {@link RecordingVault#reseal}. */
    public boolean sealed() {
        return closed && call.sealed() && (supervisor == null || supervisor.sealed());
    }
}
