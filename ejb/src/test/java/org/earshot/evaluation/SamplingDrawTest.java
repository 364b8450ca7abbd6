package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.earshot.calls.CallDirection;
import org.earshot.evaluation.SampledCall.Reason;
import org.earshot.recording.SpeechSignal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Sampling draws over the week of Monday 7 December 2026 (UTC). Agents are 1, 2 and 3; evaluators
 * 101 and 102, in scope of every call unless a test says otherwise.
 */
class SamplingDrawTest {

    static final PeriodWindow WEEK = SamplingPeriod.WEEK.containing(LocalDate.of(2026, 12, 9), ZoneOffset.UTC);
    private static final long SEED = 20261207L;
    private static final List<EvaluatorLoad> EVALUATORS = List.of(new EvaluatorLoad(101, 0), new EvaluatorLoad(102, 0));
    private static final EvaluatorScope EVERY_CALL = (evaluator, call) -> true;

    private static SamplingRule rule(int perAgent, int minimum, Map<String, Integer> strata, CallCriteria criteria) {
        return new SamplingRule(null, null, SamplingPeriod.WEEK, perAgent, minimum, strata, criteria, true, true);
    }

    private static SamplingRule perAgent(int perAgent) {
        return rule(perAgent, 0, Map.of(), CallCriteria.ANY);
    }

    private static SamplingOutcome draw(SamplingRule rule, List<SamplingCandidate> calls) {
        return new SamplingDraw(rule, SEED, WEEK).draw(calls, Set.of(), EVALUATORS, EVERY_CALL);
    }

    /** {@code count} calls of the agent, an hour apart from Monday 08:00, named {@code <prefix>-<n>}. */
    private static List<SamplingCandidate> calls(String prefix, long agent, int count, Function<ACall, ACall> shaped) {
        return IntStream.range(0, count).mapToObj(n -> shaped.apply(ACall.of(prefix + "-" + n).agent(agent)
                .at(WEEK.start().plus(Duration.ofHours(8 + n)))).build()).toList();
    }

    /** Calls named {@code a<agent>-<n>}. */
    private static List<SamplingCandidate> calls(long agent, int count, Function<ACall, ACall> shaped) {
        return calls("a" + agent, agent, count, shaped);
    }

    private static List<SamplingCandidate> calls(long agent, int count) {
        return calls(agent, count, Function.identity());
    }

    @SafeVarargs
    private static List<SamplingCandidate> all(List<SamplingCandidate>... lists) {
        List<SamplingCandidate> all = new ArrayList<>();
        for (List<SamplingCandidate> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static Map<Long, Long> picksPerAgent(SamplingOutcome outcome) {
        return outcome.picks().stream().collect(Collectors.groupingBy(SampledCall::agentId, Collectors.counting()));
    }

    private static Set<String> pickedIds(SamplingOutcome outcome) {
        return outcome.picks().stream().map(SampledCall::callId).collect(Collectors.toSet());
    }

    @Nested
    class Quotas {

        @Test
        void eachAgentGetsTheRulesNumberOfCalls() {
            SamplingOutcome outcome = draw(perAgent(3), all(calls(1, 10), calls(2, 12), calls(3, 4)));

            assertThat(picksPerAgent(outcome)).isEqualTo(Map.of(1L, 3L, 2L, 3L, 3L, 3L));
            assertThat(outcome.picks()).extracting(SampledCall::reason).containsOnly(Reason.QUOTA);
            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 1).extracting(SampledCall::explanation)
                    .containsExactly("Call 1 of 3 per agent", "Call 2 of 3 per agent", "Call 3 of 3 per agent");
            assertThat(outcome.shortfalls()).isEmpty();
        }

        @Test
        void anAgentWithTooFewCallsGetsAllOfThemAndIsReportedShort() {
            SamplingOutcome outcome = draw(perAgent(3), all(calls(1, 10), calls(2, 2)));

            assertThat(picksPerAgent(outcome)).isEqualTo(Map.of(1L, 3L, 2L, 2L));
            assertThat(outcome.shortfalls()).containsExactly(new AgentShortfall(2, 3, 2));
        }

        @Test
        void eachStratumGivesItsQuotaPerAgent() {
            SamplingRule stratified = rule(3, 0, Map.of("billing", 2, "sales", 1), CallCriteria.ANY);
            SamplingOutcome outcome = draw(stratified, all(calls(1, 6), calls("sale", 1, 6, c -> c.stratum("sales"))));

            assertThat(outcome.picks()).extracting(SampledCall::stratum).containsExactly("billing", "billing", "sales");
            assertThat(outcome.picks()).extracting(SampledCall::explanation).containsExactly(
                    "Stratum billing: call 1 of its quota of 2", "Stratum billing: call 2 of its quota of 2",
                    "Stratum sales: call 1 of its quota of 1");
        }

        @Test
        void aShortStratumIsBackfilledFromTheOthers() {
            SamplingRule stratified = rule(4, 0, Map.of("billing", 2, "sales", 2), CallCriteria.ANY);
            List<SamplingCandidate> oneSale = List.of(ACall.of("sale-1").stratum("sales").build());
            SamplingOutcome outcome = draw(stratified, all(calls(1, 6), oneSale));

            assertThat(outcome.picks()).extracting(SampledCall::reason)
                    .containsExactly(Reason.QUOTA, Reason.QUOTA, Reason.QUOTA, Reason.BACKFILL);
            assertThat(outcome.picks().get(2).callId()).isEqualTo("sale-1");
            assertThat(outcome.picks().get(3).stratum()).isEqualTo("billing");
            assertThat(outcome.picks().get(3).explanation()).isEqualTo("Backfill for stratum sales, short of its quota by 1");
            assertThat(outcome.shortfalls()).isEmpty();
        }

        @Test
        void callsOfStrataTheRuleDoesNotNameAreNotSampled() {
            SamplingRule stratified = rule(2, 0, Map.of("billing", 2), CallCriteria.ANY);
            List<SamplingCandidate> chats = List.of(ACall.of("chat-1").stratum("chat").build(), ACall.of("chat-2").stratum("chat").build());
            SamplingOutcome outcome = draw(stratified, all(calls(1, 1), chats));

            assertThat(pickedIds(outcome)).containsExactly("a1-0");
            assertThat(outcome.shortfalls()).containsExactly(new AgentShortfall(1, 2, 1));
        }

        @Test
        void theMinimumPerAgentIsMetWithCallsThatMissTheCriteria() {
            CallCriteria longSilences = new CallCriteria(null, null, null, null, List.of(SignalCondition.parse("silenceLongestMs >= 30000")));
            List<SamplingCandidate> quiet = List.of(ACall.of("silent").signal("silenceLongestMs", 45_000).build());
            SamplingOutcome outcome = draw(rule(3, 2, Map.of(), longSilences), all(calls(1, 5), quiet, calls(2, 5)));

            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 1).extracting(SampledCall::callId, SampledCall::reason)
                    .first().isEqualTo(tuple("silent", Reason.QUOTA));
            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 1).extracting(SampledCall::reason)
                    .containsExactly(Reason.QUOTA, Reason.MINIMUM);
            assertThat(outcome.picks()).filteredOn(pick -> pick.reason() == Reason.MINIMUM && pick.agentId() == 1)
                    .extracting(SampledCall::explanation).containsExactly("Minimum of 2 per agent: only 1 call met the rule's criteria");
            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 2).extracting(SampledCall::reason)
                    .containsExactly(Reason.MINIMUM, Reason.MINIMUM);
            assertThat(outcome.shortfalls()).containsExactly(new AgentShortfall(1, 3, 2), new AgentShortfall(2, 3, 2));
        }

        @Test
        void picksSpreadAcrossThePeriod() {
            // four picks: the week in four parts of 42 hours; ten calls on Monday morning, one in each later part
            List<SamplingCandidate> calls = all(calls(1, 10), List.of(
                    ACall.of("wednesday").at(WEEK.start().plus(Duration.ofHours(50))).build(),
                    ACall.of("thursday").at(WEEK.start().plus(Duration.ofHours(90))).build(),
                    ACall.of("sunday").at(WEEK.start().plus(Duration.ofHours(150))).build()));
            SamplingOutcome outcome = draw(perAgent(4), calls);

            assertThat(outcome.picks()).extracting(pick -> WEEK.slice(startOf(calls, pick), 4)).containsExactlyInAnyOrder(0, 1, 2, 3);
            assertThat(pickedIds(outcome)).contains("wednesday", "thursday", "sunday");
        }

        private static Instant startOf(List<SamplingCandidate> calls, SampledCall pick) {
            return calls.stream().filter(call -> call.callId().equals(pick.callId())).findFirst().orElseThrow().startedAt();
        }
    }

    @Nested
    class Reproducibility {

        private final List<SamplingCandidate> calls = all(calls(1, 20), calls(2, 20), calls(3, 20));

        @Test
        void theSameSeedDrawsTheSameCallsForTheSameEvaluators() {
            assertThat(draw(perAgent(4), calls)).isEqualTo(draw(perAgent(4), new ArrayList<>(calls)));
            assertThat(draw(perAgent(4), calls).seed()).isEqualTo(SEED);
        }

        @Test
        void anotherSeedDrawsOtherCalls() {
            SamplingOutcome other = new SamplingDraw(perAgent(4), SEED + 1, WEEK).draw(calls, Set.of(), EVALUATORS, EVERY_CALL);
            assertThat(pickedIds(other)).isNotEqualTo(pickedIds(draw(perAgent(4), calls)));
        }

        @Test
        void theOrderOfCandidatesAndEvaluatorsDoesNotMatter() {
            SamplingRule stratified = rule(4, 1, Map.of("billing", 3, "sales", 1), CallCriteria.ANY);
            List<SamplingCandidate> mixed = all(calls, List.of(ACall.of("sale-1").stratum("sales").build(),
                    ACall.of("sale-2").agent(2).stratum("sales").build()));
            List<EvaluatorLoad> evaluators = List.of(new EvaluatorLoad(101, 2), new EvaluatorLoad(102, 1), new EvaluatorLoad(103, 2));
            SamplingOutcome expected = new SamplingDraw(stratified, SEED, WEEK).draw(mixed, Set.of(), evaluators, EVERY_CALL);

            Random shuffler = new Random(1);
            for (int i = 0; i < 5; i++) {
                List<SamplingCandidate> shuffled = new ArrayList<>(mixed);
                Collections.shuffle(shuffled, shuffler);
                List<EvaluatorLoad> reordered = new ArrayList<>(evaluators);
                Collections.shuffle(reordered, shuffler);
                assertThat(new SamplingDraw(stratified, SEED, WEEK).draw(shuffled, Set.of(), reordered, EVERY_CALL)).isEqualTo(expected);
            }
        }

        @Test
        void aCallsRankIsTheKeyedHashAnAuditorCanRecompute() {
            // printf %s call-1 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000000000000002a → 3a71826ec94ed039...
            assertThat(CallRank.of(42, "call-1").hex()).isEqualTo("3a71826ec94ed039");
            // seed -1 is the key ffffffffffffffff
            assertThat(CallRank.of(-1, "c-7").hex()).isEqualTo("784518349a87c4c3");
            assertThat(CallRank.of(42, "call-1")).isEqualByComparingTo(CallRank.of(42, "call-1"));
        }

        @Test
        void eachPickShowsItsRank() {
            SamplingOutcome outcome = draw(perAgent(2), calls(1, 5));
            assertThat(outcome.picks()).allSatisfy(pick -> assertThat(pick.rank()).isEqualTo(CallRank.of(SEED, pick.callId()).hex()));
        }

        @Test
        void aCallListedTwiceIsAMistake() {
            List<SamplingCandidate> twice = all(calls(1, 2), calls(1, 1));
            assertThatThrownBy(() -> draw(perAgent(2), twice)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Call a1-0 is listed twice");
        }
    }

    @Nested
    class Eligibility {

        /** Picks as many as there are, so that what is picked is what is eligible. */
        private Set<String> eligible(SamplingRule rule, Set<String> taken, SamplingCandidate... calls) {
            return pickedIds(new SamplingDraw(rule, SEED, WEEK).draw(List.of(calls), taken, EVALUATORS, EVERY_CALL));
        }

        @Test
        void onlyCallsOfThePeriodNotYetTaken() {
            assertThat(eligible(perAgent(50), Set.of("taken"),
                    ACall.of("in").build(),
                    ACall.of("first-instant").at(WEEK.start()).build(),
                    ACall.of("before").at(WEEK.start().minusMillis(1)).build(),
                    ACall.of("next-week").at(WEEK.end()).build(),
                    ACall.of("taken").build()))
                    .containsExactlyInAnyOrder("in", "first-instant");
        }

        @Test
        void onlyTheRulesQueueAndTeam() {
            SamplingRule billingTeam7 = new SamplingRule("Billing", 7L, SamplingPeriod.WEEK, 50, 0, Map.of(), CallCriteria.ANY, true, true);
            assertThat(eligible(billingTeam7, Set.of(),
                    ACall.of("ours").build(),
                    ACall.of("sales").queue("Sales").build(),
                    ACall.of("direct").queue(null).build(),
                    ACall.of("team-8").team(8L).build(),
                    ACall.of("no-team").team(null).build()))
                    .containsExactly("ours");
        }

        @Test
        void recordingsPausedThroughoutOrIncompleteAreLeftOutWhenTheRuleSays() {
            SamplingCandidate[] calls = {ACall.of("whole").build(), ACall.of("paused").pausedOnly().build(),
                    ACall.of("partial").incomplete().build()};
            assertThat(eligible(perAgent(50), Set.of(), calls)).containsExactly("whole");
            SamplingRule lenient = new SamplingRule(null, null, SamplingPeriod.WEEK, 50, 0, Map.of(), CallCriteria.ANY, false, false);
            assertThat(eligible(lenient, Set.of(), calls)).containsExactlyInAnyOrder("whole", "paused", "partial");
        }

        @Test
        void theCriteriaSelectByDurationDirectionMonitoringAndSignals() {
            CallCriteria criteria = new CallCriteria(Duration.ofMinutes(2), Duration.ofMinutes(20), CallDirection.INBOUND,
                    CallCriteria.Monitoring.UNMONITORED, List.of(SignalCondition.parse("overtalkCount > 3"),
                    SignalCondition.parse("agentTalkPercent <= 70")));
            assertThat(eligible(rule(50, 0, Map.of(), criteria), Set.of(),
                    ACall.of("wanted").signal("overtalkCount", 4).signal("agentTalkPercent", 70).build(),
                    ACall.of("shortest").lasting(Duration.ofMinutes(2)).signal("overtalkCount", 4).signal("agentTalkPercent", 50).build(),
                    ACall.of("too-short").lasting(Duration.ofSeconds(119)).signal("overtalkCount", 4).signal("agentTalkPercent", 50).build(),
                    ACall.of("too-long").lasting(Duration.ofMinutes(21)).signal("overtalkCount", 4).signal("agentTalkPercent", 50).build(),
                    ACall.of("outbound").direction(CallDirection.OUTBOUND).signal("overtalkCount", 4).signal("agentTalkPercent", 50).build(),
                    ACall.of("monitored").monitored().signal("overtalkCount", 4).signal("agentTalkPercent", 50).build(),
                    ACall.of("calm").signal("overtalkCount", 3).signal("agentTalkPercent", 50).build(),
                    ACall.of("talkative").signal("overtalkCount", 5).signal("agentTalkPercent", 71).build(),
                    ACall.of("no-signals").build()))
                    .containsExactlyInAnyOrder("wanted", "shortest");
        }

        @Test
        void onlyMonitoredCallsWhenTheRuleSays() {
            CallCriteria monitored = new CallCriteria(null, null, null, CallCriteria.Monitoring.MONITORED, List.of());
            assertThat(eligible(rule(50, 0, Map.of(), monitored), Set.of(), ACall.of("heard").monitored().build(), ACall.of("not").build()))
                    .containsExactly("heard");
        }
    }

    @Nested
    class Assignment {

        @Test
        void picksGoToTheEvaluatorWithTheFewestOpenEvaluations() {
            List<EvaluatorLoad> busyAndFree = List.of(new EvaluatorLoad(101, 3), new EvaluatorLoad(102, 0));
            SamplingOutcome outcome = new SamplingDraw(perAgent(3), SEED, WEEK).draw(all(calls(1, 5), calls(2, 5)), Set.of(), busyAndFree,
                    EVERY_CALL);

            // 102 takes three to catch up with 101; from 3 each they alternate, ties to the lower id
            assertThat(outcome.picks()).extracting(SampledCall::evaluatorId).containsExactly(102L, 102L, 102L, 101L, 102L, 101L);
        }

        @Test
        void evaluatorsGetOnlyCallsInTheirScope() {
            EvaluatorScope byQueue = (evaluator, call) -> evaluator == 101 ? "Billing".equals(call.queue()) : "Sales".equals(call.queue());
            List<SamplingCandidate> calls = all(calls(1, 3), calls(2, 3, c -> c.queue("Sales")), calls(3, 3, c -> c.queue("Support")));
            SamplingOutcome outcome = new SamplingDraw(perAgent(2), SEED, WEEK).draw(calls, Set.of(), EVALUATORS, byQueue);

            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 1).extracting(SampledCall::evaluatorId).containsOnly(101L);
            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 2).extracting(SampledCall::evaluatorId).containsOnly(102L);
            assertThat(outcome.picks()).filteredOn(pick -> pick.agentId() == 3).extracting(SampledCall::evaluatorId)
                    .as("nobody's scope: picked, left for a lead to assign").containsExactly(null, null);
        }

        @Test
        void nobodyIsAssignedTheirOwnCall() {
            List<EvaluatorLoad> aSupervisorWhoTakesCalls = List.of(new EvaluatorLoad(1, 0), new EvaluatorLoad(102, 5));
            SamplingOutcome outcome = new SamplingDraw(perAgent(2), SEED, WEEK).draw(calls(1, 3), Set.of(), aSupervisorWhoTakesCalls,
                    EVERY_CALL);
            assertThat(outcome.picks()).extracting(SampledCall::evaluatorId).containsOnly(102L);
        }
    }

    @Nested
    class Rules {

        @Test
        void theStrataQuotasAddUpToTheCallsPerAgent() {
            assertThatThrownBy(() -> rule(4, 0, Map.of("billing", 2, "sales", 1), CallCriteria.ANY))
                    .isInstanceOf(QualitySettingException.class)
                    .hasMessage("The strata's quotas add up to 3, not the 4 calls per agent").extracting("field").isEqualTo("strataQuotas");
            assertThatThrownBy(() -> rule(2, 0, Map.of("billing", 2, "sales", 0), CallCriteria.ANY))
                    .hasMessage("Each stratum has a name and a quota of at least 1");
            assertThatThrownBy(() -> rule(2, 0, Map.of(" ", 2), CallCriteria.ANY)).hasMessage("Each stratum has a name and a quota of at least 1");
        }

        @Test
        void theNumbersPerAgentAreSensible() {
            assertThatThrownBy(() -> perAgent(0)).extracting("field").isEqualTo("perAgent");
            assertThatThrownBy(() -> perAgent(SamplingRule.MOST_PER_AGENT + 1)).hasMessage("Between 1 and 50 calls per agent");
            assertThatThrownBy(() -> rule(3, 4, Map.of(), CallCriteria.ANY)).hasMessage("Between 0 and the 3 calls per agent")
                    .extracting("field").isEqualTo("minimumPerAgent");
            assertThatThrownBy(() -> new SamplingRule(null, null, null, 3, 0, Map.of(), null, true, true)).extracting("field")
                    .isEqualTo("period");
        }

        @Test
        void theDurationBoundsAreInOrder() {
            assertThatThrownBy(() -> new CallCriteria(Duration.ofMinutes(5), Duration.ofMinutes(4), null, null, null))
                    .hasMessage("The longest call wanted is shorter than the shortest").extracting("field").isEqualTo("longest");
            assertThatThrownBy(() -> new CallCriteria(Duration.ofMinutes(-1), null, null, null, null)).extracting("field").isEqualTo("shortest");
        }

        @Test
        void aSignalConditionReadsAsWritten() {
            SignalCondition condition = SignalCondition.parse(" silenceLongestMs>=30000 ");
            assertThat(condition).isEqualTo(new SignalCondition(SpeechSignal.SILENCE_LONGEST_MS,
                    SignalCondition.Comparison.AT_LEAST, 30000));
            assertThat(condition).hasToString("silenceLongestMs >= 30000");
            assertThat(SignalCondition.parse("agentTalkPercent < 62.5")).hasToString("agentTalkPercent < 62.5");
            assertThat(condition.isMetBy(Map.of("silenceLongestMs", 30000.0))).isTrue();
            assertThat(condition.isMetBy(Map.of("silenceLongestMs", 29999.0))).isFalse();
            assertThat(condition.isMetBy(Map.of())).as("not computed").isFalse();
            assertThat(SignalCondition.parse("holdMs = 0").isMetBy(Map.of("holdMs", 0.0))).isTrue();
        }

        @Test
        void aSignalConditionNamesAKnownSignalAndAComparison() {
            assertThatThrownBy(() -> SignalCondition.parse("silenceLongest >= 30000")).isInstanceOf(QualitySettingException.class)
                    .hasMessageStartingWith("There is no speech signal silenceLongest; there are callerTalkMs, agentTalkMs")
                    .extracting("field").isEqualTo("signals");
            assertThatThrownBy(() -> SignalCondition.parse("silenceLongestMs about 30000"))
                    .hasMessage("Write a signal condition as: signal >= number, e.g. silenceLongestMs >= 30000");
            assertThatThrownBy(() -> SignalCondition.parse(null)).isInstanceOf(QualitySettingException.class);
        }
    }

    @Nested
    class Periods {

        @Test
        void aWeekRunsFromMondayMidnightInTheContactCentersZone() {
            PeriodWindow week = SamplingPeriod.WEEK.containing(LocalDate.of(2026, 12, 9), ZoneId.of("America/New_York"));
            assertThat(week).isEqualTo(new PeriodWindow(Instant.parse("2026-12-07T05:00:00Z"), Instant.parse("2026-12-14T05:00:00Z")));
            assertThat(SamplingPeriod.WEEK.before(LocalDate.of(2026, 12, 7), ZoneOffset.UTC))
                    .isEqualTo(new PeriodWindow(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z")));
        }

        @Test
        void aMonthIsTheCalendarMonth() {
            assertThat(SamplingPeriod.MONTH.containing(LocalDate.of(2026, 2, 14), ZoneOffset.UTC))
                    .isEqualTo(new PeriodWindow(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z")));
            assertThat(SamplingPeriod.MONTH.before(LocalDate.of(2026, 3, 31), ZoneOffset.UTC).start()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        }

        @Test
        void aPeriodIsCutIntoEqualParts() {
            assertThat(WEEK.slice(WEEK.start(), 4)).isZero();
            assertThat(WEEK.slice(WEEK.start().plus(Duration.ofHours(42)).minusMillis(1), 4)).isZero();
            assertThat(WEEK.slice(WEEK.start().plus(Duration.ofHours(42)), 4)).isEqualTo(1);
            assertThat(WEEK.slice(WEEK.end().minusMillis(1), 4)).isEqualTo(3);
        }
    }
}
