package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A finished recording of a real call, for tests that run as a client: a sipp caller dials the
 * Billing queue (whose demo policy records every call), a Billing agent's sipp phone answers (agent3's
 * unless told), the agent pauses and resumes the recording through the REST API (so it has markers in
 * the middle), and the caller hangs up. The recording is then found, complete, in sup.billing's recording list.
 *
 * @param recording the recording as the REST API lists it (id, callId, durationMillis, ...)
 */
record RecordedBillingCall(String callId, JsonNode recording) {

    private static final Duration TALK = Duration.ofSeconds(8);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration BEFORE_PAUSE = Duration.ofSeconds(2);
    private static final Duration PAUSED_FOR = Duration.ofSeconds(1);

    static RecordedBillingCall make() throws Exception {
        return make("agent3", "1003");
    }

    /** The call answered by this Billing agent, at their extension. */
    static RecordedBillingCall make(String agent, String extension) throws Exception {
        Instant before = Instant.now();
        int agentPhone = Phones.registeredPhone(extension);
        String callId;
        try {
            assertThat(Phones.dialFeatureCode("*60", extension, agentPhone)).as("*60 confirmed from " + agent + "'s phone").isTrue();
            Phones.Call call = Phones.callQueue("6001", agentPhone, TALK);
            try {
                callId = Eventually.answer(() -> answeredCallSince(before), id -> id != null, PATIENCE);
                Thread.sleep(BEFORE_PAUSE.toMillis());
                assertThat(Eventually.answer(() -> Api.post(agent, "calls/" + callId + "/recording/pause", ""),
                        response -> response.statusCode() == 204, PATIENCE).statusCode()).isEqualTo(204);
                Thread.sleep(PAUSED_FOR.toMillis());
                HttpResponse<String> resumed = Api.post(agent, "calls/" + callId + "/recording/resume", "");
                assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(204);
                assertThat(call.wentAsScripted()).as("the call ran its course").isTrue();
            } finally {
                call.stopPhones();
            }
        } finally {
            Phones.dialFeatureCode("*61", extension, agentPhone);
        }
        JsonNode recording = Eventually.answer(() -> recordingOf(callId), r -> r != null && r.get("status").asText().equals("COMPLETE"),
                PATIENCE);
        return new RecordedBillingCall(callId, recording);
    }

    String id() {
        return recording.get("id").asText();
    }

    long durationMillis() {
        return recording.get("durationMillis").asLong();
    }

    /** The Billing queue's call answered since then, as sup.billing sees it; null until there is one. */
    private static String answeredCallSince(Instant since) throws Exception {
        JsonNode calls = Api.json(Api.get("sup.billing", "calls?size=5&text=6001&from=" + since));
        for (JsonNode call : calls.get("items")) {
            if (call.get("answeredAt") != null && !call.get("answeredAt").isNull()) {
                return call.get("callId").asText();
            }
        }
        return null;
    }

    /** The call's recording in sup.billing's recording list, or null. */
    private static JsonNode recordingOf(String callId) throws Exception {
        HttpResponse<String> list = Api.get("sup.billing", "recordings?size=100");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode item : Api.json(list).get("items")) {
            if (item.get("callId").asText().equals(callId)) {
                return item;
            }
        }
        return null;
    }
}
