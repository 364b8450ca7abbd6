package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.Baresip;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Phase;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The audio of live monitoring, party by party: the caller (sipp, with its audio sent and received
 * by the test), the agent (a headless baresip softphone registered as 1002, recording what it
 * receives) and the supervisor (sipp registered as 1005, which Earshot calls, its audio again the
 * test's) each send a tone of their own through real RTP, and Goertzel tone detection shows that
 * each hears exactly what the table of who hears whom says, in every mode and across switches
 * within one session, and never itself; the same for a supervisor who dialed {@code *81} from its
 * own phone, and for a listener across a transfer of the call to another agent.
 */
class MonitorAudioTest {

    private static final int CALLER = 440;
    private static final int AGENT = 1000;
    private static final int SUPERVISOR = 1800;
    /** An agent who transfers the call to the agent above. */
    private static final int TRANSFERRING_AGENT = 2600;
    private static final int[] TONES = {CALLER, AGENT, SUPERVISOR};
    private static final long PHASE_MILLIS = 2500;
    private static final Duration LIFETIME = Duration.ofSeconds(40);

    /** The table "who hears whom" (ARCHITECTURE.md), and before any monitor the plain call. */
    private static final Map<MonitoringMode, Hearing> TABLE = Map.of(
            MonitoringMode.LISTEN, new Hearing(Set.of(AGENT, CALLER), Set.of(CALLER), Set.of(AGENT)),
            MonitoringMode.WHISPER, new Hearing(Set.of(AGENT, CALLER), Set.of(CALLER, SUPERVISOR), Set.of(AGENT)),
            MonitoringMode.BARGE, new Hearing(Set.of(AGENT, CALLER), Set.of(CALLER, SUPERVISOR), Set.of(AGENT, SUPERVISOR)),
            MonitoringMode.TAKEOVER, new Hearing(Set.of(CALLER), Set.of(), Set.of(SUPERVISOR)));
    private static final Hearing UNMONITORED = new Hearing(Set.of(), Set.of(CALLER), Set.of(AGENT));

    /** What supervisor, agent and caller hear. */
    private record Hearing(Set<Integer> supervisor, Set<Integer> agent, Set<Integer> caller) {
    }

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003")
            .add("1005", "secret-1005"), settings -> settings.withChallenges(DigestAlgorithm.MD5));

    private final List<Phase> phases = new ArrayList<>();
    private final List<Hearing> expected = new ArrayList<>();
    private RtpPhone caller;
    private RtpPhone supervisor;
    private Baresip agent;
    private Sipp.Running callerPhone;
    private Sipp.Running supervisorPhone;
    private long phaseStart;
    private long agentReleasedAt;

    @AfterEach
    void hangUpPhones() throws Exception {
        for (AutoCloseable phone : new AutoCloseable[] {agent, caller, supervisor}) {
            if (phone != null) {
                phone.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MonitoringMode.class)
    void eachPartyHearsExactlyWhatTheModeAllowsAndNeverItself(MonitoringMode mode) throws Exception {
        String callId = connectCall();
        endPhase("plain call", UNMONITORED);

        String session = earshot.server().callControl().monitor(callId, "1005", mode);
        awaitStarted(session);
        endPhase(mode.toString(), TABLE.get(mode));
        hangUp(callId);

        assertEveryoneHeardWhatTheTableSays();
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.MONITOR_STARTED)
                .extracting(CallEvent::monitor).containsExactly(new CallEvent.Monitor(session, "1005", mode));
    }

    @Test
    void oneSessionSwitchesFromListenToWhisperToBargeToTakeover() throws Exception {
        String callId = connectCall();
        endPhase("plain call", UNMONITORED);
        String session = earshot.server().callControl().monitor(callId, "1005", MonitoringMode.LISTEN);
        awaitStarted(session);
        endPhase("listen", TABLE.get(MonitoringMode.LISTEN));

        for (MonitoringMode next : List.of(MonitoringMode.WHISPER, MonitoringMode.BARGE, MonitoringMode.TAKEOVER)) {
            earshot.server().callControl().switchMonitorMode(session, next);
            endPhase(next.toString(), TABLE.get(next));
        }
        hangUp(callId);

        assertEveryoneHeardWhatTheTableSays();
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.MONITOR_MODE_CHANGED)
                .extracting(CallEvent::detail).containsExactly("LISTEN -> WHISPER", "WHISPER -> BARGE", "BARGE -> TAKEOVER");
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.MONITOR_ENDED)
                .extracting(CallEvent::detail).containsExactly("call ended");
    }

    @Test
    void aSupervisorWhoDialedListenHearsBothPartiesAndNobodyHearsTheSupervisor() throws Exception {
        String callId = callAgent();
        endPhase("plain call", UNMONITORED);
        int supervisorSip = FreePorts.udpAndTcp();
        earshot.register("1005", "secret-1005", supervisorSip);
        supervisorPhone = earshot.phone("supervisor_dials_code.xml", 2, SUPERVISOR).arg("-s", "*811002", "-key", "caller", "1005",
                "-key", "rtp_port", String.valueOf(supervisor.port())).fromPort(supervisorSip).startAgainst(earshot.port());

        String request = earshot.awaitEvent(CallEvent.Type.MONITOR_REQUESTED).monitor().sessionId();
        earshot.server().callControl().acceptMonitorRequest(request);
        awaitStarted(request);
        endPhase("listen by *81", TABLE.get(MonitoringMode.LISTEN));
        hangUp(callId);

        assertEveryoneHeardWhatTheTableSays();
    }

    /**
     * sipp agents here (the test does not read what they hear): 1002 answers with its tone and
     * transfers the call to 1003, who answers with another. The listening supervisor hears the
     * caller and whichever agent is on the call; the caller never hears the supervisor.
     */
    @Test
    void aListeningSupervisorHearsTheNewAgentAfterATransfer() throws Exception {
        Sipp.Running transferring = earshot.registeredPhone("agent_transfers.xml", "1002", "secret-1002", 1, TRANSFERRING_AGENT)
                .arg("-d", "5000", "-key", "target", "1003").startAgainst(earshot.port());
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 3, AGENT)
                .startAgainst(earshot.port());
        String callId = callFrom("1002");
        supervisorAnswers();
        String session = earshot.server().callControl().monitor(callId, "1005", MonitoringMode.LISTEN);
        awaitStarted(session);
        earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Phase beforeTransfer = new Phase("listen, first agent", phaseStart, System.nanoTime());
        phaseStart = System.nanoTime();
        Thread.sleep(PHASE_MILLIS);
        Phase afterTransfer = new Phase("listen, new agent", phaseStart, System.nanoTime());
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();

        for (Sipp.Result phone : new Sipp.Result[] {transferring.finish(), target.finish(), callerPhone.finish(), supervisorPhone.finish()}) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        int[] tones = {CALLER, AGENT, SUPERVISOR, TRANSFERRING_AGENT};
        beforeTransfer.assertHeard("supervisor", supervisor, Set.of(CALLER, TRANSFERRING_AGENT), tones);
        beforeTransfer.assertHeard("caller", caller, Set.of(TRANSFERRING_AGENT), tones);
        afterTransfer.assertHeard("supervisor", supervisor, Set.of(CALLER, AGENT), tones);
        afterTransfer.assertHeard("caller", caller, Set.of(AGENT), tones);
        assertThat(earshot.events()).filteredOn(event -> event.monitor() != null && event.type() != CallEvent.Type.NOTICE_PLAYED)
                .extracting(CallEvent::type).containsExactly(CallEvent.Type.MONITOR_STARTED, CallEvent.Type.MONITOR_ENDED);
    }

    /** The agent's baresip and the supervisor's sipp registered, the caller's call answered by the agent. */
    private String connectCall() throws Exception {
        String callId = callAgent();
        supervisorAnswers();
        return callId;
    }

    /** The supervisor's sipp registered, to answer Earshot's call by itself with the test's audio socket. */
    private void supervisorAnswers() throws Exception {
        supervisorPhone = earshot.registeredPhone("supervisor_answers.xml", "1005", "secret-1005", 2, SUPERVISOR)
                .arg("-key", "rtp_port", String.valueOf(supervisor.port())).startAgainst(earshot.port());
    }

    /** The agent's baresip registered and the caller's call answered by it; the supervisor's audio socket open. */
    private String callAgent() throws Exception {
        agent = Baresip.register("1002", "secret-1002", earshot.port(), AGENT, earshot.phoneMedia(1), LIFETIME);
        awaitRegistered("1002");
        return callFrom("1002");
    }

    /** The caller (sipp, its audio the test's) dials the agent, a supervisor's audio socket is open; once answered the first phase starts. */
    private String callFrom(String dialed) throws Exception {
        caller = RtpPhone.answering(earshot.phoneMedia(4), CALLER, G711.PCMU);
        supervisor = RtpPhone.answering(earshot.phoneMedia(5), SUPERVISOR, G711.PCMU);
        callerPhone = earshot.phone("caller_media_elsewhere.xml", 0, CALLER)
                .arg("-s", dialed, "-key", "rtp_port", String.valueOf(caller.port())).startAgainst(earshot.port());
        CallEvent answered = earshot.awaitEvent(CallEvent.Type.ANSWERED);
        phaseStart = System.nanoTime();
        return answered.callId();
    }

    /** The supervisor's phone answered: its phase starts now. */
    private void awaitStarted(String session) throws InterruptedException {
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED, event -> event.monitor().sessionId().equals(session));
        phaseStart = System.nanoTime();
    }

    /** Lets the phase run its course, then starts the next. */
    private void endPhase(String name, Hearing hearing) throws InterruptedException {
        Thread.sleep(Math.max(0, PHASE_MILLIS - (System.nanoTime() - phaseStart) / 1_000_000));
        long end = System.nanoTime();
        phases.add(new Phase(name, phaseStart, end));
        expected.add(hearing);
        if (hearing == TABLE.get(MonitoringMode.TAKEOVER)) {
            agentReleasedAt = phaseStart;
        }
        phaseStart = end;
    }

    private void hangUp(String callId) throws Exception {
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();
        earshot.awaitEvent(CallEvent.Type.ENDED);
        Sipp.Result called = callerPhone.finish();
        Sipp.Result monitored = supervisorPhone.finish();
        agent.close();
        assertThat(called.succeeded()).as(called.describe()).isTrue();
        assertThat(monitored.succeeded()).as("asked to answer by itself, and hung up: " + monitored.describe()).isTrue();
    }

    private void assertEveryoneHeardWhatTheTableSays() throws Exception {
        short[] agentRecording = agent.received();
        long agentRecordingStarted = caller.received().packets().get(0).arrivedNanos(); // the agent's first packet reached the caller
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            Hearing hearing = expected.get(i);
            phase.assertHeard("supervisor", supervisor, hearing.supervisor(), TONES);
            phase.assertHeard("caller", caller, hearing.caller(), TONES);
            phase.assertHeard("agent", agentRecording, agentRecordingStarted, hearing.agent(), TONES);
        }
        if (agentReleasedAt != 0) {
            long recorded = agentRecording.length * 1_000_000_000L / 8000;
            assertThat(agentRecordingStarted + recorded).as("the agent's call ended (BYE) at the takeover, not at the hang-up")
                    .isLessThan(agentReleasedAt + 500_000_000L);
        }
    }

    private void awaitRegistered(String extension) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (earshot.server().locations().bindingsOf(extension).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(extension + " did not register:\n" + agent.log());
            }
            Thread.sleep(50);
        }
    }
}
