package org.earshot.telephony.media;

/** No media resources are left for another call; the call is refused before it is set up. */
public class MediaCapacityException extends RuntimeException {

    MediaCapacityException(String message) {
        super(message);
    }
}
