package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.directory.MonitoringNotices;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.media.Prompt;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.RtpPhone;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.ToneWindows;
import org.earshot.telephony.testing.Wav;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a queue's monitoring policy has caller and agent hear, proven on real RTP: caller, agent and
 * supervisor are sipp phones whose audio the test sends (each its own tone) and receives, and Goertzel
 * detection finds the announcement (a tone WAV uploaded as the prompt), the agent's notice beep and the
 * barge tone where the policy puts them and nowhere else; and each notice heard is reported as a NOTICE_PLAYED
 * event saying which and to whom (what compliance counts), none that was not.
 */
class MonitorNoticesAudioTest {

    private static final int CALLER = 440;
    private static final int AGENT = 1000;
    private static final int SUPERVISOR = 1800;
    private static final int ANNOUNCEMENT = 2200;
    private static final int NOTICE = 1400;
    private static final int NOTICE_PROMPT = 2600;
    private static final int BARGE = 620;
    private static final int[] TONES = {CALLER, AGENT, SUPERVISOR, ANNOUNCEMENT, NOTICE, NOTICE_PROMPT, BARGE};
    private static final String QUEUE = "7000";
    private static final Prompt RECORDED_CALLS = wavPrompt(Wav.tone(ANNOUNCEMENT, 1500));

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1005", "secret-1005"), queues,
            settings -> settings);

    private RtpPhone caller;
    private RtpPhone agent;
    private RtpPhone supervisor;
    private Sipp.Running callerPhone;
    private Sipp.Running agentPhone;
    private Sipp.Running supervisorPhone;

    @AfterEach
    void hangUpPhones() throws Exception {
        for (AutoCloseable phone : new AutoCloseable[] {caller, agent, supervisor}) {
            if (phone != null) {
                phone.close();
            }
        }
    }

    @Test
    void callerHearsTheAnnouncementThroughBeforeTheAgent() throws Exception {
        String callId = callQueue(new MonitoringNotices(Optional.of(RECORDED_CALLS), Optional.empty(), true));
        Thread.sleep(1500);
        hangUp(callId);

        ToneWindows heard = ToneWindows.of(caller.received().audioBetween(Long.MIN_VALUE, Long.MAX_VALUE), TONES);
        assertThat(heard.count(ANNOUNCEMENT)).as("caller heard " + heard).isGreaterThanOrEqualTo(2);
        assertThat(heard.first(AGENT)).as("the agent is heard, after the announcement: " + heard).isGreaterThan(heard.first(ANNOUNCEMENT));
        assertThat(heard.last(ANNOUNCEMENT)).as("nothing of the announcement after the agent came: " + heard)
                .isLessThanOrEqualTo(heard.first(AGENT));
        assertThat(ToneWindows.of(agent.received().audioBetween(Long.MIN_VALUE, Long.MAX_VALUE), TONES).count(ANNOUNCEMENT))
                .as("the announcement is the caller's alone").isZero();
        assertThat(noticesPlayed()).containsExactly("CALLER_ANNOUNCEMENT to caller");
        List<CallEvent.Type> types = earshot.eventTypes();
        assertThat(types.indexOf(CallEvent.Type.NOTICE_PLAYED)).as("reported once heard through, before the agent rang: " + types)
                .isLessThan(types.indexOf(CallEvent.Type.RINGING));
    }

    @Test
    void queueWithoutAnnouncementPutsTheCallerThroughWithoutOne() throws Exception {
        String callId = callQueue(MonitoringNotices.DEFAULT);
        Thread.sleep(1500);
        hangUp(callId);

        ToneWindows heard = ToneWindows.of(caller.received().audioBetween(Long.MIN_VALUE, Long.MAX_VALUE), TONES);
        assertThat(heard.count(AGENT)).as("caller heard " + heard).isGreaterThanOrEqualTo(2);
        assertThat(heard.count(ANNOUNCEMENT)).as("caller heard " + heard).isZero();
        assertThat(noticesPlayed()).isEmpty();
    }

    @ParameterizedTest(name = "agent notice {0}")
    @EnumSource(Notice.class)
    void agentHearsTheNoticeWhenMonitoringStartsAsThePolicySaysAndTheCallerNever(Notice notice) throws Exception {
        String callId = callQueue(new MonitoringNotices(Optional.empty(), notice.prompt, true));
        Thread.sleep(1000);
        long monitoringAsked = System.nanoTime();
        String session = monitor(callId, MonitoringMode.LISTEN);
        Thread.sleep(1500);
        hangUp(callId);

        ToneWindows agentBefore = ToneWindows.of(agent.heard(Long.MIN_VALUE, monitoringAsked), TONES);
        ToneWindows agentAfter = ToneWindows.of(agent.heard(monitoringAsked, Long.MAX_VALUE), TONES);
        ToneWindows callerHeard = ToneWindows.of(caller.heard(Long.MIN_VALUE, Long.MAX_VALUE), TONES);
        ToneWindows supervisorHeard = ToneWindows.of(supervisor.heard(Long.MIN_VALUE, Long.MAX_VALUE), TONES);
        assertThat(agentAfter.count(CALLER)).as("agent while monitored: " + agentAfter).isGreaterThanOrEqualTo(2);
        for (int noticeTone : new int[] {NOTICE, NOTICE_PROMPT}) {
            assertThat(agentBefore.count(noticeTone)).as("agent before monitoring: " + agentBefore).isZero();
            assertThat(agentAfter.count(noticeTone) > 0).as("agent while monitored: " + agentAfter).isEqualTo(noticeTone == notice.hertz);
            assertThat(callerHeard.count(noticeTone)).as("the caller is never told: " + callerHeard).isZero();
            assertThat(supervisorHeard.count(noticeTone)).as("nor the supervisor: " + supervisorHeard).isZero();
        }
        assertThat(noticesPlayed()).isEqualTo(notice.reported);
        earshot.events().stream().filter(e -> e.type() == CallEvent.Type.NOTICE_PLAYED)
                .forEach(e -> assertThat(e.monitor().sessionId()).as("with its session").isEqualTo(session));
    }

    /** The agent notices of a policy, with the tone each is heard as (0: none) and the notices reported played. */
    enum Notice {
        NONE(Optional.empty(), 0, List.of()),
        TONE(Optional.of(MonitoringNotices.NOTICE_TONE), NOTICE, List.of("AGENT_NOTICE_TONE to agent")),
        PROMPT(Optional.of(wavPrompt(Wav.g711Tone(G711.PCMA, NOTICE_PROMPT, 600))), NOTICE_PROMPT, List.of("AGENT_NOTICE_PROMPT to agent"));

        private final Optional<Prompt> prompt;
        private final int hertz;
        private final List<String> reported;

        Notice(Optional<Prompt> prompt, int hertz, List<String> reported) {
            this.prompt = prompt;
            this.hertz = hertz;
            this.reported = reported;
        }
    }

    @ParameterizedTest(name = "barge tone: {0}")
    @ValueSource(booleans = {true, false})
    void callerAndAgentHearTheBargeToneOnEnteringBargeIfThePolicySaysSo(boolean bargeTone) throws Exception {
        String callId = callQueue(new MonitoringNotices(Optional.empty(), Optional.empty(), bargeTone));
        String session = monitor(callId, MonitoringMode.LISTEN);
        Thread.sleep(1500);
        long barging = System.nanoTime();
        earshot.server().callControl().switchMonitorMode(session, MonitoringMode.BARGE);
        Thread.sleep(1500);
        hangUp(callId);

        for (RtpPhone party : List.of(caller, agent)) {
            String who = party == caller ? "caller" : "agent";
            ToneWindows listening = ToneWindows.of(party.heard(Long.MIN_VALUE, barging), TONES);
            ToneWindows barged = ToneWindows.of(party.heard(barging, Long.MAX_VALUE), TONES);
            assertThat(listening.count(BARGE)).as(who + " while the supervisor listened: " + listening).isZero();
            assertThat(barged.count(SUPERVISOR)).as(who + " hears the supervisor barge in: " + barged).isGreaterThanOrEqualTo(2);
            assertThat(barged.count(BARGE) > 0).as(who + " after the barge: " + barged).isEqualTo(bargeTone);
        }
        assertThat(noticesPlayed()).isEqualTo(bargeTone ? List.of("BARGE_TONE to caller and agent") : List.of());
    }

    /** A queue with the notices, agent 1002 logged in to it and answering, and a caller put through to it. */
    private String callQueue(MonitoringNotices notices) throws Exception {
        queues.add("Support", QUEUE, notices, "1002");
        agent = RtpPhone.answering(earshot.phoneMedia(1), AGENT, G711.PCMU);
        agentPhone = earshot.registeredPhone("agent_answers_elsewhere.xml", "1002", "secret-1002", 2, AGENT)
                .arg("-key", "rtp_port", String.valueOf(agent.port())).startAgainst(earshot.port());
        earshot.server().agents().logIn("1002", List.of(QUEUE));
        caller = RtpPhone.answering(earshot.phoneMedia(4), CALLER, G711.PCMU);
        callerPhone = earshot.phone("caller_media_elsewhere.xml", 3, CALLER)
                .arg("-s", QUEUE, "-key", "rtp_port", String.valueOf(caller.port())).startAgainst(earshot.port());
        return earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
    }

    /** Supervisor 1005 monitors the call from a phone that answers by itself; returns once it is in the call. */
    private String monitor(String callId, MonitoringMode mode) throws Exception {
        supervisor = RtpPhone.answering(earshot.phoneMedia(5), SUPERVISOR, G711.PCMU);
        supervisorPhone = earshot.registeredPhone("supervisor_answers.xml", "1005", "secret-1005", 6, SUPERVISOR)
                .arg("-key", "rtp_port", String.valueOf(supervisor.port())).startAgainst(earshot.port());
        String session = earshot.server().callControl().monitor(callId, "1005", mode);
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED, event -> event.monitor().sessionId().equals(session));
        return session;
    }

    private void hangUp(String callId) throws Exception {
        assertThat(earshot.server().callControl().hangUp(callId)).isTrue();
        earshot.awaitEvent(CallEvent.Type.ENDED);
        for (Sipp.Running phone : new Sipp.Running[] {callerPhone, agentPhone, supervisorPhone}) {
            if (phone != null) {
                Sipp.Result result = phone.finish();
                assertThat(result.succeeded()).as(result.describe()).isTrue();
            }
        }
    }

    /** The details of the NOTICE_PLAYED events reported, in order. */
    private List<String> noticesPlayed() {
        return earshot.events().stream().filter(e -> e.type() == CallEvent.Type.NOTICE_PLAYED).map(CallEvent::detail).toList();
    }

    private static Prompt wavPrompt(byte[] wav) {
        try {
            return Prompt.wav("recorded prompt", new ByteArrayInputStream(wav));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
