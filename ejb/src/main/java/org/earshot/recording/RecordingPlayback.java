package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.nio.channels.SeekableByteChannel;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.audit.RequestOrigin;
import org.earshot.organization.NotFoundException;

/**
 * Opens a recording's audio for the player or a download. Playing needs PLAY_RECORDING on the call;
 * downloading (a copy leaves Earshot) needs DOWNLOAD_RECORDING, a permission of its own that only the
 * compliance role holds. Every playback and download is audited with who, which track and from where;
 * a refusal is audited and answered "not found", as an unknown or deleted recording is.
 */
// Authorization is decided per call by RecordingAccess (role, scope), not by EJB role lists.
@PermitAll
@Stateless
public class RecordingPlayback {

    private static final Logger LOG = Logger.getLogger(RecordingPlayback.class.getName());

    @EJB
    private RecordingAccess guard;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private RecordingVault vault;

    /**
     * The track's audio, decrypted as it is read.
     *
     * @param origin where the request came from, for the audit trail; null if unknown
     * @throws NotFoundException          unknown, deleted, out of the caller's scope, or no such track
     * @throws RecordingRefusedException  still being recorded, or the vault cannot open it now
     */
    public PlaybackAudio open(UUID id, RecordingTrack track, boolean download, RequestOrigin origin) {
        RecordingAuditAction action = download ? RecordingAuditAction.RECORDING_DOWNLOAD : RecordingAuditAction.RECORDING_PLAY;
        Recording recording = guard.require(id, download ? Action.DOWNLOAD_RECORDING : Action.PLAY_RECORDING, action).recording();
        if (recording.getStatus() == RecordingStatus.RECORDING) {
            throw new RecordingRefusedException("The call is still being recorded; it can be played once it ends");
        }
        if (track == RecordingTrack.SUPERVISOR && recording.getSupervisorBytes() == 0) {
            throw new NotFoundException("Recording " + id + " has no supervisor track");
        }
        SeekableByteChannel audio;
        try {
            audio = vault.openForReading(recording.getId(), recording.getDay(), track, recording.wrappedKey());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "Track " + track + " of recording " + id + " could not be opened", e);
            throw new RecordingRefusedException("The recording cannot be opened now: " + e.getMessage());
        }
        String from = origin == null || origin.getAddress() == null ? "an unknown address" : origin.getAddress();
        audit.record(RecordingAudit.onCall(action, AuditOutcome.SUCCESS, recording.getCallId(), id,
                        track + " track " + (download ? "downloaded" : "played") + " by " + access.callerName() + " from " + from)
                .with(RecordingAudit.TRACK, track));
        try {
            return PlaybackAudio.of(id, track, audio);
        } catch (IOException e) {
            throw new RecordingRefusedException("The recording cannot be read now: " + e.getMessage());
        }
    }
}
