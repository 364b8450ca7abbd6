package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.evaluation.QuestionBuilder.form;
import static org.earshot.evaluation.QuestionBuilder.section;
import static org.earshot.evaluation.QuestionBuilder.yesNo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.earshot.calls.CallDirection;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.recording.SpeechSignal;
import org.earshot.testing.Fields;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A kept sampling rule takes only settings that make a rule, each fault on its field, and gives back the rule it holds. */
class SamplingPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final OrgFixture org = new OrgFixture();
    private final Site site = org.site("Riverside");
    private final Team billingTeam = Fields.withId(org.team("Billing", site), 5L);
    private final CallQueue billing = org.queue("Billing", "6001", site);
    private final Scorecard scorecard = new Scorecard(form(section("s", 1, yesNo("greeting"))), "qa", NOW);

    private static final SamplingPlanSettings GOOD = new SamplingPlanSettings(" Billing weekly ", null, 5L, 1L, SamplingPeriod.WEEK, 3,
            1, Map.of("Billing", 2, "Support", 1), 30L, 600L, CallDirection.INBOUND, CallCriteria.Monitoring.UNMONITORED,
            List.of("silenceLongestMs>=30000", " "), true, false, true);

    @Test
    void theSettingsMakeTheRuleADrawApplies() {
        SamplingPlan plan = new SamplingPlan(GOOD, null, billingTeam, scorecard, "sup.billing", NOW);

        SamplingRule rule = plan.rule();
        assertThat(plan.getName()).isEqualTo("Billing weekly");
        assertThat(rule.teamId()).isEqualTo(5L);
        assertThat(rule.queue()).isNull();
        assertThat(rule.perAgent()).isEqualTo(3);
        assertThat(rule.minimumPerAgent()).isEqualTo(1);
        assertThat(rule.strataQuotas()).containsExactly(Map.entry("Billing", 2), Map.entry("Support", 1));
        assertThat(rule.criteria()).isEqualTo(new CallCriteria(Duration.ofSeconds(30), Duration.ofSeconds(600), CallDirection.INBOUND,
                CallCriteria.Monitoring.UNMONITORED,
                List.of(new SignalCondition(SpeechSignal.SILENCE_LONGEST_MS, SignalCondition.Comparison.AT_LEAST, 30_000))));
        assertThat(rule.excludePausedOnly()).isTrue();
        assertThat(rule.excludeIncomplete()).isFalse();
        assertThat(plan.settings().signals()).containsExactly("silenceLongestMs >= 30000");
        assertThat(plan.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(plan.describe()).isEqualTo("3 per agent per week (at least 1); team Billing; strata {Billing=2, Support=1};"
                + " at least 30 s; at most 600 s; inbound; unmonitored; silenceLongestMs >= 30000; without recordings paused throughout;"
                + " form \"" + scorecard.getName() + "\"");
    }

    @Test
    void aStratumNameMayHoldAnyCharacterButANewLine() {
        SamplingPlan plan = new SamplingPlan(with(s -> new SamplingPlanSettings(s.name(), s.queueId(), s.teamId(), s.scorecardId(),
                s.period(), 3, 0, Map.of("Sales = EMEA, 2", 3), null, null, null, null, List.of(), false, false, true)), billing, null,
                scorecard, "sup.billing", NOW);

        assertThat(plan.rule().strataQuotas()).containsExactly(Map.entry("Sales = EMEA, 2", 3));
        assertThat(plan.settings().strataQuotas()).containsExactly(Map.entry("Sales = EMEA, 2", 3));
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("name", with(s -> copy(s, " ", s.period(), s.perAgent(), s.minimumPerAgent(), s.strataQuotas(), s.shortestSeconds(),
                        s.longestSeconds(), s.signals()))),
                Arguments.of("name", with(s -> copy(s, "x".repeat(121), s.period(), s.perAgent(), s.minimumPerAgent(), s.strataQuotas(),
                        s.shortestSeconds(), s.longestSeconds(), s.signals()))),
                Arguments.of("period", with(s -> copy(s, s.name(), null, s.perAgent(), s.minimumPerAgent(), s.strataQuotas(), s.shortestSeconds(),
                        s.longestSeconds(), s.signals()))),
                Arguments.of("perAgent", with(s -> copy(s, s.name(), s.period(), 0, 0, Map.of(), s.shortestSeconds(), s.longestSeconds(),
                        s.signals()))),
                Arguments.of("minimumPerAgent", with(s -> copy(s, s.name(), s.period(), 3, 4, s.strataQuotas(), s.shortestSeconds(),
                        s.longestSeconds(), s.signals()))),
                Arguments.of("strataQuotas", with(s -> copy(s, s.name(), s.period(), 4, 1, s.strataQuotas(), s.shortestSeconds(),
                        s.longestSeconds(), s.signals()))),
                Arguments.of("shortestSeconds", with(s -> copy(s, s.name(), s.period(), s.perAgent(), s.minimumPerAgent(), s.strataQuotas(), -1L,
                        null, s.signals()))),
                Arguments.of("longestSeconds", with(s -> copy(s, s.name(), s.period(), s.perAgent(), s.minimumPerAgent(), s.strataQuotas(), 60L,
                        59L, s.signals()))),
                Arguments.of("signals", with(s -> copy(s, s.name(), s.period(), s.perAgent(), s.minimumPerAgent(), s.strataQuotas(),
                        s.shortestSeconds(), s.longestSeconds(), List.of("loudness >= 3")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void eachBadSettingIsRefusedOnItsField(String field, SamplingPlanSettings bad) {
        assertThatThrownBy(() -> new SamplingPlan(bad, null, billingTeam, scorecard, "sup.billing", NOW))
                .isInstanceOfSatisfying(QualitySettingException.class, e -> assertThat(e.getField()).isEqualTo(field));
    }

    @Test
    void aPlanIsForAQueueATeamOrBoth() {
        assertThatThrownBy(() -> new SamplingPlan(GOOD, null, null, scorecard, "sup.billing", NOW))
                .isInstanceOfSatisfying(QualitySettingException.class, e -> assertThat(e.getField()).isEqualTo("queueId"));
        SamplingPlan both = new SamplingPlan(GOOD, billing, billingTeam, scorecard, "sup.billing", NOW);
        assertThat(both.reach()).hasSize(2);
        assertThat(both.rule().queue()).isEqualTo("Billing");
    }

    @Test
    void aRefusedChangeLeavesThePlanAsItWas() {
        SamplingPlan plan = new SamplingPlan(GOOD, null, billingTeam, scorecard, "sup.billing", NOW);
        String before = plan.describe();

        assertThatThrownBy(() -> plan.change(with(s -> copy(s, "Renamed", s.period(), 3, 1, s.strataQuotas(), null, null,
                List.of("silenceLongestMs >> 1"))), billing, null, scorecard, "sup.support", NOW))
                .isInstanceOfSatisfying(QualitySettingException.class, e -> assertThat(e.getField()).isEqualTo("signals"));
        assertThat(plan.getName()).isEqualTo("Billing weekly");
        assertThat(plan.describe()).isEqualTo(before);
    }

    private static SamplingPlanSettings with(UnaryOperator<SamplingPlanSettings> change) {
        return change.apply(GOOD);
    }

    private static SamplingPlanSettings copy(SamplingPlanSettings s, String name, SamplingPeriod period, int perAgent, int minimum,
                                             Map<String, Integer> strata, Long shortest, Long longest, List<String> signals) {
        return new SamplingPlanSettings(name, s.queueId(), s.teamId(), s.scorecardId(), period, perAgent, minimum, strata, shortest, longest,
                s.direction(), s.monitoring(), signals, s.excludePausedOnly(), s.excludeIncomplete(), s.active());
    }
}
