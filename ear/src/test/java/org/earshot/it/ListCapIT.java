package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ejb.EJB;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.query.Paging;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists that may hold all history count at most a cap past the page asked (10 000 in production, 3 here, set in
 * the server for this test): with From cleared, the total of a longer list is a lower bound and says so, and the pages
 * past the cap still load, counting on from where they start. Demo agent 1002 is agent2, team Billing.
 */
@ExtendWith(ArquillianExtension.class)
class ListCapIT {

    private static final int CAP = 3;

    @EJB
    private TelephonyRecorder recorder;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @BeforeEach
    void smallCap() {
        System.setProperty(Paging.COUNT_CAP_PROPERTY, String.valueOf(CAP));
    }

    @AfterEach
    void productionCap() {
        System.clearProperty(Paging.COUNT_CAP_PROPERTY);
    }

    @Test
    void callsLongerThanTheCapSayTheirTotalIsALowerBoundAndTheLastPagesStillLoad() throws Exception {
        String tag = "capped" + System.nanoTime();
        for (int i = 1; i <= 7; i++) {
            MadeUpCall.of(tag + "-" + i, "1002").happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        }
        String calls = "calls?text=" + tag;

        JsonNode first = page("sup.billing", calls + "&size=2");
        assertThat(callIds(first)).containsExactly(tag + "-7", tag + "-6");
        assertThat(first.get("total").asLong()).as("three counted").isEqualTo(CAP);
        assertThat(first.get("totalIsLowerBound").asBoolean()).as("and more there").isTrue();

        JsonNode pastTheCap = page("sup.billing", calls + "&first=3&size=2");
        assertThat(callIds(pastTheCap)).containsExactly(tag + "-4", tag + "-3");
        assertThat(pastTheCap.get("total").asLong()).as("counted on three past the page's start").isEqualTo(6);
        assertThat(pastTheCap.get("totalIsLowerBound").asBoolean()).isTrue();

        JsonNode last = page("sup.billing", calls + "&first=6&size=2");
        assertThat(callIds(last)).containsExactly(tag + "-1");
        assertThat(last.get("total").asLong()).as("within the cap of the end, the total is exact").isEqualTo(7);
        assertThat(last.get("totalIsLowerBound").asBoolean()).isFalse();

        assertThat(page("sup.support", calls).get("total").asLong()).as("another team's supervisor sees none of them").isZero();
        JsonNode window = page("sup.billing", calls + "&size=2&from=" + URLEncoder.encode(Instant.now().minus(Duration.ofHours(1)).toString(),
                StandardCharsets.UTF_8));
        assertThat(window.get("total").asLong()).as("within a time window the count is exact").isEqualTo(7);
        assertThat(window.get("totalIsLowerBound").asBoolean()).isFalse();
    }

    @Test
    void theAuditTrailRecordingsAndEvaluationsOverAllHistoryAreCappedAlike() throws Exception {
        JsonNode audit = page("compliance", "audit?size=2");
        assertThat(audit.get("items")).hasSize(2);
        assertThat(audit.get("total").asLong()).as("the demo's audit trail holds more than three entries").isEqualTo(CAP);
        assertThat(audit.get("totalIsLowerBound").asBoolean()).isTrue();
        JsonNode further = page("compliance", "audit?first=10&size=2");
        assertThat(further.get("items")).as("pages past the cap load").hasSize(2);
        assertThat(further.get("total").asLong()).isEqualTo(10 + CAP);

        for (String[] list : new String[][] {{"compliance", "recordings?size=2"}, {"manager", "evaluations?size=2"}}) {
            JsonNode page = page(list[0], list[1]);
            long total = page.get("total").asLong();
            if (page.get("totalIsLowerBound").asBoolean()) {
                assertThat(total).as(list[1]).isEqualTo(CAP);
            } else {
                assertThat(total).as(list[1]).isLessThanOrEqualTo(CAP).isGreaterThanOrEqualTo(page.get("items").size());
            }
        }
    }

    private static JsonNode page(String user, String path) throws Exception {
        return Api.json(Api.get(user, path));
    }

    private static List<String> callIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(call -> ids.add(call.get("callId").asText()));
        return ids;
    }
}
