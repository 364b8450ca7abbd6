package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls Earshot cannot put through are refused at once, with a status and a reason a caller (real sipp) can act on. */
class CallRefusalSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003");
    private Earshot earshot;

    @BeforeEach
    void start() throws Exception {
        earshot = Earshot.start(subscribers);
        earshot.register("1002", "secret-1002", FreePorts.udpAndTcp());
    }

    @AfterEach
    void stop() {
        earshot.close();
    }

    @Test
    void offerWithoutPcmuOrPcmaIsNotAcceptable() throws Exception {
        Sipp.Result caller = call("caller_refused.xml", "1002", "-key", "codecs", "18 96");

        assertThat(caller.logged()).contains("SIP/2.0 488 No common codec");
    }

    @Test
    void inviteWithoutSdpIsNotAcceptableAsLateOfferIsNotSupported() throws Exception {
        Sipp.Result caller = call("caller_late_offer.xml", "1002");

        assertThat(caller.logged()).contains("SIP/2.0 488 INVITE without SDP (late offer) is not supported");
    }

    @Test
    void unknownExtensionIsNotFound() throws Exception {
        Sipp.Result caller = call("caller_refused.xml", "1999", "-key", "codecs", "0 96");

        assertThat(caller.logged()).contains("SIP/2.0 404 No such extension");
    }

    @Test
    void extensionWithoutRegisteredDeviceIsTemporarilyUnavailable() throws Exception {
        Sipp.Result caller = call("caller_refused.xml", "1003", "-key", "codecs", "0 96");

        assertThat(caller.logged()).contains("SIP/2.0 480 Extension not registered");
    }

    /** Refused calls never start: no event, no media left open. */
    private Sipp.Result call(String scenario, String extension, String... keys) throws Exception {
        Sipp.Result caller = Sipp.scenario(scenario).arg("-s", extension, "-mi", "127.0.0.1",
                "-mp", String.valueOf(earshot.phoneMedia(0))).arg(keys).runAgainst(earshot.port());
        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(earshot.events()).isEmpty();
        assertThat(earshot.server().activeCalls()).isEmpty();
        return caller;
    }
}
