package org.earshot.telephony.media;

/** Whether a prompt is played through once (a notice, a confirmation) or over and over until stopped (queue music). */
public enum Loop {
    ONCE,
    UNTIL_STOPPED
}
