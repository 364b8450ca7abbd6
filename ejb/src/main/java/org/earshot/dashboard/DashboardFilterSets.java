package org.earshot.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.earshot.access.AccessService;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.dashboard.DashboardFilterSet.FilterSetView;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;

/**
 * Each user's saved filter sets of a dashboard: listed, saved (the filter checked as a dashboard request
 * is, so a set never names what the user may not see), applied and deleted, only by their owner
 * (anyone else's is "not found"). Saving and deleting are audited.
 */
// Authorization: DashboardAccess decides the filter; a set is its owner's alone.
@PermitAll
@Stateless
public class DashboardFilterSets {

    private static final Pattern DASHBOARD = Pattern.compile("[a-z]{1,32}");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private DashboardAccess dashboards;

    public List<FilterSetView> mine(String dashboard) {
        return em.createQuery("SELECT s FROM DashboardFilterSet s WHERE s.owner = :me AND s.dashboard = :dashboard ORDER BY s.name",
                        DashboardFilterSet.class).setParameter("me", caller()).setParameter("dashboard", dashboard).getResultStream()
                .map(DashboardFilterSet::view).toList();
    }

    /** Saves the filter under a name new among the user's sets of the dashboard. */
    public FilterSetView save(String dashboard, String name, DashboardFilter filter) {
        if (!DASHBOARD.matcher(dashboard).matches()) {
            throw new DashboardException("dashboard", "No dashboard is called " + dashboard);
        }
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || named.length() > DashboardFilterSet.MAX_NAME) {
            throw new DashboardException("name", "Name the filter set in at most " + DashboardFilterSet.MAX_NAME + " characters");
        }
        dashboards.scopeOf(filter);
        User me = caller();
        boolean taken = em.createQuery("SELECT COUNT(s) FROM DashboardFilterSet s WHERE s.owner = :me AND s.dashboard = :dashboard"
                + " AND s.name = :name", Long.class).setParameter("me", me).setParameter("dashboard", dashboard)
                .setParameter("name", named).getSingleResult() > 0;
        if (taken) {
            throw DashboardException.conflict("name", "You have a filter set called " + named + " already");
        }
        DashboardFilterSet set = new DashboardFilterSet(me, dashboard, named, filter, Instant.now());
        em.persist(set);
        em.flush();
        audit.record(AuditEvent.of(DashboardAuditAction.DASHBOARD_FILTER_SAVE, "DashboardFilterSet", set.getId(),
                dashboard + " filter set \"" + named + "\" saved: " + describe(filter)));
        return set.view();
    }

    /** The saved filter as of today. */
    public DashboardFilter apply(long id) {
        return own(id).filterOn(LocalDate.now(ZoneOffset.UTC));
    }

    public void delete(long id) {
        DashboardFilterSet set = own(id);
        em.remove(set);
        audit.record(AuditEvent.of(DashboardAuditAction.DASHBOARD_FILTER_DELETE, "DashboardFilterSet", id,
                "filter set \"" + set.getName() + "\" deleted"));
    }

    private DashboardFilterSet own(long id) {
        DashboardFilterSet set = em.find(DashboardFilterSet.class, id);
        if (set == null || !set.getOwner().getUsername().equals(access.callerName())) {
            throw new NotFoundException("Filter set " + id + " does not exist");
        }
        return set;
    }

    private static String describe(DashboardFilter f) {
        return "last " + f.days() + " days" + (f.siteId() == null ? "" : ", site " + f.siteId()) + (f.teamId() == null ? "" : ", team " + f.teamId())
                + (f.queueId() == null ? "" : ", queue " + f.queueId()) + (f.agentId() == null ? "" : ", agent " + f.agentId())
                + (f.formIds().isEmpty() ? "" : ", forms " + f.formIds());
    }

    private User caller() {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class).setParameter("name", access.callerName())
                .getSingleResult();
    }
}
