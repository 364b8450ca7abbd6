package org.earshot.telephony.sip;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.earshot.telephony.api.SecurityReport;

/**
 * Counts security incidents per source address until the interval closes, then turns each
 * source's counts into one {@link SecurityReport}: a flood of a million packets becomes one audit
 * entry, not a million. The tally holds at most {@code maxSources} addresses an interval; once it
 * is full, incidents of further addresses are counted together under
 * {@link SecurityReport#OTHER_SOURCES}, so that a spoofed-address flood can neither grow the map
 * nor hide its numbers. Usernames are kept up to {@link SecurityReport#MAX_USERNAMES} a source.
 */
final class IncidentTally {

    private static final int MAX_USERNAME_LENGTH = 64;

    private final int maxSources;
    private final Clock clock;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private volatile Instant since;

    IncidentTally(int maxSources, Clock clock) {
        this.maxSources = maxSources;
        this.clock = clock;
        this.since = clock.instant();
    }

    void failedDigest(String source, String username) {
        record(source, tally -> tally.failedDigest(username));
    }

    void rateLimited(String source) {
        record(source, Tally::rateLimited);
    }

    void malformed(String source) {
        record(source, Tally::malformed);
    }

    /** Ends the interval: the reports of every source with incidents in it (none for a quiet interval). */
    List<SecurityReport> close() {
        Instant from = since;
        Instant until = clock.instant();
        since = until;
        List<SecurityReport> reports = new ArrayList<>();
        for (String source : tallies.keySet()) {
            Tally tally = tallies.remove(source);
            if (tally != null) {
                reports.add(tally.close(source, from, until));
            }
        }
        return reports;
    }

    private void record(String source, Consumer<Tally> incident) {
        // a tally closed by a concurrent close() refuses the incident; the next round finds a fresh one
        while (!tallyOf(source).add(incident)) {
            Thread.onSpinWait();
        }
    }

    private Tally tallyOf(String source) {
        Tally tally = tallies.get(source);
        if (tally != null) {
            return tally;
        }
        String key = tallies.size() < maxSources ? source : SecurityReport.OTHER_SOURCES;
        return tallies.computeIfAbsent(key, k -> new Tally());
    }

    private static final class Tally {

        private final Set<String> usernames = new LinkedHashSet<>();
        private boolean moreUsernames;
        private int failedAuthentications;
        private long rateLimited;
        private long malformed;
        private boolean closed;

        synchronized boolean add(Consumer<Tally> incident) {
            if (closed) {
                return false;
            }
            incident.accept(this);
            return true;
        }

        void failedDigest(String username) {
            failedAuthentications++;
            String name = username == null ? "" : username.length() > MAX_USERNAME_LENGTH
                    ? username.substring(0, MAX_USERNAME_LENGTH) : username;
            if (!usernames.contains(name)) {
                if (usernames.size() < SecurityReport.MAX_USERNAMES) {
                    usernames.add(name);
                } else {
                    moreUsernames = true;
                }
            }
        }

        void rateLimited() {
            rateLimited++;
        }

        void malformed() {
            malformed++;
        }

        synchronized SecurityReport close(String source, Instant from, Instant until) {
            closed = true;
            return new SecurityReport(source, from, until, failedAuthentications, List.copyOf(usernames), moreUsernames,
                    rateLimited, malformed);
        }
    }
}
