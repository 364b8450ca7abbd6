package org.earshot.telephony.media;

import java.util.Locale;

/** The direction attribute of an audio stream (RFC 3264 §5.1), as whether the party sends and whether it receives. */
public enum MediaDirection {
    SENDRECV(true, true),
    SENDONLY(true, false),
    RECVONLY(false, true),
    INACTIVE(false, false);

    private final boolean sends;
    private final boolean receives;

    MediaDirection(boolean sends, boolean receives) {
        this.sends = sends;
        this.receives = receives;
    }

    public static MediaDirection of(boolean sends, boolean receives) {
        for (MediaDirection direction : values()) {
            if (direction.sends == sends && direction.receives == receives) {
                return direction;
            }
        }
        throw new AssertionError("every combination is a direction");
    }

    public boolean sends() {
        return sends;
    }

    public boolean receives() {
        return receives;
    }

    /** The attribute as SDP writes it, e.g. "sendonly". */
    String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
