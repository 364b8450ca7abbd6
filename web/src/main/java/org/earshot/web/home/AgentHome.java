package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.earshot.coaching.ActionView;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.query.PageRequest;

/**
 * An agent's own quality: their recent scores, oldest to newest so the trend reads left to right, and
 * the evaluations waiting for them (submitted, or a dispute resolved: to acknowledge, dispute or appeal);
 * and the coaching actions agreed with them and not done yet.
 */
@Named
@RequestScoped
public class AgentHome {

    /** How many recent scores the trend shows. */
    static final int TREND = 10;

    /** How many of their latest evaluations the page reads; their windows are days, so none waiting is older. */
    private static final int READ = 50;

    @EJB
    private EvaluationService evaluations;

    @EJB
    private CoachingSessionService coaching;

    private List<EvaluationSummary> latest;
    private List<ActionView> openActions;

    /** The totals of their latest evaluations, oldest first. */
    public List<BigDecimal> getTrend() {
        List<BigDecimal> trend = new ArrayList<>(latest().stream().map(EvaluationSummary::total).filter(Objects::nonNull).limit(TREND)
                .toList());
        Collections.reverse(trend);
        return trend;
    }

    public List<EvaluationSummary> getToAcknowledge() {
        return latest().stream().filter(e -> e.state() == EvaluationState.SUBMITTED || e.state() == EvaluationState.RESOLVED).toList();
    }

    /** Agreed in the held sessions of their active plans and not done, soonest due first. */
    public List<ActionView> getOpenActions() {
        if (openActions == null) {
            openActions = coaching.myOpenActions();
        }
        return openActions;
    }

    private List<EvaluationSummary> latest() {
        if (latest == null) {
            latest = evaluations.listOwn(PageRequest.firstPage(READ)).items();
        }
        return latest;
    }
}
