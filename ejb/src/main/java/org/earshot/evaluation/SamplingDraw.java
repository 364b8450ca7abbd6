package org.earshot.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One sampling rule's draw for one period, free of persistence and reproducible: the same rule,
 * seed, period and candidates give the same picks and assignments, whatever order the candidates
 * and evaluators come in. docs/quality.md, "Sampling", is the specification.
 *
 * <p>Per agent, each stratum's quota is filled with the agent's best-ranked calls that meet the
 * rule's criteria, preferring calls from the parts of the period the agent has fewest picks in (the
 * period is cut into as many equal parts as the rule picks per agent); a stratum that falls short is
 * backfilled from the other strata; an agent still below the minimum gets calls that miss the
 * criteria. Each pick goes to the evaluator in scope with the fewest open evaluations.
 */
public final class SamplingDraw {

    private final SamplingRule rule;
    private final long seed;
    private final PeriodWindow window;

    public SamplingDraw(SamplingRule rule, long seed, PeriodWindow window) {
        this.rule = rule;
        this.seed = seed;
        this.window = window;
    }

    /**
     * @param candidates the calls of the period (others are ignored), each listed once
     * @param taken      ids of calls already evaluated or assigned, never picked again
     * @param evaluators who may be assigned, with their open evaluations
     * @param scope      which of the calls each evaluator may evaluate
     */
    public SamplingOutcome draw(Collection<SamplingCandidate> candidates, Set<String> taken, Collection<EvaluatorLoad> evaluators,
                                EvaluatorScope scope) {
        Set<String> listed = new HashSet<>();
        candidates.forEach(call -> {
            if (!listed.add(call.callId())) {
                throw new IllegalArgumentException("Call " + call.callId() + " is listed twice");
            }
        });
        Map<Long, List<Ranked>> byAgent = candidates.stream()
                .filter(call -> window.contains(call.startedAt()) && !taken.contains(call.callId()) && rule.covers(call))
                .map(call -> new Ranked(call, CallRank.of(seed, call.callId())))
                .sorted(Comparator.comparing(Ranked::rank))
                .collect(Collectors.groupingBy(ranked -> ranked.call().agentId(), TreeMap::new, Collectors.toList()));

        List<SampledCall> picks = new ArrayList<>();
        List<AgentShortfall> shortfalls = new ArrayList<>();
        byAgent.forEach((agentId, calls) -> {
            List<SampledCall> agentsPicks = new AgentDraw(calls).picks();
            picks.addAll(agentsPicks);
            if (agentsPicks.size() < rule.perAgent()) {
                shortfalls.add(new AgentShortfall(agentId, rule.perAgent(), agentsPicks.size()));
            }
        });
        return new SamplingOutcome(seed, window, assign(picks, byAgent, evaluators, scope), shortfalls);
    }

    /** Each pick, in order, to the evaluator in scope (not its agent) with the fewest open evaluations; ties to the lower id. */
    private static List<SampledCall> assign(List<SampledCall> picks, Map<Long, List<Ranked>> byAgent, Collection<EvaluatorLoad> evaluators,
                                            EvaluatorScope scope) {
        Map<Long, Integer> load = new TreeMap<>();
        evaluators.forEach(evaluator -> {
            if (load.put(evaluator.evaluatorId(), evaluator.openEvaluations()) != null) {
                throw new IllegalArgumentException("Evaluator " + evaluator.evaluatorId() + " is listed twice");
            }
        });
        Map<String, SamplingCandidate> calls = byAgent.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(ranked -> ranked.call().callId(), Ranked::call));
        return picks.stream().map(pick -> {
            SamplingCandidate call = calls.get(pick.callId());
            Optional<Long> evaluator = load.entrySet().stream()
                    .filter(e -> e.getKey() != call.agentId() && scope.covers(e.getKey(), call))
                    .min(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey);
            evaluator.ifPresent(id -> load.merge(id, 1, Integer::sum));
            return pick.assignedTo(evaluator.orElse(null));
        }).toList();
    }

    private record Ranked(SamplingCandidate call, CallRank rank) {
    }

    /** A stratum's share of an agent's picks; the null stratum, when the rule has no strata, holds every call. */
    private record Quota(String stratum, int count) {

        boolean holds(Ranked ranked) {
            return stratum == null || stratum.equals(ranked.call().stratum());
        }
    }

    /** The picks for one agent, from their eligible calls in rank order. */
    private final class AgentDraw {

        private final List<Ranked> meeting = new ArrayList<>();
        private final List<Ranked> missing = new ArrayList<>();
        private final int[] picksPerPart = new int[rule.perAgent()];
        private final List<SampledCall> picks = new ArrayList<>();

        AgentDraw(List<Ranked> calls) {
            calls.forEach(ranked -> (rule.criteria().isMetBy(ranked.call()) ? meeting : missing).add(ranked));
        }

        List<SampledCall> picks() {
            List<Quota> quotas = rule.strataQuotas().isEmpty() ? List.of(new Quota(null, rule.perAgent()))
                    : rule.strataQuotas().entrySet().stream().map(q -> new Quota(q.getKey(), q.getValue())).toList();
            List<Quota> shortOf = new ArrayList<>();
            for (Quota quota : quotas) {
                int picked = take(quota.count(), meeting, quota::holds, SampledCall.Reason.QUOTA, nth -> quotaReason(quota, nth));
                if (picked < quota.count()) {
                    shortOf.add(new Quota(quota.stratum(), quota.count() - picked));
                }
            }
            for (Quota deficit : shortOf) {
                take(deficit.count(), meeting, ranked -> true, SampledCall.Reason.BACKFILL,
                        nth -> "Backfill for stratum " + deficit.stratum() + ", short of its quota by " + deficit.count());
            }
            int meetingCriteria = picks.size();
            take(rule.minimumPerAgent() - meetingCriteria, missing, ranked -> true, SampledCall.Reason.MINIMUM,
                    nth -> "Minimum of " + rule.minimumPerAgent() + " per agent: only " + meetingCriteria
                            + (meetingCriteria == 1 ? " call" : " calls") + " met the rule's criteria");
            return picks;
        }

        private String quotaReason(Quota quota, int nth) {
            return quota.stratum() == null ? "Call " + nth + " of " + quota.count() + " per agent"
                    : "Stratum " + quota.stratum() + ": call " + nth + " of its quota of " + quota.count();
        }

        /**
         * Picks up to {@code count} of the pool's calls the predicate holds for, each from the part of
         * the period with the fewest picks so far, then by rank; answers how many it picked.
         */
        private int take(int count, List<Ranked> pool, Predicate<Ranked> from, SampledCall.Reason reason, IntFunction<String> explanation) {
            int picked = 0;
            while (picked < count) {
                Optional<Ranked> best = pool.stream().filter(from)
                        .min(Comparator.comparingInt((Ranked ranked) -> picksPerPart[part(ranked)]).thenComparing(Ranked::rank));
                if (best.isEmpty()) {
                    break;
                }
                Ranked ranked = best.get();
                pool.remove(ranked);
                picksPerPart[part(ranked)]++;
                picked++;
                picks.add(new SampledCall(ranked.call().callId(), ranked.call().agentId(), ranked.call().stratum(), reason,
                        explanation.apply(picked), ranked.rank().hex(), null));
            }
            return picked;
        }

        private int part(Ranked ranked) {
            return window.slice(ranked.call().startedAt(), picksPerPart.length);
        }
    }
}
