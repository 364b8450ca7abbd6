package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls Earshot cannot put through are refused at once, with a status and a reason a caller (real sipp) can act on. */
class CallRefusalSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003"));

    @BeforeEach
    void agentRegisters() throws Exception {
        earshot.register("1002", "secret-1002", FreePorts.udpAndTcp());
    }

    @Test
    void offerWithoutPcmuOrPcmaIsNotAcceptable() throws Exception {
        assertThat(refusal("caller_refused.xml", "1002", "18 96")).contains("SIP/2.0 488 No common codec");
    }

    @Test
    void inviteWithoutSdpIsNotAcceptableAsLateOfferIsNotSupported() throws Exception {
        assertThat(refusal("caller_late_offer.xml", "1002", "0 96"))
                .contains("SIP/2.0 488 INVITE without SDP (late offer) is not supported");
    }

    @Test
    void unknownExtensionIsNotFound() throws Exception {
        assertThat(refusal("caller_refused.xml", "1999", "0 96")).contains("SIP/2.0 404 No such extension");
    }

    @Test
    void extensionWithoutRegisteredDeviceIsTemporarilyUnavailable() throws Exception {
        assertThat(refusal("caller_refused.xml", "1003", "0 96")).contains("SIP/2.0 480 Extension not registered");
    }

    /** The refusal the caller logged; refused calls never start: no event, no media left open. */
    private String refusal(String scenario, String extension, String payloadTypes) throws Exception {
        Sipp.Result caller = earshot.phone(scenario, 0, 1000).arg("-s", extension, "-key", "codecs", payloadTypes)
                .runAgainst(earshot.port());
        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(earshot.events()).isEmpty();
        assertThat(earshot.server().activeCalls()).isEmpty();
        return caller.logged();
    }
}
