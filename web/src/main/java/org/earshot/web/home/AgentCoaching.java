package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.earshot.coaching.ActionView;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.PlanStatus;
import org.earshot.coaching.SessionState;
import org.earshot.query.PageRequest;

/**
 * An agent's open coaching actions: those agreed in the held sessions of their active plans and not
 * done yet, soonest due first. An agent has a plan or two and a few sessions each, so reading each
 * session is cheap.
 */
@Named
@RequestScoped
public class AgentCoaching {

    /** More active plans than an agent ever has at once. */
    private static final PageRequest ACTIVE_PLANS = PageRequest.firstPage(20);

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    @Inject
    private ExternalContext external;

    private List<ActionView> openActions;

    public List<ActionView> getOpenActions() {
        if (openActions == null) {
            openActions = coaching.list(null, PlanStatus.ACTIVE, ACTIVE_PLANS).items().stream()
                    // A user who also coaches sees their agents' plans too: here only their own count.
                    .filter(plan -> plan.agent().equals(external.getRemoteUser()))
                    .flatMap(plan -> coaching.get(plan.id()).sessions().stream())
                    .filter(session -> session.state() == SessionState.DONE)
                    .flatMap(session -> sessions.get(session.id()).actions().stream())
                    .filter(action -> !action.done())
                    .sorted(Comparator.comparing(ActionView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }
        return openActions;
    }
}
