package org.earshot.evaluation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.earshot.calls.CallRecord;
import org.earshot.organization.User;

/**
 * Which scorecard version an evaluation of a call is made with: the published version of a scorecard
 * assigned to the call's queue or to the agent's team; when several fit, the evaluator names one.
 */
final class FormChoice {

    private final EntityManager em;

    FormChoice(EntityManager em) {
        this.em = em;
    }

    ScorecardVersion forCall(CallRecord call, User agent, Long scorecardId) {
        List<ScorecardVersion> fitting = fitting(call, agent);
        if (scorecardId != null) {
            return fitting.stream().filter(v -> v.getScorecard().getId().equals(scorecardId)).findFirst()
                    .orElseThrow(() -> new EvaluationException("scorecardId", "Scorecard " + scorecardId
                            + " has no published version assigned to the call's queue or the agent's team"));
        }
        if (fitting.isEmpty()) {
            throw EvaluationException.conflict("scorecardId", noneFits(call, agent));
        }
        if (fitting.size() > 1) {
            throw new EvaluationException("scorecardId", "Several scorecards fit this call: name one of "
                    + fitting.stream().map(v -> v.getScorecard().getId() + " (\"" + v.getScorecard().getName() + "\")").toList());
        }
        return fitting.get(0);
    }

    /** The published versions of the scorecards assigned to the call's queue or the agent's team, by name. */
    List<ScorecardVersion> fitting(CallRecord call, User agent) {
        return em.createQuery("SELECT v FROM ScorecardVersion v JOIN v.scorecard s WHERE v.status = :published"
                        + " ORDER BY s.name, s.id", ScorecardVersion.class)
                .setParameter("published", VersionStatus.PUBLISHED).getResultStream()
                .filter(v -> fits(v.getScorecard(), call, agent)).toList();
    }

    /** Why no form fits the call, naming where a form would have to be assigned. */
    static String noneFits(CallRecord call, User agent) {
        return noneFits(call.getQueue() == null ? null : call.getQueue().getName(), agent.getUsername(),
                agent.getTeam() == null ? null : agent.getTeam().getName());
    }

    static String noneFits(String queue, String agent, String team) {
        List<String> places = Stream.of(queue == null ? null : "the " + queue + " queue", team == null ? null : agent + "'s team " + team)
                .filter(Objects::nonNull).toList();
        return places.isEmpty() ? "No form can be assigned to this call: it came through no queue to an agent in no team"
                : "No published scorecard is assigned to " + String.join(" or to ", places);
    }

    private static boolean fits(Scorecard scorecard, CallRecord call, User agent) {
        boolean byQueue = call.getQueue() != null
                && scorecard.getQueues().stream().anyMatch(q -> Objects.equals(q.getId(), call.getQueue().getId()));
        boolean byTeam = agent.getTeam() != null
                && scorecard.getTeams().stream().anyMatch(t -> Objects.equals(t.getId(), agent.getTeam().getId()));
        return byQueue || byTeam;
    }
}
