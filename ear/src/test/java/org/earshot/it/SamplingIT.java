package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.delete;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.earshot.access.GrantService;
import org.earshot.access.NewGrant;
import org.earshot.access.Role;
import org.earshot.calls.CallDirection;
import org.earshot.evaluation.CallCriteria;
import org.earshot.evaluation.EvaluatorLoad;
import org.earshot.evaluation.PeriodWindow;
import org.earshot.evaluation.SampledCall;
import org.earshot.evaluation.SamplingCandidate;
import org.earshot.evaluation.SamplingDraw;
import org.earshot.evaluation.SamplingPeriod;
import org.earshot.evaluation.SamplingRule;
import org.earshot.evaluation.SamplingService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sampling a team's recorded calls of last week, through the REST API: a supervisor leading the team's
 * sampling makes a stratified rule (Orders 2, Returns 1 per agent), draws it, and every agent gets their
 * quota (a short stratum backfilled, an agent with one call reported short); the draw is drawn again
 * from its kept seed with the same result, and each rank recomputed with a plain HMAC; the picks go to
 * the two QA evaluators of the team's site by workload, never to one whose scope is elsewhere, who
 * sees nothing; the lead reassigns one (audited) and an out-of-scope supervisor is refused (audited).
 * The timer draws a second rule once, leaving out the calls already taken.
 */
@ExtendWith(ArquillianExtension.class)
class SamplingIT {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final String FORM = """
            {"name":"%s","sections":[{"key":"opening","title":"Opening","questions":[
              {"key":"greeting","type":"YES_NO","text":"Greeted the caller?"}]}]}""";

    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;
    @EJB
    private SamplingService sampling;

    private OrgFixture fixture;
    private Team team;
    private CallQueue orders;
    private CallQueue returns;
    private final Map<String, SamplingCandidate> calls = new TreeMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void aTeamsCallsAreSampledByQuotaReproduciblyAndAssignedInScope() throws Exception {
        fixture = new OrgFixture(organization, grants, groups);
        Site site = fixture.site("Sampled site");
        team = fixture.team("Sampled team", site);
        orders = As.user("admin", () -> organization.createQueue(fixture.unique("Orders"), "71" + (System.nanoTime() % 10_000), site.getId()));
        returns = As.user("admin", () -> organization.createQueue(fixture.unique("Returns"), "72" + (System.nanoTime() % 10_000), site.getId()));
        User ann = fixture.agent("ann", team, "73" + (System.nanoTime() % 10_000));
        User bob = fixture.agent("bob", team, "74" + (System.nanoTime() % 10_000));
        User cid = fixture.agent("cid", team, "75" + (System.nanoTime() % 10_000));
        User evaA = evaluator("eva.a", Set.of(site.getId()));
        User evaB = evaluator("eva.b", Set.of(site.getId()));
        User elsewhere = evaluator("eva.elsewhere", Set.of(fixture.site("Other site").getId()));
        User lead = fixture.user("lead", null);
        As.user("admin", () -> grants.grant(new NewGrant(lead.getId(), Role.SUPERVISOR, false, Set.of(), Set.of(team.getId()),
                Set.of(orders.getId(), returns.getId()), EnumSet.of(MonitoringMode.LISTEN))));

        PeriodWindow lastWeek = SamplingPeriod.WEEK.before(LocalDate.now(LISBON), LISBON);
        // ann: 3 Orders, 2 Returns; bob: 4 Orders and no Returns (backfilled); cid: one call (short)
        recorded(ann, orders, lastWeek, 0, 1, 3);
        recorded(ann, returns, lastWeek, 2, 5);
        recorded(bob, orders, lastWeek, 0, 2, 4, 6);
        recorded(cid, orders, lastWeek, 3);
        long scorecard = publishedScorecard(lead.getUsername());

        // the rule: refused field by field, then made; only a lead who reaches the team may
        String rule = rule("Team weekly " + fixture.unique(""), scorecard, "{\"Orders\":2,\"Returns\":1}", false)
                .replace("\"Orders\"", "\"" + orders.getName() + "\"").replace("\"Returns\"", "\"" + returns.getName() + "\"");
        assertThat(assertProblem(post(lead.getUsername(), "sampling-rules", rule.replace("\"perAgent\":3", "\"perAgent\":4")), 400)
                .path("errors").path(0).path("field").asText()).isEqualTo("strataQuotas");
        assertThat(assertProblem(post(lead.getUsername(), "sampling-rules", rule.replace("\"signals\":[]", "\"signals\":[\"loudness > 3\"]")),
                400).path("errors").path(0).path("field").asText()).isEqualTo("signals");
        assertProblem(post(evaA.getUsername(), "sampling-rules", rule), 403);
        assertProblem(post("sup.support", "sampling-rules", rule), 403);
        HttpResponseJson created = HttpResponseJson.of(post(lead.getUsername(), "sampling-rules", rule));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long ruleId = created.body().get("id").asLong();
        assertThat(assertProblem(post(lead.getUsername(), "sampling-rules", rule), 409).path("errors").path(0).path("field").asText())
                .isEqualTo("name");
        assertProblem(get("sup.support", "sampling-rules/" + ruleId), 403);

        // drawn now for last week, once
        String day = "{\"day\":\"" + LocalDate.ofInstant(lastWeek.start(), LISBON).plusDays(2) + "\"}";
        HttpResponseJson drawn = HttpResponseJson.of(post(lead.getUsername(), "sampling-rules/" + ruleId + "/draws", day));
        assertThat(drawn.status()).as(drawn.body().toString()).isEqualTo(201);
        assertProblem(post(lead.getUsername(), "sampling-rules/" + ruleId + "/draws", day), 409);
        JsonNode run = json(get(lead.getUsername(), "sampling-rules/" + ruleId + "/draws/" + drawn.body().get("id").asLong()));
        assertThat(run.get("candidates").asInt()).isEqualTo(10);
        List<JsonNode> picks = new ArrayList<>();
        run.get("picks").forEach(picks::add);

        // quotas per agent, a short stratum backfilled, a short agent reported
        assertThat(picksOf(picks, ann)).extracting(p -> stratum(p) + " " + p.get("reason").asText())
                .containsExactlyInAnyOrder("Orders QUOTA", "Orders QUOTA", "Returns QUOTA");
        assertThat(picksOf(picks, bob)).extracting(p -> stratum(p) + " " + p.get("reason").asText())
                .containsExactlyInAnyOrder("Orders QUOTA", "Orders QUOTA", "Orders BACKFILL");
        assertThat(picksOf(picks, cid)).hasSize(1);
        assertThat(run.get("shortfalls")).singleElement().satisfies(s -> {
            assertThat(s.get("agent").asText()).isEqualTo(cid.getUsername());
            assertThat(s.get("wanted").asInt()).isEqualTo(3);
            assertThat(s.get("picked").asInt()).isEqualTo(1);
        });

        // reproducible: each rank is the keyed hash of the call id, and the draw drawn again from the kept seed picks the same
        long seed = Long.parseUnsignedLong(run.get("seed").asText(), 16);
        for (JsonNode pick : picks) {
            assertThat(pick.get("rank").asText()).isEqualTo(hmacRank(seed, pick.get("callId").asText()));
        }
        SamplingRule asDrawn = new SamplingRule(null, team.getId(), SamplingPeriod.WEEK, 3, 1,
                Map.of(orders.getName(), 2, returns.getName(), 1), CallCriteria.ANY, false, false);
        List<SampledCall> again = new SamplingDraw(asDrawn, seed, lastWeek).draw(calls.values(), Set.of(),
                List.of(new EvaluatorLoad(evaA.getId(), 0)), (evaluator, call) -> true).picks();
        assertThat(again).extracting(p -> p.callId() + " " + p.reason() + " " + p.rank() + " " + p.explanation())
                .containsExactlyElementsOf(picks.stream().map(p -> p.get("callId").asText() + " " + p.get("reason").asText() + " "
                        + p.get("rank").asText() + " " + p.get("explanation").asText()).toList());

        // assigned by workload to the evaluators who have the calls in scope; the one elsewhere, and qa, get nothing
        Map<String, Long> perEvaluator = picks.stream().collect(Collectors.groupingBy(p -> p.get("evaluator").asText(), Collectors.counting()));
        assertThat(perEvaluator).containsOnlyKeys(evaA.getUsername(), evaB.getUsername());
        assertThat(Math.abs(perEvaluator.get(evaA.getUsername()) - perEvaluator.get(evaB.getUsername()))).isLessThanOrEqualTo(1);
        assertThat(picks).allSatisfy(p -> assertThat(p.get("evaluationId").isNumber()).isTrue());
        assertThat(json(get(elsewhere.getUsername(), "assignments")).get("total").asInt()).isZero();
        assertThat(json(get("qa", "assignments")).get("items")).noneSatisfy(a -> assertThat(a.get("agent").asText()).isIn(
                ann.getUsername(), bob.getUsername(), cid.getUsername()));
        assertProblem(get(elsewhere.getUsername(), "sampling-rules"), 403);
        JsonNode firstOfA = picks.stream().filter(p -> p.get("evaluator").asText().equals(evaA.getUsername())).findFirst().orElseThrow();
        long evaluation = firstOfA.get("evaluationId").asLong();
        assertProblem(get(elsewhere.getUsername(), "evaluations/" + evaluation), 404);

        JsonNode queue = json(get(evaA.getUsername(), "assignments"));
        assertThat(queue.get("total").asLong()).isEqualTo(perEvaluator.get(evaA.getUsername()));
        JsonNode assigned = find(queue.get("items"), evaluation);
        assertThat(assigned.get("status").asText()).isEqualTo("DUE");
        assertThat(Instant.parse(assigned.get("dueAt").asText())).isEqualTo(Instant.parse(assigned.get("assignedAt").asText())
                .plus(Duration.ofDays(7)));
        assertThat(json(get(evaA.getUsername(), "evaluations/" + evaluation)).get("summary").get("state").asText()).isEqualTo("DRAFT");

        // reassigned by the lead, to someone in scope only; an out-of-scope supervisor is refused, audited
        assertThat(assertProblem(post(lead.getUsername(), "assignments/" + evaluation + "/reassign",
                "{\"evaluatorId\":" + elsewhere.getId() + "}"), 400).path("errors").path(0).path("field").asText()).isEqualTo("evaluatorId");
        assertProblem(post("sup.support", "assignments/" + evaluation + "/reassign", "{\"evaluatorId\":" + evaB.getId() + "}"), 403);
        assertThat(json(get("admin", "audit?actor=sup.support&action=access.ACCESS_DENIED&targetId=MANAGE_SAMPLING")).get("total").asInt())
                .isPositive();
        HttpResponseJson reassigned = HttpResponseJson.of(post(lead.getUsername(), "assignments/" + evaluation + "/reassign",
                "{\"evaluatorId\":" + evaB.getId() + "}"));
        assertThat(reassigned.status()).as(reassigned.body().toString()).isEqualTo(200);
        assertThat(reassigned.body().get("evaluator").asText()).isEqualTo(evaB.getUsername());
        assertThat(find(json(get(evaB.getUsername(), "assignments")).get("items"), evaluation)).isNotNull();
        assertProblem(get(evaA.getUsername(), "evaluations/" + evaluation), 404);
        assertThat(auditTrail(evaluation)).containsExactly("sampling.ASSIGNMENT_CREATE " + lead.getUsername() + " SUCCESS",
                "evaluation.EVALUATION_VIEW " + elsewhere.getUsername() + " DENIED",
                "sampling.ASSIGNMENT_REASSIGN " + lead.getUsername() + " SUCCESS", "evaluation.EVALUATION_VIEW " + evaA.getUsername() + " DENIED");

        // the lead's view of the workload
        JsonNode workload = json(get(lead.getUsername(), "assignments/workload"));
        assertThat(workload.get("assignments")).hasSize(picks.size());
        assertThat(workload.get("evaluators")).anySatisfy(e -> {
            assertThat(e.get("evaluator").asText()).isEqualTo(evaB.getUsername());
            assertThat(e.get("assigned").asLong()).isEqualTo(perEvaluator.get(evaB.getUsername()) + 1);
        });
        // the evaluators who could take work of the lead's rules; not one whose scope is elsewhere
        List<String> listed = new ArrayList<>();
        workload.get("evaluators").forEach(e -> listed.add(e.get("evaluator").asText()));
        assertThat(listed).contains(evaA.getUsername(), evaB.getUsername()).doesNotContain(elsewhere.getUsername());
        assertProblem(get(evaA.getUsername(), "assignments/workload"), 403);

        // a rule with draws is kept; the audit trail has the draw with its seed
        assertProblem(delete(lead.getUsername(), "sampling-rules/" + ruleId), 409);
        assertThat(json(get("admin", "audit?action=sampling.SAMPLING_DRAW&targetId=" + run.get("id").asLong())).get("items").get(0)
                .get("detail").asText()).contains("with seed " + run.get("seed").asText()).contains("10 candidates, 7 picked, 7 assigned");

        // the timer draws an active rule once for the period that ended, leaving out the calls taken
        String weekly = rule("Timer weekly " + fixture.unique(""), scorecard, "{}", true).replace("\"perAgent\":3", "\"perAgent\":1");
        long timerRule = json(post(lead.getUsername(), "sampling-rules", weekly)).get("id").asLong();
        Instant now = Instant.now();
        As.system(() -> {
            sampling.drawEnded(timerRule, now);
            sampling.drawEnded(timerRule, now);
            return null;
        });
        assertThat(As.system(() -> sampling.dueForDraw(now))).doesNotContain(timerRule, ruleId);
        JsonNode timerRuns = json(get(lead.getUsername(), "sampling-rules/" + timerRule + "/draws"));
        assertThat(timerRuns).singleElement().satisfies(r -> {
            assertThat(r.get("drawnBy").asText()).isEqualTo("sampling-timer");
            assertThat(r.get("picks")).hasSize(2).allSatisfy(p -> assertThat(picks).noneSatisfy(
                    taken -> assertThat(taken.get("callId").asText()).isEqualTo(p.get("callId").asText())));
        });
    }

    /** A QA evaluator whose grant covers the given sites. */
    private User evaluator(String name, Set<Long> sites) {
        User user = fixture.user(name, null);
        As.user("admin", () -> grants.grant(new NewGrant(user.getId(), Role.QA_EVALUATOR, false, sites, Set.of(), Set.of(),
                EnumSet.of(MonitoringMode.LISTEN))));
        return user;
    }

    /** A rule for the team, 3 per agent a week and at least 1, with the given strata. */
    private String rule(String name, long scorecard, String strata, boolean active) {
        return "{\"name\":\"" + name + "\",\"teamId\":" + team.getId() + ",\"scorecardId\":" + scorecard + ",\"period\":\"WEEK\","
                + "\"perAgent\":3,\"minimumPerAgent\":1,\"strataQuotas\":" + strata + ",\"signals\":[],\"active\":" + active + "}";
    }

    /** Finished recorded calls of the agent through the queue, one on each of the given days of the period, 4 minutes long. */
    private void recorded(User agent, CallQueue queue, PeriodWindow period, int... days) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement call = db.prepareStatement("INSERT INTO call_record (call_id, caller, dialed, queue_id, agent_extension,"
                     + " agent_user_id, state, started_at, answered_at, ended_at, packets_from_caller, packets_to_agent,"
                     + " packets_from_agent, packets_to_caller, packets_lost, version) VALUES (?, '+351 210 000 000', ?, ?, '1001', ?,"
                     + " 'ENDED', ?, ?, ?, 0, 0, 0, 0, 0, 0)");
             PreparedStatement recording = db.prepareStatement("INSERT INTO recording (id, call_id, started_at, recording_day, ended_at,"
                     + " status, not_recorded_ms, call_bytes, supervisor_bytes, wrapped_key, kek_key_id, keep_supervisor, monitored, paused,"
                     + " retention_days, version, call_agent_user_id, call_queue_id) VALUES (?, ?, ?, ?, ?, 'COMPLETE', 0, 7680000, 0, NULL, 0,"
                     + " FALSE, FALSE, FALSE, 30, 0, ?, ?)")) {
            for (int day : days) {
                String callId = "sampled-" + UUID.randomUUID();
                Instant started = period.start().plus(Duration.ofDays(day)).plus(Duration.ofHours(10));
                Instant answered = started.plusSeconds(5);
                Instant ended = answered.plus(Duration.ofMinutes(4));
                call.setString(1, callId);
                call.setString(2, queue.getNumber());
                call.setLong(3, queue.getId());
                call.setLong(4, agent.getId());
                call.setTimestamp(5, Timestamp.from(started));
                call.setTimestamp(6, Timestamp.from(answered));
                call.setTimestamp(7, Timestamp.from(ended));
                call.executeUpdate();
                recording.setObject(1, UUID.randomUUID());
                recording.setString(2, callId);
                recording.setTimestamp(3, Timestamp.from(answered));
                recording.setObject(4, LocalDate.ofInstant(answered, LISBON));
                recording.setTimestamp(5, Timestamp.from(ended));
                recording.setLong(6, agent.getId());
                recording.setLong(7, queue.getId());
                recording.executeUpdate();
                calls.put(callId, new SamplingCandidate(callId, agent.getId(), team.getId(), queue.getName(), queue.getName(), started,
                        Duration.ofMinutes(4), CallDirection.INBOUND, false, true, false, Map.of()));
            }
        }
    }

    private static long publishedScorecard(String designer) throws Exception {
        String name = "Sampled calls " + UUID.randomUUID();
        long id = json(post(designer, "forms", "{\"name\":\"" + name + "\"}")).get("id").asLong();
        assertThat(put(designer, "forms/" + id + "/versions/1", FORM.formatted(name)).statusCode()).isEqualTo(200);
        assertThat(post(designer, "forms/" + id + "/versions/1/publish", "").statusCode()).isEqualTo(200);
        return id;
    }

    private static List<JsonNode> picksOf(List<JsonNode> picks, User agent) {
        return picks.stream().filter(p -> p.get("agent").asText().equals(agent.getUsername())).toList();
    }

    private String stratum(JsonNode pick) {
        return pick.get("stratum").asText().equals(orders.getName()) ? "Orders" : "Returns";
    }

    private static JsonNode find(JsonNode items, long evaluation) {
        for (JsonNode item : items) {
            if (item.get("evaluationId").asLong() == evaluation) {
                return item;
            }
        }
        throw new AssertionError("evaluation " + evaluation + " is not in " + items);
    }

    /** What an auditor's HMAC tool gives: the first 8 bytes of HMAC-SHA256 keyed by the seed's 8 bytes, over the call id. */
    private static String hmacRank(long seed, String callId) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(ByteBuffer.allocate(8).putLong(seed).array(), "HmacSHA256"));
        return HexFormat.of().formatHex(hmac.doFinal(callId.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    /** The evaluation's audit entries, oldest first: action, actor, outcome. */
    private static List<String> auditTrail(long id) throws Exception {
        List<String> entries = new ArrayList<>();
        json(get("admin", "audit?targetType=Evaluation&targetId=" + id + "&size=100")).get("items")
                .forEach(e -> entries.add(0, e.get("action").asText() + " " + e.get("actor").asText() + " " + e.get("outcome").asText()));
        return entries;
    }

    private record HttpResponseJson(int status, JsonNode body) {

        static HttpResponseJson of(HttpResponse<String> response) throws Exception {
            return new HttpResponseJson(response.statusCode(), json(response));
        }
    }
}
