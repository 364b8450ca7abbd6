package org.earshot.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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

    /**
     * The sites, teams, queues and agents the caller's VIEW_DASHBOARD scope reaches, and every form, each by name:
     * read as ids and names only (a queue's entity brings its members, thousands of users in all).
     */
    public DashboardChoices choices() {
        access.require(Action.VIEW_DASHBOARD, AccessTarget.organization(), null);
        VisibleScope scope = access.visibleScope(Action.VIEW_DASHBOARD);
        List<Choice> teams = choices(em.createQuery("SELECT t.id, t.name, t.site.id FROM Team t ORDER BY t.name", Object[].class),
                r -> scope.includesTeam((Long) r[0], (Long) r[2]));
        return new DashboardChoices(
                choices(em.createQuery("SELECT s.id, s.name FROM Site s ORDER BY s.name", Object[].class), r -> scope.includesSite((Long) r[0])),
                teams,
                choices(em.createQuery("SELECT q.id, q.name, q.site.id FROM CallQueue q ORDER BY q.name", Object[].class),
                        r -> scope.includesQueue((Long) r[0], (Long) r[2])),
                teams.isEmpty() ? List.of() : choices(em.createQuery("SELECT u.id, u.displayName FROM User u WHERE u.team.id IN :teams"
                        + " ORDER BY u.displayName", Object[].class).setParameter("teams", teams.stream().map(Choice::id).toList()), r -> true),
                choices(em.createQuery("SELECT s.id, s.name FROM Scorecard s ORDER BY s.name", Object[].class), r -> true));
    }

    /** The rows (id, name, ...) of {@code query} that {@code reached} keeps, as choices. */
    private static List<Choice> choices(TypedQuery<Object[]> query, Predicate<Object[]> reached) {
        return query.getResultStream().filter(reached).map(r -> new Choice((Long) r[0], (String) r[1])).toList();
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
