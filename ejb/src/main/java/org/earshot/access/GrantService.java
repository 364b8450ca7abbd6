package org.earshot.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.telephony.api.MonitoringMode;

/** Gives and revokes grants. Nobody changes their own grants: that is for another administrator. */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class GrantService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    public Page<Grant> findGrants(String user, Role role, boolean includeRevoked, PageRequest page) {
        requireAny(Action.MANAGE_GRANTS, Action.REVIEW_PERMISSIONS);
        String where = " WHERE (LOWER(g.user.username) LIKE :user ESCAPE '\\' OR LOWER(g.user.displayName) LIKE :user ESCAPE '\\')"
                + " AND (:role IS NULL OR g.role = :role) AND (:revoked = TRUE OR g.revokedAt IS NULL)";
        TypedQuery<Grant> list = em.createQuery("SELECT g FROM Grant g" + where + " ORDER BY g.user.username, g.id", Grant.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM Grant g" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("user", Paging.contains(user)).setParameter("role", role).setParameter("revoked", includeRevoked);
        }
        return Paging.page(list, count, page);
    }

    public Grant getGrant(long id) {
        requireAny(Action.MANAGE_GRANTS, Action.REVIEW_PERMISSIONS);
        return load(id);
    }

    public Grant grant(NewGrant request) {
        access.require(Action.MANAGE_GRANTS, AccessTarget.organization(), null);
        if (request.userId() == null) {
            throw new GrantException("userId", "Choose the user to grant to");
        }
        if (request.role() == null) {
            throw new GrantException("role", "Choose a role");
        }
        User user = em.find(User.class, request.userId());
        if (user == null) {
            throw new GrantException("userId", "User " + request.userId() + " does not exist");
        }
        refuseSelf(user);
        GrantScope scope = request.role().isSelfScoped() ? GrantScope.ownData()
                : request.global() ? GrantScope.everything()
                : GrantScope.of(all(Site.class, request.siteIds()), all(Team.class, request.teamIds()), all(CallQueue.class, request.queueIds()));
        Set<MonitoringMode> modes = request.modes() == null ? Set.of() : request.modes();
        Grant grant = new Grant(user, request.role(), scope, modes, access.callerName(), Instant.now());
        em.persist(grant);
        em.flush();
        audit.record(AuditEvent.of(AccessAuditAction.GRANT_CREATE, "Grant", grant.getId(), user.getUsername() + ": "
                + grant.getRole() + " over " + grant.describeScope() + (modes.isEmpty() ? "" : ", modes " + grant.getModes())));
        return grant;
    }

    public Grant revoke(long id, String reason) {
        access.require(Action.MANAGE_GRANTS, AccessTarget.organization(), null);
        Grant grant = load(id);
        refuseSelf(grant.getUser());
        grant.revoke(access.callerName(), Instant.now(), reason);
        audit.record(AuditEvent.of(AccessAuditAction.GRANT_REVOKE, "Grant", id, grant.getUser().getUsername() + ": "
                + grant.getRole() + " over " + grant.describeScope() + (reason == null || reason.isBlank() ? "" : "; reason: " + reason)));
        withdrawn.fire(new AccessWithdrawn("grant revoked"));
        return grant;
    }

    private void refuseSelf(User user) {
        if (user.getUsername().equals(access.callerName())) {
            throw new GrantException("userId", "You cannot change your own grants; ask another administrator");
        }
    }

    private void requireAny(Action first, Action second) {
        if (!access.isAllowed(first, AccessTarget.organization(), null)) {
            access.require(second, AccessTarget.organization(), null);
        }
    }

    private Grant load(long id) {
        return Entities.load(em, Grant.class, id);
    }

    private <T> Set<T> all(Class<T> type, Set<Long> ids) {
        Set<T> found = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            T entity = em.find(type, id);
            if (entity == null) {
                throw new GrantException("scope", type.getSimpleName() + " " + id + " does not exist");
            }
            found.add(entity);
        }
        return found;
    }
}
