package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Coaching tests start an agent without an active plan: another test of the suite may have left one (HomePagesBrowserIT does). */
final class ActivePlans {

    private ActivePlans() {
    }

    /** Ends the agent's active coaching plan, if any, as the trainer. */
    static void endFor(long agentId) throws Exception {
        for (JsonNode plan : json(get("trainer", "coaching/plans?agent=" + agentId + "&status=ACTIVE")).get("items")) {
            HttpResponse<String> ended = post("trainer", "coaching/plans/" + plan.get("id").asLong() + "/end", "");
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        }
    }
}
