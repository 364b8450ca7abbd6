package org.earshot.telephony.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one source address did against the SIP server in one interval that is worth an audit entry:
 * failed digest authentications, requests refused by the rate limit, messages refused or dropped
 * as malformed. One report per source per interval, however many packets it sent.
 *
 * @param source                the source's IP address, or {@link #OTHER_SOURCES} for the sources beyond the
 *                              tally's bound in that interval, counted together
 * @param usernames             the usernames tried in failed authentications, first seen first, at most
 *                              {@link #MAX_USERNAMES}
 * @param moreUsernames         whether more usernames were tried than listed
 */
public record SecurityReport(String source, Instant from, Instant until, int failedAuthentications,
                             List<String> usernames, boolean moreUsernames, long rateLimited, long malformed) {

    public static final String OTHER_SOURCES = "other sources";
    public static final int MAX_USERNAMES = 20;

    public SecurityReport {
        usernames = List.copyOf(usernames);
    }

    /** For example "12 failed digest authentications for 3 usernames (1001, 1002, admin); rate limit tripped 240 times". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (failedAuthentications > 0) {
            parts.add(failedAuthentications + " failed digest authentication" + plural(failedAuthentications) + " for "
                    + (moreUsernames ? "more than " : "") + usernames.size() + " username" + plural(usernames.size())
                    + " (" + String.join(", ", usernames) + (moreUsernames ? ", ..." : "") + ")");
        }
        if (rateLimited > 0) {
            parts.add("rate limit tripped " + rateLimited + " time" + plural(rateLimited));
        }
        if (malformed > 0) {
            parts.add(malformed + " malformed message" + plural(malformed));
        }
        return String.join("; ", parts);
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
