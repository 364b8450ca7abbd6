package org.earshot.telephony.api;

/**
 * Earshot cannot start, switch or end a monitoring session as asked; the reason says why, for the
 * caller to show, audit or act on (the message is for people).
 */
public final class MonitorRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a monitoring request was refused. */
    public enum Reason {
        NO_SUCH_CALL,
        CALL_NOT_ANSWERED,
        CALL_BEING_TRANSFERRED,
        TOO_MANY_MONITORS,
        ANOTHER_SUPERVISOR_IS_HEARD,
        SUPERVISOR_UNREACHABLE,
        NO_MEDIA_CAPACITY,
        NO_SUCH_SESSION,
        SUPERVISOR_NOT_ANSWERED,
        TAKEOVER_IS_FINAL
    }

    private final Reason reason;

    public MonitorRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
