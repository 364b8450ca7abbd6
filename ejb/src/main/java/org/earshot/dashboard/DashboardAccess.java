package org.earshot.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.VisibleScope;
import org.earshot.dashboard.DashboardChoices.Choice;
import org.earshot.evaluation.Scorecard;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.rules.FieldViolation;

/**
 * Decides what a dashboard request may see: the caller needs VIEW_DASHBOARD (403, audited); the filter's
 * range must be right and its ids must name something (400, each on its field); a site, team, queue or
 * agent it names must be within the caller's grants (403, audited as the access layer's refusal: a
 * filter never widens the scope, and nothing out of scope is silently dropped either). What is left is
 * the caller's scope narrowed by the filter.
 */
// Authorization is decided here with AccessService (VIEW_DASHBOARD and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class DashboardAccess {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    public DashboardScope scopeOf(DashboardFilter filter) {
        access.require(Action.VIEW_DASHBOARD, AccessTarget.organization(), null);
        List<FieldViolation> faults = new ArrayList<>(filter.faults());
        Site site = find(Site.class, "site", filter.siteId(), faults);
        Team team = find(Team.class, "team", filter.teamId(), faults);
        CallQueue queue = find(CallQueue.class, "queue", filter.queueId(), faults);
        User agent = find(User.class, "agent", filter.agentId(), faults);
        filter.formIds().forEach(id -> find(Scorecard.class, "form", id, faults));
        if (!faults.isEmpty()) {
            throw new DashboardException(faults);
        }
        if (site != null) {
            access.requireReach(Action.VIEW_DASHBOARD, new AccessTarget("site " + site.getName(), null, null, Set.of(site.getId()), Set.of()));
        }
        if (team != null) {
            access.requireReach(Action.VIEW_DASHBOARD, AccessTarget.team(team));
        }
        if (queue != null) {
            access.requireReach(Action.VIEW_DASHBOARD, AccessTarget.queue(queue));
        }
        if (agent != null) {
            access.requireReach(Action.VIEW_DASHBOARD, access.agentTarget(agent));
        }
        return new DashboardScope(access.visibleScope(Action.VIEW_DASHBOARD), filter);
    }

    /** The sites, teams, queues and agents the caller's VIEW_DASHBOARD scope reaches, and every form, each by name. */
    public DashboardChoices choices() {
        access.require(Action.VIEW_DASHBOARD, AccessTarget.organization(), null);
        VisibleScope scope = access.visibleScope(Action.VIEW_DASHBOARD);
        List<Team> teams = em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultStream().filter(scope::includes).toList();
        return new DashboardChoices(
                em.createQuery("SELECT s FROM Site s ORDER BY s.name", Site.class).getResultStream().filter(scope::includes)
                        .map(s -> new Choice(s.getId(), s.getName())).toList(),
                teams.stream().map(t -> new Choice(t.getId(), t.getName())).toList(),
                em.createQuery("SELECT q FROM CallQueue q ORDER BY q.name", CallQueue.class).getResultStream().filter(scope::includes)
                        .map(q -> new Choice(q.getId(), q.getName())).toList(),
                teams.isEmpty() ? List.of() : em.createQuery("SELECT u FROM User u WHERE u.team IN :teams ORDER BY u.displayName", User.class)
                        .setParameter("teams", teams).getResultStream().map(u -> new Choice(u.getId(), u.getDisplayName())).toList(),
                em.createQuery("SELECT s FROM Scorecard s ORDER BY s.name", Scorecard.class).getResultStream()
                        .map(f -> new Choice(f.getId(), f.getName())).toList());
    }

    private <T> T find(Class<T> type, String field, Long id, List<FieldViolation> faults) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            faults.add(new FieldViolation(field, "No " + field + " has the id " + id));
        }
        return found;
    }
}
