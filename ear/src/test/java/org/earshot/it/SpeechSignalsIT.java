package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.RecordingView;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignal;
import org.earshot.recording.SpeechSignalQueries;
import org.earshot.recording.SpeechSignals;
import org.earshot.telephony.testing.Baresip;
import org.earshot.telephony.testing.FreePorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real call's speech signals, measured by the recorder as it wrote the recording and kept when it
 * finished: a caller (headless baresip sending a 440 Hz tone, i.e. talking throughout) calls demo
 * agent2 (1002, a sipp desk phone sending µ-law silence) while the organization default records
 * every direct call. The recording's signals say so, through the REST recording view and the
 * recordings list's filters, and through the query sampling rules use.
 */
@ExtendWith(ArquillianExtension.class)
class SpeechSignalsIT {

    private static final Duration TALK = Duration.ofSeconds(8);
    private static final int EARSHOT_SIP_PORT = Integer.getInteger("it.sip-port", 5360);
    /** The tone's start after the answer and the call's end may each cost a little talk; never more than this. */
    private static final long EDGES_MS = 1500;

    @EJB
    private RecordingPolicyService policies;

    @EJB
    private RecordingQueries recordings;

    @EJB
    private SpeechSignalQueries signals;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void aCallerTalkingToASilentAgentIsAllCallerTalkWithoutSilenceOrOvertalk() throws Exception {
        Instant since = DefaultRecordingPolicy.during(policies, new RecordingPolicySettings(RecordingMode.ALL, 100, false, 30, false, null),
                SpeechSignalsIT::callerTalksToASilentAgent);
        RecordingView recording = DefaultRecordingPolicy.finishedSince(recordings, since, 1).get(0);
        assertThat(recording.status()).as(recording.incompleteReason()).isEqualTo(RecordingStatus.COMPLETE);
        long length = recording.durationMillis();
        assertThat(length).isGreaterThanOrEqualTo(TALK.toMillis() - 1000);

        SpeechSignals speech = recording.speech();
        assertThat(speech).as("kept with the finished recording").isNotNull();
        assertThat(speech.callerTalkMs()).isBetween(length - EDGES_MS, length);
        assertThat(speech.agentTalkMs()).isZero();
        assertThat(speech.agentTalkPercent()).isZero();
        assertThat(speech.silenceLongestMs()).isLessThanOrEqualTo(EDGES_MS);
        assertThat(speech.overtalkCount()).isZero();
        assertThat(speech.callerMonologueLongestMs()).isBetween(length - EDGES_MS, length);
        assertThat(speech.agentMonologueLongestMs()).isZero();
        assertThat(speech.holdMs()).isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM recording_speech WHERE recording_id = ? AND source = 'RECORDER'", recording.id()))
                .as("measured by the recorder as it wrote, not read back").isEqualTo(1);

        JsonNode view = Api.json(Api.get("sup.billing", "recordings/" + recording.id())).get("recording").get("speech");
        assertThat(view.get("callerTalkMs").asLong()).isEqualTo(speech.callerTalkMs());
        assertThat(view.get("agentTalkPercent").asLong()).isZero();
        assertThat(view.get("overtalkCount").asLong()).isZero();

        long callerTalkAtLeast = length - EDGES_MS;
        assertThat(listed("signalAtLeast=callerTalkMs:" + callerTalkAtLeast + "&signalAtMost=agentTalkPercent:10&signalAtMost=overtalkCount:0",
                since)).as("the signals the call has").contains(recording.id().toString());
        assertThat(listed("signalAtLeast=agentTalkPercent:40&signalAtMost=agentTalkPercent:60", since)).as("an agent's share it has not")
                .doesNotContain(recording.id().toString());
        assertThat(listed("signalAtLeast=silenceLongestMs:30000", since)).as("a silence it has not").doesNotContain(recording.id().toString());
        HttpResponse<String> unknown = Api.get("sup.billing", "recordings?signalAtLeast=silence:30");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("signalAtLeast");

        Map<String, SpeechSignals> sampled = As.system(() -> signals.callsMatching(List.of(recording.callId(), "no-such-call"),
                SignalCriteria.none().atLeast(SpeechSignal.CALLER_MONOLOGUE_LONGEST_MS, callerTalkAtLeast)));
        assertThat(sampled).containsOnlyKeys(recording.callId()).containsValue(speech);
        Map<String, SpeechSignals> agentTalked = As.system(() -> signals.callsMatching(List.of(recording.callId()),
                SignalCriteria.none().atLeast(SpeechSignal.AGENT_TALK_MS, 1)));
        assertThat(agentTalked).isEmpty();
    }

    /** The recordings' ids sup.billing's list gives with these signal bounds, started since then. */
    private static List<String> listed(String bounds, Instant since) throws Exception {
        HttpResponse<String> list = Api.get("sup.billing", "recordings?size=100&from=" + since + "&" + bounds);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Api.json(list).get("items").findValuesAsText("id");
    }

    private static void callerTalksToASilentAgent() throws Exception {
        Process agent = Phones.answeringAgent("1002");
        try (Baresip caller = Baresip.unregistered("caller", FreePorts.udpAndTcpWithNextTcp(), EARSHOT_SIP_PORT, 440,
                FreePorts.udpBlock(4), Duration.ofSeconds(60))) {
            caller.dial("1002");
            Thread.sleep(TALK.toMillis());
            caller.hangUp();
            Thread.sleep(1000);
        } finally {
            agent.destroyForcibly();
        }
    }
}
