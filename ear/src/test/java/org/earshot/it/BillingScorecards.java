package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import java.util.UUID;

/** Scorecards of a test's own, designed by qa through the REST API. */
final class BillingScorecards {

    private BillingScorecards() {
    }

    /**
     * A scorecard with the form (a JSON template whose {@code %s} is the name), published and assigned to
     * the Billing queue; its id.
     */
    static long published(String form, String namePrefix) throws Exception {
        String name = namePrefix + " " + UUID.randomUUID();
        long id = json(post("qa", "forms", "{\"name\":\"" + name + "\"}")).get("id").asLong();
        assertThat(put("qa", "forms/" + id + "/versions/1", form.formatted(name)).statusCode()).isEqualTo(200);
        assertThat(post("qa", "forms/" + id + "/versions/1/publish", "").statusCode()).isEqualTo(200);
        long billing = Database.count("SELECT id FROM call_queue WHERE name = ?", "Billing");
        assertThat(put("qa", "forms/" + id + "/assignments", "{\"queueIds\":[" + billing + "]}").statusCode()).isEqualTo(200);
        return id;
    }
}
