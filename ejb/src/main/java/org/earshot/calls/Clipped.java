package org.earshot.calls;

/** Text from the telephony core cut to the column that keeps it, so a long SIP reason cannot fail a record. */
public final class Clipped {

    private Clipped() {
    }

    public static String to(int length, String text) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
