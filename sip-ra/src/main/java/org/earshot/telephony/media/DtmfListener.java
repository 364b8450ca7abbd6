package org.earshot.telephony.media;

/** Told once per RFC 4733 telephone-event a party sends; runs on the media thread, so it must not block. */
@FunctionalInterface
public interface DtmfListener {

    void onDigit(RtpRelay.Side from, char digit);
}
