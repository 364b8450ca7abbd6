package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditService;
import org.earshot.audit.RequestOrigin;
import org.earshot.recording.MarkerType;
import org.earshot.recording.PlaybackAudio;
import org.earshot.recording.RecordingAuditAction;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPlayback;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.RecordingTrack;
import org.earshot.recording.RecordingView;
import org.earshot.telephony.testing.Baresip;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.ToneWindows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recording made with real phones, checked by ear: a caller (headless baresip sending 440 Hz)
 * calls demo agent2 (1002, a sipp desk phone sending 700 Hz) while the organization default records
 * every direct call and keeps supervisor audio; sup.billing's baresip (2001, sending 1000 Hz) dials
 * {@code *821002} (whisper) and then presses 4 (takeover). The decrypted recording, read through the
 * audited playback: the left channel holds the caller's tone and nothing else; the right channel
 * the agent's until the takeover and the supervisor's after it; the supervisor track holds the
 * whisper and nothing before it; the markers name the whisper and the takeover where they happened.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingByPhoneIT {

    private static final Duration PHONE_LIFETIME = Duration.ofSeconds(60);
    private static final int CALLER_TONE = 440;
    private static final int AGENT_TONE = 700;
    private static final int SUPERVISOR_TONE = 1000;
    private static final int EARSHOT_SIP_PORT = Integer.getInteger("it.sip-port", 5360);
    private static final Duration IN_EACH_PART = Duration.ofSeconds(3);
    /** ToneWindows' windows are half a second. */
    private static final long WINDOW_MILLIS = 500;

    @EJB
    private RecordingPolicyService policies;

    @EJB
    private RecordingQueries recordings;

    @EJB
    private RecordingPlayback playback;

    @EJB
    private AuditService audit;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void leftIsTheCallerRightTheAgentThenTheSupervisorWhoTookOverAndTheWhisperIsItsOwnTrack() throws Exception {
        Instant since = DefaultRecordingPolicy.during(policies, new RecordingPolicySettings(RecordingMode.ALL, 100, true, 30, true, 120),
                RecordingByPhoneIT::makeTheCall);

        RecordingView recording = DefaultRecordingPolicy.finishedSince(recordings, since, 1).get(0);
        assertThat(recording.status()).as(recording.incompleteReason()).isEqualTo(RecordingStatus.COMPLETE);
        assertThat(recording.notRecordedMillis()).as("armed before the answer").isZero();
        assertThat(recording.hasSupervisorTrack()).isTrue();
        List<RecordingMarkerView> markers = As.user("sup.billing", () -> recordings.markers(recording.id()));
        long whisperAt = offsetOf(markers, MarkerType.MONITOR_STARTED);
        long takeoverAt = offsetOf(markers, MarkerType.MONITOR_MODE_CHANGED);
        assertThat(takeoverAt - whisperAt).as("markers: " + markers).isGreaterThanOrEqualTo(IN_EACH_PART.toMillis() - 500);

        short[][] call = channels(read(recording, RecordingTrack.CALL), 2);
        ToneWindows left = ToneWindows.of(call[0], CALLER_TONE, AGENT_TONE, SUPERVISOR_TONE);
        ToneWindows right = ToneWindows.of(call[1], CALLER_TONE, AGENT_TONE, SUPERVISOR_TONE);
        ToneWindows supervisor = ToneWindows.of(channels(read(recording, RecordingTrack.SUPERVISOR), 1)[0],
                CALLER_TONE, AGENT_TONE, SUPERVISOR_TONE);
        int whisperWindow = window(whisperAt);
        int takeoverWindow = window(takeoverAt);

        assertThat(left.count(CALLER_TONE)).as("the caller's tone throughout the left channel: " + left)
                .isGreaterThanOrEqualTo(left.size() - 2);
        assertThat(left.count(AGENT_TONE) + left.count(SUPERVISOR_TONE)).as("and nobody else's: " + left).isZero();

        assertThat(right.count(CALLER_TONE)).as("never the caller on the right: " + right).isZero();
        assertThat(right.first(AGENT_TONE)).as("the agent from the start: " + right).isLessThanOrEqualTo(1);
        assertThat(right.last(AGENT_TONE)).as("until the takeover: " + right).isLessThanOrEqualTo(takeoverWindow + 1);
        assertThat(right.first(SUPERVISOR_TONE)).as("the supervisor continues the agent's channel after it: " + right)
                .isBetween(takeoverWindow - 1, takeoverWindow + 2);
        assertThat(right.count(SUPERVISOR_TONE)).as("to the end: " + right).isGreaterThanOrEqualTo(right.size() - takeoverWindow - 3);

        assertThat(supervisor.first(SUPERVISOR_TONE)).as("the whisper on the supervisor track, from when it started: " + supervisor)
                .isBetween(whisperWindow - 1, whisperWindow + 2);
        assertThat(supervisor.count(SUPERVISOR_TONE)).as("while it whispered: " + supervisor)
                .isGreaterThanOrEqualTo(takeoverWindow - whisperWindow - 2);
        assertThat(supervisor.count(CALLER_TONE) + supervisor.count(AGENT_TONE)).as("only the supervisor: " + supervisor).isZero();
    }

    @Test
    void onAnOnDemandCallTheAgentsStarThreeOrTheListeningSupervisorsSevenStartsTheRecordingInTheirName() throws Exception {
        Instant since = DefaultRecordingPolicy.during(policies,
                new RecordingPolicySettings(RecordingMode.ON_DEMAND, 100, false, 30, false, null), () -> {
                    callAndPressToRecord(false);
                    callAndPressToRecord(true);
                });

        List<RecordingView> made = DefaultRecordingPolicy.finishedSince(recordings, since, 2);
        RecordingView byAgent = made.get(1);
        RecordingView bySupervisor = made.get(0);
        for (RecordingView recording : made) {
            assertThat(recording.status()).as(recording.incompleteReason()).isEqualTo(RecordingStatus.COMPLETE);
            assertThat(recording.notRecordedMillis()).as("recorded from the key on, not from the answer")
                    .isGreaterThanOrEqualTo(IN_EACH_PART.toMillis() - 1000);
        }
        assertThat(startsOf("agent2", byAgent)).extracting(AuditEntry::getDetail).containsExactly("started on demand by agent2 by key *3");
        assertThat(startsOf("sup.billing", bySupervisor)).extracting(AuditEntry::getDetail)
                .containsExactly("started on demand by sup.billing by key 7");
    }

    /** The agent (baresip, 1002) answers a caller; after a while the agent presses *3, or sup.billing listens in and presses 7. */
    private static void callAndPressToRecord(boolean bySupervisor) throws Exception {
        int agentPort = FreePorts.udpAndTcpWithNextTcp();
        int supervisorPort = FreePorts.udpAndTcpWithNextTcp();
        Phones.register("1002", "sip-1002-demo", agentPort);
        Phones.register("2001", "sip-2001-demo", supervisorPort);
        try (Baresip agent = Baresip.unregistered("1002", agentPort, EARSHOT_SIP_PORT, AGENT_TONE, FreePorts.udpBlock(4), PHONE_LIFETIME);
             Baresip caller = Baresip.unregistered("caller", FreePorts.udpAndTcpWithNextTcp(), EARSHOT_SIP_PORT, CALLER_TONE,
                     FreePorts.udpBlock(4), PHONE_LIFETIME);
             Baresip supervisor = Baresip.unregistered("2001", supervisorPort, EARSHOT_SIP_PORT, SUPERVISOR_TONE,
                     FreePorts.udpBlock(4), PHONE_LIFETIME)) {
            caller.dial("1002");
            Thread.sleep(IN_EACH_PART.toMillis());
            if (bySupervisor) {
                supervisor.dial("*811002");
                Thread.sleep(IN_EACH_PART.toMillis() / 2);
                supervisor.press("7");
            } else {
                agent.press("*3");
            }
            Thread.sleep(IN_EACH_PART.toMillis());
            caller.hangUp();
            Thread.sleep(1000);
        }
    }

    private List<AuditEntry> startsOf(String actor, RecordingView recording) {
        return AuditTrail.of(audit, actor, recording.callId(), recording.startedAt().minusSeconds(30)).stream()
                .filter(entry -> entry.getAction().equals(RecordingAuditAction.RECORDING_START.qualifiedName())).toList();
    }

    /** Caller and agent talk, the supervisor whispers and then takes over, the caller hangs up. */
    private static void makeTheCall() throws Exception {
        int supervisorPort = FreePorts.udpAndTcpWithNextTcp();
        Phones.register("2001", "sip-2001-demo", supervisorPort);
        Process agent = Phones.answeringAgentWithTone("1002", AGENT_TONE);
        try (Baresip caller = Baresip.unregistered("caller", FreePorts.udpAndTcpWithNextTcp(), EARSHOT_SIP_PORT, CALLER_TONE,
                FreePorts.udpBlock(4), PHONE_LIFETIME);
             Baresip supervisor = Baresip.unregistered("2001", supervisorPort, EARSHOT_SIP_PORT, SUPERVISOR_TONE,
                     FreePorts.udpBlock(4), PHONE_LIFETIME)) {
            caller.dial("1002");
            Thread.sleep(IN_EACH_PART.toMillis());
            supervisor.dial("*821002");
            Thread.sleep(IN_EACH_PART.toMillis());
            supervisor.press("4");
            Thread.sleep(IN_EACH_PART.toMillis());
            caller.hangUp();
            Thread.sleep(1000);
        } finally {
            agent.destroyForcibly();
        }
    }

    private byte[] read(RecordingView recording, RecordingTrack track) throws Exception {
        return As.user("sup.billing", () -> {
            RequestOrigin origin = new RequestOrigin();
            origin.setAddress("127.0.0.1");
            try (PlaybackAudio audio = playback.open(recording.id(), track, false, origin)) {
                ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(audio.size()));
                while (all.hasRemaining() && audio.audio().read(all) >= 0) {
                    // reads on until the whole track is in
                }
                return all.array();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** De-interleaves little-endian 16-bit samples into their channels. */
    private static short[][] channels(byte[] pcm, int count) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        short[][] channels = new short[count][pcm.length / 2 / count];
        for (int i = 0; i < channels[0].length; i++) {
            for (int channel = 0; channel < count; channel++) {
                channels[channel][i] = samples.getShort();
            }
        }
        return channels;
    }

    private static long offsetOf(List<RecordingMarkerView> markers, MarkerType type) {
        return markers.stream().filter(marker -> marker.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " marker in " + markers)).offsetMillis();
    }

    private static int window(long offsetMillis) {
        return (int) (offsetMillis / WINDOW_MILLIS);
    }
}
