package org.earshot.telephony.sip;

import java.util.concurrent.atomic.LongAdder;
import org.earshot.telephony.registrar.DigestAuthenticator;

/** The counts behind {@link SipStatistics}, incremented where each thing happens (many threads at once). */
final class SipCounters {

    final LongAdder unparsable = new LongAdder();
    final LongAdder badRequests = new LongAdder();
    final LongAdder unsupportedVersions = new LongAdder();
    final LongAdder tooLarge = new LongAdder();
    final LongAdder notImplemented = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder unknownUsers = new LongAdder();
    final LongAdder wrongCredentials = new LongAdder();

    void failedDigest(DigestAuthenticator.Outcome outcome) {
        (outcome == DigestAuthenticator.Outcome.UNKNOWN_USER ? unknownUsers : wrongCredentials).increment();
    }

    SipStatistics snapshot(long overCapacity) {
        return new SipStatistics(unparsable.sum(), badRequests.sum(), unsupportedVersions.sum(), tooLarge.sum(),
                notImplemented.sum(), rateLimited.sum(), overCapacity, unknownUsers.sum(), wrongCredentials.sum());
    }
}
