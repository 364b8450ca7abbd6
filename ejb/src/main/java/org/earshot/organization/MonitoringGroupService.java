package org.earshot.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.AccessWithdrawn;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.telephony.api.MonitoringMode;

/** Monitoring groups: administrators manage them; monitors see the groups they belong to. */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class MonitoringGroupService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    public Page<MonitoringGroup> findGroups(String name, PageRequest page) {
        boolean admin = access.isAllowed(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
        String where = " WHERE LOWER(g.name) LIKE :name ESCAPE '\\'"
                + " AND (:all = TRUE OR EXISTS (SELECT m FROM User m WHERE m MEMBER OF g.monitors AND m.username = :me))";
        TypedQuery<MonitoringGroup> list = em.createQuery("SELECT g FROM MonitoringGroup g" + where + " ORDER BY g.name", MonitoringGroup.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM MonitoringGroup g" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("name", Paging.contains(name)).setParameter("all", admin).setParameter("me", access.callerName());
        }
        Page<MonitoringGroup> found = Paging.page(list, count, page);
        withPeople(found.items());
        return found;
    }

    /**
     * Reads the monitors and members of these managed groups, a statement each (not one joining both,
     * which would read every monitor once per member), so that they can be shown once the transaction is over.
     */
    private List<MonitoringGroup> withPeople(List<MonitoringGroup> groups) {
        if (!groups.isEmpty()) {
            List<Long> ids = groups.stream().map(MonitoringGroup::getId).toList();
            for (String people : List.of("monitors", "members")) {
                em.createQuery("SELECT DISTINCT g FROM MonitoringGroup g LEFT JOIN FETCH g." + people + " WHERE g.id IN :ids",
                        MonitoringGroup.class).setParameter("ids", ids).getResultList();
            }
        }
        return groups;
    }

    private MonitoringGroup withPeople(MonitoringGroup group) {
        return withPeople(List.of(group)).get(0);
    }

    public MonitoringGroup createGroup(String name, Set<MonitoringMode> modes) {
        requireManage();
        ensureNameFree(name);
        MonitoringGroup group = new MonitoringGroup(name, modes);
        em.persist(group);
        em.flush();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "MonitoringGroup", group.getId(),
                "monitoring group " + group.getName() + " allowing " + group.getAllowedModes()));
        withdrawn.fire(new AccessWithdrawn("monitoring group changed"));
        return group;
    }

    public MonitoringGroup updateGroup(long id, String name, Set<MonitoringMode> modes) {
        requireManage();
        MonitoringGroup group = Entities.load(em, MonitoringGroup.class, id);
        if (!group.getName().equalsIgnoreCase(name == null ? "" : name.strip())) {
            ensureNameFree(name);
        }
        group.rename(name);
        group.allowModes(modes);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "MonitoringGroup", id,
                "monitoring group " + group.getName() + " allowing " + group.getAllowedModes()));
        return withPeople(group);
    }

    public void deleteGroup(long id) {
        requireManage();
        MonitoringGroup group = Entities.load(em, MonitoringGroup.class, id);
        em.remove(group);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_DELETE, "MonitoringGroup", id, "monitoring group " + group.getName()));
        withdrawn.fire(new AccessWithdrawn("monitoring group changed"));
    }

    public MonitoringGroup addMonitor(long groupId, long userId) {
        return change(groupId, userId, MonitoringGroup::addMonitor, "added monitor");
    }

    public MonitoringGroup removeMonitor(long groupId, long userId) {
        return change(groupId, userId, MonitoringGroup::removeMonitor, "removed monitor");
    }

    public MonitoringGroup addMember(long groupId, long userId) {
        return change(groupId, userId, MonitoringGroup::addMember, "added member");
    }

    public MonitoringGroup removeMember(long groupId, long userId) {
        return change(groupId, userId, MonitoringGroup::removeMember, "removed member");
    }

    private MonitoringGroup change(long groupId, long userId, BiConsumer<MonitoringGroup, User> change, String what) {
        requireManage();
        MonitoringGroup group = Entities.load(em, MonitoringGroup.class, groupId);
        User user = Entities.load(em, User.class, userId);
        change.accept(group, user);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "MonitoringGroup", groupId,
                what + " " + user.getUsername() + " in monitoring group " + group.getName()));
        withdrawn.fire(new AccessWithdrawn("monitoring group changed"));
        return withPeople(group);
    }

    private void ensureNameFree(String name) {
        String candidate = name == null ? "" : name.strip();
        long existing = em.createQuery("SELECT COUNT(g) FROM MonitoringGroup g WHERE LOWER(g.name) = LOWER(:name)", Long.class)
                .setParameter("name", candidate).getSingleResult();
        if (existing > 0) {
            throw OrganizationException.conflict("name", "A monitoring group named " + candidate + " already exists");
        }
    }

    private void requireManage() {
        access.require(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
    }
}
