package org.earshot.telephony.media;

/** A session description Earshot cannot anchor: malformed, no audio, or no common codec. */
public class SdpException extends RuntimeException {

    public SdpException(String message) {
        super(message);
    }
}
