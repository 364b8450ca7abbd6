package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException.Reason;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Supervisors asking to monitor from their own phone with real sipp phones: a monitor code
 * ({@code *81<ext>}..{@code *84<ext>}) from a registered device is reported as MONITOR_REQUESTED and
 * waits, ringing, for the decision of the EJB layer (here the test, through the core's call
 * control), which accepts it (the supervisor's own INVITE is answered and becomes a monitoring leg
 * of the agent's call) or refuses it (403 saying why); undecided it times out (408), and the
 * supervisor may withdraw (CANCEL, 487). What cannot be asked is refused at once.
 */
class MonitorCodeSippTest {

    private static final String SUPERVISOR = "1005";

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003")
            .add("1005", "secret-1005").add("1006", "secret-1006"),
            settings -> settings.withMonitorDecisionTimeout(Duration.ofSeconds(5)));

    private B2bua control() {
        return earshot.server().callControl();
    }

    private RtpPhone supervisorMedia;

    @AfterEach
    void closeMedia() throws Exception {
        if (supervisorMedia != null) {
            supervisorMedia.close();
        }
    }

    @Test
    void aSupervisorDialingListenIsAskedForThenJoinedOnItsOwnCall() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        supervisorMedia = RtpPhone.answering(earshot.phoneMedia(6), 1800, G711.PCMU);
        Sipp.Running supervisor = dial("supervisor_dials_code.xml", "*811002", registeredSupervisor());

        CallEvent requested = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED);
        String request = requested.monitor().sessionId();
        control().acceptMonitorRequest(request);
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED, event -> event.monitor().sessionId().equals(request));
        awaitMixReached(supervisorMedia);
        control().switchMonitorMode(request, MonitoringMode.WHISPER);
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(supervisor.finish(), call[0].finish(), call[1].finish());
        assertThat(requested.callId()).isEqualTo(callId);
        assertThat(requested.detail()).isEqualTo("*811002");
        assertThat(requested.monitor()).isEqualTo(new CallEvent.Monitor(request, SUPERVISOR, MonitoringMode.LISTEN));
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.NO_SUCH_SESSION);
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *811002 1005 LISTEN", "MONITOR_STARTED LISTEN 1005 LISTEN",
                "MONITOR_MODE_CHANGED LISTEN -> WHISPER 1005 WHISPER", "MONITOR_ENDED call ended 1005 WHISPER");
    }

    @Test
    void aRefusedRequestGets403SayingWhy() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("supervisor_code_refused.xml", "*831002", registeredSupervisor());

        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        control().refuseMonitorRequest(request, "Agent 1002 is not in your scope");
        Sipp.Result refused = supervisor.finish();
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.NO_SUCH_SESSION);
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(refused, call[0].finish(), call[1].finish());
        assertThat(refused.logged()).contains("SIP/2.0 403 Monitoring refused")
                .contains("Warning: 399 earshot \"Agent 1002 is not in your scope\"");
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *831002 1005 BARGE",
                "MONITOR_ENDED refused: Agent 1002 is not in your scope 1005 BARGE");
    }

    @Test
    void aRequestNobodyDecidesTimesOutWith408() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("supervisor_code_refused.xml", "*821002", registeredSupervisor());

        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        Sipp.Result timedOut = supervisor.finish();
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.NO_SUCH_SESSION);
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(timedOut, call[0].finish(), call[1].finish());
        assertThat(timedOut.logged()).contains("SIP/2.0 408 No monitoring decision in time");
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *821002 1005 WHISPER",
                "MONITOR_ENDED no decision in time 1005 WHISPER");
    }

    @Test
    void theSupervisorCancellingWithdrawsTheRequest() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("supervisor_cancels_code.xml", "*841002", registeredSupervisor());

        Sipp.Result cancelled = supervisor.finish();
        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_ENDED).monitor().sessionId();
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.NO_SUCH_SESSION);
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(cancelled, call[0].finish(), call[1].finish());
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *841002 1005 TAKEOVER",
                "MONITOR_ENDED supervisor cancelled 1005 TAKEOVER");
    }

    @Test
    void aTransferWhileTheRequestWaitsEndsIt() throws Exception {
        Sipp.Running transferring = earshot.registeredPhone("agent_transfers.xml", "1002", "secret-1002", 1, 1000)
                .arg("-d", "1500", "-key", "target", "1003").startAgainst(earshot.port());
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 3, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 440).arg("-s", "1002").startAgainst(earshot.port());
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("supervisor_code_refused.xml", "*821002", registeredSupervisor());

        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Sipp.Result withdrawn = supervisor.finish();
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.NO_SUCH_SESSION);
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(withdrawn, transferring.finish(), target.finish(), caller.finish());
        assertThat(withdrawn.logged()).contains("SIP/2.0 480 Agent 1002 is not on the call any more");
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *821002 1005 WHISPER",
                "MONITOR_ENDED call transferred 1005 WHISPER");
    }

    @Test
    void theCallEndingWhileTheRequestWaitsEndsIt() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("supervisor_code_refused.xml", "*811002", registeredSupervisor());

        earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED);
        assertThat(control().hangUp(callId)).isTrue();
        Sipp.Result ended = supervisor.finish();

        assertSucceeded(ended, call[0].finish(), call[1].finish());
        assertThat(ended.logged()).contains("SIP/2.0 480 The call has ended");
        assertThat(monitorEvents()).containsExactly("MONITOR_REQUESTED *811002 1005 LISTEN", "MONITOR_ENDED call ended 1005 LISTEN");
        assertThat(earshot.eventTypes()).endsWith(CallEvent.Type.MONITOR_ENDED, CallEvent.Type.ENDED);
    }

    @Test
    void anOfferWithoutTheCallsLawIsRefusedAtOnce() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();

        Sipp.Result alawOnly = dial("supervisor_code_refused.xml", "*811002", registeredSupervisor(), "8").finish();
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(alawOnly, call[0].finish(), call[1].finish());
        assertThat(alawOnly.logged()).contains("SIP/2.0 488 No common codec: the call is in PCMU");
        assertThat(monitorEvents()).isEmpty();
    }

    @Test
    void anUnknownAgentAnIdleAgentAndAForeignDeviceAreRefusedAtOnce() throws Exception {
        int registered = registeredSupervisor();

        Sipp.Result unknown = dial("supervisor_code_refused.xml", "*811009", registered).finish();
        Sipp.Result idle = dial("supervisor_code_refused.xml", "*811002", registered).finish();
        Sipp.Result foreign = dial("supervisor_code_refused.xml", "*811002", FreePorts.udpAndTcp()).finish();

        assertSucceeded(unknown, idle, foreign);
        assertThat(unknown.logged()).contains("SIP/2.0 404 No such extension 1009");
        assertThat(idle.logged()).contains("SIP/2.0 480 Agent 1002 is not on an answered call");
        assertThat(foreign.logged()).contains("SIP/2.0 403 Not from a registered device of the caller");
        assertThat(earshot.events()).isEmpty();
    }

    @Test
    void anAcceptedRequestTheCallCannotTakeGets486SayingWhy() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running barging = earshot.registeredPhone("supervisor_answers.xml", "1006", "secret-1006", 3, 1800)
                .arg("-key", "rtp_port", String.valueOf(earshot.phoneMedia(11))).startAgainst(earshot.port());
        String barge = control().monitor(callId, "1006", MonitoringMode.BARGE);
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED, event -> event.monitor().sessionId().equals(barge));
        Sipp.Running supervisor = dial("supervisor_code_refused.xml", "*821002", registeredSupervisor());

        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        assertRefused(() -> control().acceptMonitorRequest(request), Reason.ANOTHER_SUPERVISOR_IS_HEARD);
        Sipp.Result busy = supervisor.finish();
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(busy, barging.finish(), call[0].finish(), call[1].finish());
        assertThat(busy.logged()).contains("SIP/2.0 486 Cannot monitor now").contains("Warning: 399 earshot \"Supervisor 1006");
        assertThat(monitorEvents()).filteredOn(event -> event.contains(" 1005 ")).hasSize(2).last().asString()
                .startsWith("MONITOR_ENDED refused: Supervisor 1006 is already in call");
    }

    @Test
    void keysTheSupervisorSendsBySipInfoAreReportedAndOtherBodiesRefused() throws Exception {
        Sipp.Running[] call = connectCall();
        String callId = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = dial("keys_by_info.xml", "*811002", registeredSupervisor());
        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        control().acceptMonitorRequest(request);

        earshot.awaitEvent(CallEvent.Type.MONITOR_DTMF, event -> event.detail().equals("3"));
        assertThat(control().hangUp(callId)).isTrue();

        assertSucceeded(supervisor.finish(), call[0].finish(), call[1].finish());
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.MONITOR_DTMF)
                .extracting(CallEvent::detail, CallEvent::monitor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2", new CallEvent.Monitor(request, SUPERVISOR, MonitoringMode.LISTEN)),
                        org.assertj.core.groups.Tuple.tuple("3", new CallEvent.Monitor(request, SUPERVISOR, MonitoringMode.LISTEN)));
        assertThat(earshot.eventTypes()).as("the supervisor's keys reach nobody").doesNotContain(CallEvent.Type.DTMF,
                CallEvent.Type.MONITOR_MODE_CHANGED);
    }

    /** A caller waiting for Earshot's BYE and the agent 1002 answering it, both sending tones (sipp). */
    private Sipp.Running[] connectCall() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 440).arg("-s", "1002").startAgainst(earshot.port());
        return new Sipp.Running[] {caller, agent};
    }

    /** The SIP port the supervisor's phone registered 1005 from. */
    private int registeredSupervisor() throws Exception {
        int port = FreePorts.udpAndTcp();
        earshot.register(SUPERVISOR, "secret-1005", port);
        return port;
    }

    /** The supervisor's phone dials the code from the port, offering both laws; its media is the test's supervisor socket, if any. */
    private Sipp.Running dial(String scenario, String code, int fromPort) throws Exception {
        return dial(scenario, code, fromPort, "0 8");
    }

    private Sipp.Running dial(String scenario, String code, int fromPort, String payloadTypes) throws Exception {
        int media = supervisorMedia != null ? supervisorMedia.port() : earshot.phoneMedia(10);
        return earshot.phone(scenario, 2, 1800).arg("-s", code, "-key", "caller", SUPERVISOR, "-key", "rtp_port",
                String.valueOf(media), "-key", "codecs", payloadTypes).fromPort(fromPort).startAgainst(earshot.port());
    }

    private static void awaitMixReached(RtpPhone phone) throws InterruptedException {
        for (int wait = 0; wait < 100 && phone.received().firstSource() == null; wait++) {
            Thread.sleep(20);
        }
        assertThat(phone.received().firstSource()).as("Earshot's mix reached the supervisor").isNotNull();
    }

    /** The monitoring events (not the notices played in them: MonitorNoticesAudioTest's), each as type, detail, supervisor and mode. */
    private List<String> monitorEvents() {
        return earshot.events().stream().filter(event -> event.monitor() != null && event.type() != CallEvent.Type.NOTICE_PLAYED)
                .map(event -> event.type() + " "
                + event.detail() + " " + event.monitor().supervisor() + " " + event.monitor().mode()).toList();
    }

    private static void assertRefused(ThrowingCallable attempt, Reason reason) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(MonitorRefusedException.class,
                refused -> assertThat(refused.reason()).as(refused.getMessage()).isEqualTo(reason));
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
