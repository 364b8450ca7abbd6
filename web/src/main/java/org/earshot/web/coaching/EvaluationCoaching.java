package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.PlanSource;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.EvaluationView;
import org.earshot.web.faces.ServiceCall;

/**
 * "Create a coaching plan" on an evaluation's page, for whoever coaches its agent: a plan whose proposed
 * goals are the questions the evaluation failed, from the dispute's outcome once a dispute was settled.
 */
@Named
@RequestScoped
public class EvaluationCoaching {

    @EJB
    private CoachingService coaching;

    public boolean offered(EvaluationView evaluation) {
        return evaluation != null && evaluation.summary().state() != EvaluationState.DRAFT && coaching.coaches(evaluation.summary().agentId());
    }

    public String createPlan(EvaluationView evaluation) {
        PlanSource source = evaluation.disputes().stream().anyMatch(d -> d.outcome() != null) ? PlanSource.DISPUTE : PlanSource.EVALUATION;
        return ServiceCall.query(null, () -> coaching.propose(source, evaluation.summary().id(), null))
                .map(plan -> CaseloadPage.PLAN + plan.summary().id()).orElse(null);
    }
}
