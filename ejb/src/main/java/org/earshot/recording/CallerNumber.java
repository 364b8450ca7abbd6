package org.earshot.recording;

import java.util.regex.Pattern;

/**
 * A caller's number as call records keep it: the user part of the caller's SIP From URI, so
 * "sip:+351 912-345-678@carrier" and "+351912345678" are the same caller. People type numbers with
 * spaces, dashes, dots and brackets; none of those is part of the number.
 */
public record CallerNumber(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern URI_SCHEME = Pattern.compile("^(sips?|tel):", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 128;

    public CallerNumber {
        if (value == null || value.isEmpty()) {
            throw new GovernanceException("caller", "Give the caller's number");
        }
    }

    /** The number as typed or copied from a SIP address; refused when nothing of a number is left. */
    public static CallerNumber parse(String typed) {
        if (typed == null) {
            throw new GovernanceException("caller", "Give the caller's number");
        }
        String number = URI_SCHEME.matcher(typed.strip()).replaceFirst("");
        int end = indexOfAny(number, '@', ';');
        number = SEPARATORS.matcher(end < 0 ? number : number.substring(0, end)).replaceAll("");
        if (number.isEmpty()) {
            throw new GovernanceException("caller", "Give the caller's number");
        }
        if (number.length() > MAX_LENGTH) {
            throw new GovernanceException("caller", "A caller's number has at most " + MAX_LENGTH + " characters");
        }
        return new CallerNumber(number);
    }

    private static int indexOfAny(String text, char... stops) {
        int first = -1;
        for (char stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    @Override
    public String toString() {
        return value;
    }
}
