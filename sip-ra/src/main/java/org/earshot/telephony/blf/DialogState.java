package org.earshot.telephony.blf;

/**
 * The states of a dialog in RFC 4235 §3.7.1, in the order a dialog goes through them: a dialog
 * never goes back, and a terminated one is reported once and then forgotten.
 */
enum DialogState {
    TRYING, EARLY, CONFIRMED, TERMINATED;

    String xml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
