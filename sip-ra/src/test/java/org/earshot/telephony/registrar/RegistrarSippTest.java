package org.earshot.telephony.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Phones (real sipp) registering with Earshot's registrar over UDP and TCP. */
class RegistrarSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1001", "secret-1001");
    private final List<SecurityReport> reports = new CopyOnWriteArrayList<>();
    private SipServer server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        port = FreePorts.udpAndTcp();
        // sipp answers only the first challenge and knows only MD5
        SipSettings settings = SipSettings.of("127.0.0.1", port, "earshot", "earshot-test-" + port)
                .withChallenges(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256)
                .withSecurityReporting(Duration.ofHours(1), 100);
        server = new SipServer(settings, subscribers, new Queues(), event -> { }, state -> { }, subscription -> { },
                reports::add, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void phoneRegistersWithTheRightPassword() throws Exception {
        Sipp.Result result = register("register_auth.xml", "1001", "secret-1001", "u1");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(server.locations().bindingsOf("1001")).hasSize(1);
    }

    @Test
    void phoneRegistersOverTcpToo() throws Exception {
        Sipp.Result result = register("register_auth.xml", "1001", "secret-1001", "t1");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(server.locations().bindingsOf("1001").get(0).contact()).containsIgnoringCase("transport=tcp");
    }

    @Test
    void wrongPasswordIsForbiddenAndBindsNothing() throws Exception {
        Sipp.Result result = register("register_refused.xml", "1001", "guessed-wrong", "u1");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(server.locations().bindingsOf("1001")).isEmpty();
        assertThat(server.statistics().wrongCredentials()).isEqualTo(1);
    }

    @Test
    void unknownExtensionIsForbidden() throws Exception {
        Sipp.Result result = register("register_refused.xml", "1999", "whatever-1999", "u1");

        assertThat(result.succeeded()).as(result.output()).isTrue();
        assertThat(server.statistics().unknownUsers()).isEqualTo(1);
    }

    @Test
    void failedAuthenticationsOfOneSourceAreReportedOnceAnInterval() throws Exception {
        register("register_refused.xml", "1001", "guessed-wrong", "u1");
        register("register_refused.xml", "1001", "guessed-again", "t1");
        register("register_refused.xml", "1999", "whatever", "u1");
        assertThat(reports).isEmpty();

        server.stop(); // ends the interval early

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.source()).isEqualTo("127.0.0.1");
            assertThat(report.describe()).isEqualTo("3 failed digest authentications for 2 usernames (1001, 1999)");
        });
        assertThat(server.statistics().failedAuthentications()).isEqualTo(3);
    }

    @Test
    void removedSubscriberCannotRegisterAnyMore() throws Exception {
        subscribers.remove("1001");

        assertThat(register("register_refused.xml", "1001", "secret-1001", "u1").succeeded()).isTrue();
    }

    private Sipp.Result register(String scenario, String extension, String password, String transport) throws Exception {
        return Sipp.scenario(scenario).arg("-s", extension, "-au", extension, "-ap", password, "-t", transport).runAgainst(port);
    }
}
