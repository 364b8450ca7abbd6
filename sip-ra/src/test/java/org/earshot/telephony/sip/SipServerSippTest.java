package org.earshot.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Earshot answers every request a real peer (sipp) sends: probes, and malformed ones with 400. */
class SipServerSippTest {

    private SipServer server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        port = FreePorts.udpAndTcp();
        server = new SipServer(SipSettings.of("127.0.0.1", port, "earshot", "earshot-test-" + port),
                new Subscribers("earshot"), new Queues(), event -> { }, state -> { }, subscription -> { }, report -> { }, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void optionsIsAnsweredWithTheAllowedMethods() throws Exception {
        Sipp.Result result = Sipp.scenario("options.xml").runAgainst(port);

        assertThat(result.succeeded()).as(result.output()).isTrue();
    }

    @Test
    void malformedButParsableRequestGetsBadRequest() throws Exception {
        Sipp.Result result = Sipp.scenario("malformed_request.xml").runAgainst(port);

        assertThat(result.succeeded()).as(result.output()).isTrue();
    }
}
