package org.earshot.telephony.sip;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.queue.QueuePolicy;
import org.earshot.telephony.queue.QueueSelector;

/**
 * Where and how Earshot speaks SIP. The demo listens on loopback; a deployment sets the address
 * its phones and trunks reach, and the range of UDP ports media is anchored on. Digest challenges
 * are offered in the given order: RFC 8760 puts SHA-256 first, but some phones (sipp among them)
 * answer only the first challenge they see and know only MD5, so a site with such phones lists
 * MD5 first; baresip 1.0 (libre 1.1) refuses a 401 that offers anything but MD5 at all, so a site
 * with those offers MD5 alone.
 *
 * @param ringTimeout how long an agent's devices ring before the caller is told there is no answer
 * @param retransmitInterval RFC 3261's T1 for the requests Earshot sends: over UDP the first retransmission
 *                    follows after T1, and a request left unanswered for 64 × T1 times out (Timers B and F:
 *                    32 s at the default 500 ms). RFC 3261 §17.1.1.1 recommends a larger T1 on links with a
 *                    longer round trip and allows a smaller one only in closed networks (tests on loopback)
 * @param maxCalls    calls anchored at once; more are refused with 503 so that those under way keep their audio
 * @param requestRate how many requests one source address may send; more are refused with 503
 * @param queueing    how queue calls are recognized, what their callers hear, and how long they ring and wait
 * @param maxMonitorsPerCall supervisors monitoring one call at once (only one of them heard, the others listening)
 * @param monitorDecisionTimeout how long a supervisor's monitor code (*81..*84) waits for the EJB layer's decision
 *                    before it is answered 408
 * @param securityReporting how often and for how many sources security incidents are reported
 */
public record SipSettings(String address, int port, String realm, String stackName, List<DigestAlgorithm> challenges,
                          int rtpFirstPort, int rtpLastPort, Duration ringTimeout, Duration retransmitInterval,
                          int maxCalls, RequestRate requestRate, Queueing queueing, int maxMonitorsPerCall,
                          Duration monitorDecisionTimeout, SecurityReporting securityReporting) {

    /** A token bucket per source address: {@code perSecond} requests on average, {@code burst} at once. */
    record RequestRate(int perSecond, int burst) {

        public RequestRate {
            if (perSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("Request rate and burst must be positive, were " + perSecond + "/" + burst);
            }
        }
    }

    /**
     * How failed authentications, rate-limit trips and malformed messages are summed up for the audit
     * trail: one {@link SecurityReport} per source per {@code interval}, for at most {@code maxSources}
     * sources an interval (the rest counted together).
     */
    record SecurityReporting(Duration interval, int maxSources) {

        public static final SecurityReporting DEFAULT = new SecurityReporting(Duration.ofMinutes(1), 1000);

        public SecurityReporting {
            if (interval.toMillis() < 1 || maxSources < 1) {
                throw new IllegalArgumentException("Security reports need a positive interval and source bound, were "
                        + interval + " and " + maxSources);
            }
        }
    }

    /**
     * @param header   the header an upstream ACD names the queue in
     * @param prompt   the classpath resource (8 kHz 16-bit mono WAV) waiting callers hear in a loop
     * @param policies the times of each queue
     */
    record Queueing(String header, String prompt, Function<DirectoryQueue, QueuePolicy> policies) {

        public static final Queueing DEFAULT = new Queueing(QueueSelector.DEFAULT_HEADER, "/prompts/queue-chime.wav",
                queue -> QueuePolicy.DEFAULT);
    }

    public SipSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SIP port must be 1 to 65535, was " + port);
        }
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException("At least one digest algorithm must be offered");
        }
        if (ringTimeout.isNegative() || ringTimeout.isZero()) {
            throw new IllegalArgumentException("Ring timeout must be positive, was " + ringTimeout);
        }
        if (retransmitInterval.toMillis() < 1) {
            throw new IllegalArgumentException("Retransmit interval (T1) must be at least 1 ms, was " + retransmitInterval);
        }
        if (maxCalls < 1) {
            throw new IllegalArgumentException("At least one call must be allowed, was " + maxCalls);
        }
        if (maxMonitorsPerCall < 1) {
            throw new IllegalArgumentException("At least one monitor per call must be allowed, was " + maxMonitorsPerCall);
        }
        if (monitorDecisionTimeout.isNegative() || monitorDecisionTimeout.isZero()) {
            throw new IllegalArgumentException("Monitor decision timeout must be positive, was " + monitorDecisionTimeout);
        }
        challenges = List.copyOf(challenges);
    }

    /**
     * Settings with the RFC 8760 order of challenges (SHA-256, then MD5), 20 s of ringing, RFC 3261's
     * T1 of 500 ms, 500 calls and 50 requests a second per source with bursts of 100 (a phone's
     * registration and a call take a handful; a trunk carrying many calls from one address needs a
     * higher rate), and three monitors per call (one heard, two listening: a coach and, say, a
     * quality evaluator and a trainee), 10 s for deciding a supervisor's monitor code, and security reports
     * every minute for up to 1000 sources.
     */
    public static SipSettings of(String address, int port, String realm, String stackName) {
        return new SipSettings(address, port, realm, stackName, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                20000, 29999, Duration.ofSeconds(20), Duration.ofMillis(500), 500, new RequestRate(50, 100),
                Queueing.DEFAULT, 3, Duration.ofSeconds(10), SecurityReporting.DEFAULT);
    }

    public SipSettings withChallenges(DigestAlgorithm... order) {
        return new SipSettings(address, port, realm, stackName, List.of(order), rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withRtpPorts(int first, int last) {
        return new SipSettings(address, port, realm, stackName, challenges, first, last, ringTimeout, retransmitInterval,
                maxCalls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withRingTimeout(Duration timeout) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, timeout,
                retransmitInterval, maxCalls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    /** RFC 3261's T1 for Earshot's own requests; their transactions time out after 64 × T1. */
    public SipSettings withRetransmitInterval(Duration t1) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout, t1,
                maxCalls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withMaxCalls(int calls) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, calls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withRequestRate(int perSecond, int burst) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, new RequestRate(perSecond, burst), queueing, maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withMaxMonitorsPerCall(int monitors) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, requestRate, queueing, monitors, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withMonitorDecisionTimeout(Duration timeout) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, requestRate, queueing, maxMonitorsPerCall, timeout, securityReporting);
    }

    /** The same queue times for every queue (tests keep them short). */
    public SipSettings withQueuePolicy(QueuePolicy policy) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, requestRate, new Queueing(queueing.header(), queueing.prompt(), queue -> policy),
                maxMonitorsPerCall, monitorDecisionTimeout, securityReporting);
    }

    public SipSettings withSecurityReporting(Duration interval, int maxSources) {
        return new SipSettings(address, port, realm, stackName, challenges, rtpFirstPort, rtpLastPort, ringTimeout,
                retransmitInterval, maxCalls, requestRate, queueing, maxMonitorsPerCall, monitorDecisionTimeout,
                new SecurityReporting(interval, maxSources));
    }
}
