package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.earshot.coaching.CaseloadRow;
import org.earshot.coaching.CoachingService;
import org.earshot.web.faces.ServiceCall;

/** A coach's caseload: each agent in scope with their active plan, this week's sessions and overdue actions; a plan started from here. */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PLAN = "/app/coaching/plan?faces-redirect=true&id=";

    @EJB
    private CoachingService coaching;

    private List<CaseloadRow> rows;

    public List<CaseloadRow> getRows() {
        if (rows == null) {
            rows = ServiceCall.query(null, coaching::caseload).orElse(List.of());
        }
        return rows;
    }

    /** Starts an empty plan for the agent and opens it. */
    public String startPlan(long agentId) {
        return ServiceCall.query(null, () -> coaching.create(agentId, null)).map(plan -> PLAN + plan.summary().id()).orElse(null);
    }
}
