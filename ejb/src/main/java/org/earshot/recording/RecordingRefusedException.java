package org.earshot.recording;

import jakarta.ejb.ApplicationException;

/**
 * A request about a call's recording that Earshot refuses (start, pause, resume, play): the message
 * says why, for people. A refusal of someone's request is already in the audit trail as DENIED.
 */
@ApplicationException(rollback = true)
public class RecordingRefusedException extends RuntimeException {

    public RecordingRefusedException(String reason) {
        super(reason);
    }
}
