package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.earshot.coaching.CaseloadRow;
import org.earshot.coaching.CoachingService;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/**
 * A coach's caseload, a page of agents at a time: each agent in scope with their active plan, this week's sessions and
 * overdue actions; a plan started from here.
 */
@Named
@ViewScoped
public class CaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PLAN = "/app/coaching/plan?faces-redirect=true&id=";

    @EJB
    private CoachingService coaching;

    // Paged in the database: a trainer of a site coaches more than a thousand agents.
    private final ServiceBackedLazyModel<CaseloadRow> rows = new ServiceBackedLazyModel<>((filters, page) -> coaching.caseload(page),
            CaseloadRow::agentId);

    public ServiceBackedLazyModel<CaseloadRow> getRows() {
        return rows;
    }

    /** Starts an empty plan for the agent and opens it. */
    public String startPlan(long agentId) {
        return ServiceCall.query(null, () -> coaching.create(agentId, null)).map(plan -> PLAN + plan.summary().id()).orElse(null);
    }
}
