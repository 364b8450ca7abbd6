package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.UUID;
import org.earshot.organization.NotFoundException;

/** Compliance deletes one recording, saying why: crypto-shredded like the purge's, refused while a legal hold keeps it. */
// Authorization is decided by GovernanceGuard (MANAGE_RECORDINGS), not by EJB role lists.
@PermitAll
@Stateless
// The shredder commits the key's destruction (or the audited refusal) on its own, before the files go.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingDeletion {

    private static final int REASON_LENGTH = 200;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private RecordingShredder shredder;

    public void delete(UUID recordingId, String reason) {
        String by = guard.requireManage();
        if (reason == null || reason.isBlank()) {
            throw new GovernanceException("reason", "Say why the recording is deleted");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new GovernanceException("reason", "At most " + REASON_LENGTH + " characters");
        }
        RecordingShredder.Outcome outcome = recordingId == null ? null
                : shredder.delete(recordingId, by, "deleted by " + by + ": " + reason.strip());
        if (outcome == null) {
            throw new NotFoundException("Recording " + recordingId + " does not exist");
        }
        if (!outcome.shredded()) {
            throw GovernanceException.conflict("recording", "The recording is on hold (" + String.join(", ", outcome.heldBy())
                    + "); it can be deleted once the hold is released");
        }
    }
}
