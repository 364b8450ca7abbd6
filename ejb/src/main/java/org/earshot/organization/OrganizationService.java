package org.earshot.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.AccessWithdrawn;
import org.earshot.access.Action;
import org.earshot.access.PasswordCredential;
import org.earshot.access.VisibleScope;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.DirectoryChanged;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;

/**
 * Sites, teams, queues, users and agents' phones. Changes need MANAGE_ORGANIZATION and are
 * audited in the same transaction; lists show only what the caller's grants reach.
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class OrganizationService {

    public static final String SIP_REALM = "earshot";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<AccessWithdrawn> withdrawn;

    @Inject
    private Event<DirectoryChanged> directoryChanged;

    // ---- sites ----------------------------------------------------------------------------

    public Page<Site> findSites(String name, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.VIEW_AGENT);
        String where = " WHERE LOWER(s.name) LIKE :name ESCAPE '\\' AND (:all = TRUE OR s.id IN :sites"
                + " OR EXISTS (SELECT t FROM Team t WHERE t.site = s AND t.id IN :teams)"
                + " OR EXISTS (SELECT q FROM CallQueue q WHERE q.site = s AND q.id IN :queues))";
        return Paging.page(scoped(em.createQuery("SELECT s FROM Site s" + where + " ORDER BY s.name", Site.class), scope, name),
                scoped(em.createQuery("SELECT COUNT(s) FROM Site s" + where, Long.class), scope, name), page);
    }

    public Site createSite(String name, String timeZone) {
        requireManage();
        ensureUnique("SELECT COUNT(s) FROM Site s WHERE LOWER(s.name) = LOWER(:value)", name, "name", "A site named");
        Site site = new Site(name, zone(timeZone));
        em.persist(site);
        em.flush();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "Site", site.getId(), "site " + site.getName()));
        return site;
    }

    public Site updateSite(long id, String name, String timeZone) {
        requireManage();
        Site site = load(Site.class, id);
        if (!site.getName().equalsIgnoreCase(name == null ? "" : name.strip())) {
            ensureUnique("SELECT COUNT(s) FROM Site s WHERE LOWER(s.name) = LOWER(:value)", name, "name", "A site named");
        }
        site.rename(name);
        site.moveToTimeZone(zone(timeZone));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "Site", id, "site " + site.getName()));
        return site;
    }

    public void deleteSite(long id) {
        requireManage();
        Site site = load(Site.class, id);
        long teams = count("SELECT COUNT(t) FROM Team t WHERE t.site = :owner", site);
        long queues = count("SELECT COUNT(q) FROM CallQueue q WHERE q.site = :owner", site);
        if (teams + queues > 0) {
            throw new OrganizationException("Site " + site.getName() + " still has " + teams + " team(s) and "
                    + queues + " queue(s); move or delete them first");
        }
        em.remove(site);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_DELETE, "Site", id, "site " + site.getName()));
    }

    // ---- teams ----------------------------------------------------------------------------

    public Page<Team> findTeams(String name, Long siteId, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.VIEW_AGENT);
        String where = " WHERE LOWER(t.name) LIKE :name ESCAPE '\\' AND (:site IS NULL OR t.site.id = :site)"
                + " AND (:all = TRUE OR t.id IN :teams OR t.site.id IN :sites"
                + " OR EXISTS (SELECT u FROM User u, CallQueue q WHERE u.team = t AND u MEMBER OF q.members AND q.id IN :queues))";
        TypedQuery<Team> list = scoped(em.createQuery("SELECT t FROM Team t" + where + " ORDER BY t.name", Team.class), scope, name);
        TypedQuery<Long> count = scoped(em.createQuery("SELECT COUNT(t) FROM Team t" + where, Long.class), scope, name);
        list.setParameter("site", siteId);
        count.setParameter("site", siteId);
        return Paging.page(list, count, page);
    }

    public Team createTeam(String name, Long siteId) {
        requireManage();
        ensureUnique("SELECT COUNT(t) FROM Team t WHERE LOWER(t.name) = LOWER(:value)", name, "name", "A team named");
        Team team = new Team(name, load(Site.class, required(siteId, "siteId", "Site")));
        em.persist(team);
        em.flush();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "Team", team.getId(),
                "team " + team.getName() + " at site " + team.getSite().getName()));
        return team;
    }

    public Team updateTeam(long id, String name, Long siteId) {
        requireManage();
        Team team = load(Team.class, id);
        if (!team.getName().equalsIgnoreCase(name == null ? "" : name.strip())) {
            ensureUnique("SELECT COUNT(t) FROM Team t WHERE LOWER(t.name) = LOWER(:value)", name, "name", "A team named");
        }
        team.rename(name);
        team.moveTo(load(Site.class, required(siteId, "siteId", "Site")));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "Team", id,
                "team " + team.getName() + " at site " + team.getSite().getName()));
        return team;
    }

    public void deleteTeam(long id) {
        requireManage();
        Team team = load(Team.class, id);
        long members = count("SELECT COUNT(u) FROM User u WHERE u.team = :owner", team);
        if (members > 0) {
            throw new OrganizationException("Team " + team.getName() + " still has " + members
                    + " member(s); move them to another team first");
        }
        long grants = count("SELECT COUNT(g) FROM Grant g WHERE :owner MEMBER OF g.teams AND g.revokedAt IS NULL", team);
        if (grants > 0) {
            throw new OrganizationException("Team " + team.getName() + " is in the scope of " + grants
                    + " active grant(s); revoke or change them first");
        }
        requireUnsampled("Team " + team.getName(), count("SELECT COUNT(p) FROM SamplingPlan p WHERE p.team = :owner", team));
        em.remove(team);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_DELETE, "Team", id, "team " + team.getName()));
    }

    /** A sampling rule's queue or team stays while the rule names it: its draws are kept for audit. */
    private static void requireUnsampled(String what, long rules) {
        if (rules > 0) {
            throw new OrganizationException(what + " is sampled by " + rules + " sampling rule(s); change them first");
        }
    }

    // ---- queues ---------------------------------------------------------------------------

    public Page<CallQueue> findQueues(String name, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.VIEW_AGENT);
        String where = " WHERE (LOWER(q.name) LIKE :name ESCAPE '\\' OR q.number LIKE :name)"
                + " AND (:all = TRUE OR q.id IN :queues OR q.site.id IN :sites)";
        return Paging.page(scoped(em.createQuery("SELECT q FROM CallQueue q" + where + " ORDER BY q.name", CallQueue.class), scope, name),
                scoped(em.createQuery("SELECT COUNT(q) FROM CallQueue q" + where, Long.class), scope, name), page);
    }

    /** As {@link #findQueues}, with each queue's members read: for the lists that show them. */
    public Page<CallQueue> findQueuesWithMembers(String name, PageRequest page) {
        Page<CallQueue> found = findQueues(name, page);
        withMembers(found.items());
        return found;
    }

    /**
     * Reads the members of these managed queues in one statement, so that they can be shown once the
     * transaction is over (the members are lazy: a queue is reached from far more places than show them).
     */
    private List<CallQueue> withMembers(List<CallQueue> queues) {
        if (!queues.isEmpty()) {
            em.createQuery("SELECT DISTINCT q FROM CallQueue q LEFT JOIN FETCH q.members WHERE q.id IN :ids", CallQueue.class)
                    .setParameter("ids", queues.stream().map(CallQueue::getId).toList()).getResultList();
        }
        return queues;
    }

    private CallQueue withMembers(CallQueue queue) {
        return withMembers(List.of(queue)).get(0);
    }

    public CallQueue createQueue(String name, String number, Long siteId) {
        requireManage();
        ensureUnique("SELECT COUNT(q) FROM CallQueue q WHERE LOWER(q.name) = LOWER(:value)", name, "name", "A queue named");
        ensureUnique("SELECT COUNT(q) FROM CallQueue q WHERE q.number = :value", number, "number", "A queue with number");
        ensureNumberFree(number, null);
        CallQueue queue = new CallQueue(name, number, load(Site.class, required(siteId, "siteId", "Site")));
        em.persist(queue);
        em.flush();
        directoryChanged.fire(new DirectoryChanged("queue " + queue.getName() + " created"));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "CallQueue", queue.getId(),
                "queue " + queue.getName() + " (" + queue.getNumber() + ")"));
        return queue;
    }

    public CallQueue updateQueue(long id, String name, String number, Long siteId) {
        requireManage();
        CallQueue queue = load(CallQueue.class, id);
        if (!queue.getName().equalsIgnoreCase(name == null ? "" : name.strip())) {
            ensureUnique("SELECT COUNT(q) FROM CallQueue q WHERE LOWER(q.name) = LOWER(:value)", name, "name", "A queue named");
        }
        if (!queue.getNumber().equals(number == null ? "" : number.strip())) {
            ensureUnique("SELECT COUNT(q) FROM CallQueue q WHERE q.number = :value", number, "number", "A queue with number");
            ensureNumberFree(number, null);
        }
        queue.rename(name);
        queue.renumber(number);
        queue.moveTo(load(Site.class, required(siteId, "siteId", "Site")));
        directoryChanged.fire(new DirectoryChanged("queue " + queue.getName() + " changed"));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "CallQueue", id,
                "queue " + queue.getName() + " (" + queue.getNumber() + ")"));
        return withMembers(queue);
    }

    public void deleteQueue(long id) {
        requireManage();
        CallQueue queue = load(CallQueue.class, id);
        if (!queue.getMembers().isEmpty()) {
            throw new OrganizationException("Queue " + queue.getName() + " still has " + queue.getMembers().size()
                    + " member(s); remove them first");
        }
        requireUnsampled("Queue " + queue.getName(), count("SELECT COUNT(p) FROM SamplingPlan p WHERE p.queue = :owner", queue));
        em.remove(queue);
        directoryChanged.fire(new DirectoryChanged("queue " + queue.getName() + " deleted"));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_DELETE, "CallQueue", id, "queue " + queue.getName()));
    }

    public CallQueue addQueueMember(long queueId, long userId) {
        requireManage();
        CallQueue queue = load(CallQueue.class, queueId);
        User agent = load(User.class, userId);
        if (sipAccountOf(agent) == null) {
            throw new OrganizationException("userId", agent.getUsername() + " has no extension, so cannot answer queue calls");
        }
        queue.addMember(agent);
        directoryChanged.fire(new DirectoryChanged("member of queue " + queue.getName() + " added"));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "CallQueue", queueId,
                "added member " + agent.getUsername() + " to queue " + queue.getName()));
        return withMembers(queue);
    }

    public CallQueue removeQueueMember(long queueId, long userId) {
        requireManage();
        CallQueue queue = load(CallQueue.class, queueId);
        User agent = load(User.class, userId);
        queue.removeMember(agent);
        directoryChanged.fire(new DirectoryChanged("member of queue " + queue.getName() + " removed"));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "CallQueue", queueId,
                "removed member " + agent.getUsername() + " from queue " + queue.getName()));
        return withMembers(queue);
    }

    public List<CallQueue> queuesOf(User agent) {
        return em.createNamedQuery(CallQueue.ANSWERED_BY, CallQueue.class).setParameter("agent", agent).getResultList();
    }

    // ---- users and agents -----------------------------------------------------------------

    /** Users the caller may see: admins all, others those in their scope, agents themselves. */
    public Page<User> findUsers(String text, Long teamId, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.VIEW_AGENT);
        String where = " WHERE (LOWER(u.username) LIKE :name ESCAPE '\\' OR LOWER(u.displayName) LIKE :name ESCAPE '\\')"
                + " AND (:team IS NULL OR u.team.id = :team)"
                + " AND (:all = TRUE OR u.id = :own OR u.team.id IN :teams OR u.team.site.id IN :sites"
                + " OR EXISTS (SELECT q FROM CallQueue q WHERE u MEMBER OF q.members AND q.id IN :queues))";
        TypedQuery<User> list = scoped(em.createQuery("SELECT u FROM User u LEFT JOIN u.team" + where + " ORDER BY u.username", User.class), scope, text);
        TypedQuery<Long> count = scoped(em.createQuery("SELECT COUNT(u) FROM User u LEFT JOIN u.team" + where, Long.class), scope, text);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("team", teamId);
            q.setParameter("own", scope.ownUserIdOrNone());
        }
        return Paging.page(list, count, page);
    }

    /** One user, if the caller may see them. */
    public User getUser(long id) {
        User user = load(User.class, id);
        access.require(Action.VIEW_AGENT, AccessTarget.agent(user, queuesOf(user)), null);
        return user;
    }

    public User findByUsername(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
    }

    public User createUser(NewUser request) {
        requireManage();
        ensureUnique("SELECT COUNT(u) FROM User u WHERE u.username = :value", request.username(), "username", "A user named");
        User user = new User(request.username(), request.displayName(), PasswordCredential.of(request.password()), Instant.now());
        user.changeEmail(request.email());
        user.assignTo(request.teamId() == null ? null : load(Team.class, request.teamId()));
        em.persist(user);
        em.flush();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "User", user.getId(), "user " + user.getUsername()
                + (user.getTeam() == null ? "" : " in team " + user.getTeam().getName())));
        return user;
    }

    public User updateUser(long id, String displayName, String email, Long teamId) {
        requireManage();
        User user = load(User.class, id);
        String before = user.getTeam() == null ? "no team" : user.getTeam().getName();
        user.rename(displayName);
        user.changeEmail(email);
        user.assignTo(teamId == null ? null : load(Team.class, teamId));
        String after = user.getTeam() == null ? "no team" : user.getTeam().getName();
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "User", id, "user " + user.getUsername()
                + (before.equals(after) ? "" : ", team " + before + " -> " + after)));
        return user;
    }

    public User setActive(long id, boolean active) {
        requireManage();
        User user = load(User.class, id);
        if (!active && user.getUsername().equals(access.callerName())) {
            throw new OrganizationException("You cannot deactivate your own account");
        }
        if (active) {
            user.activate();
        } else {
            user.deactivate();
            withdrawn.fire(new AccessWithdrawn("account disabled"));
        }
        directoryChanged.fire(new DirectoryChanged("user " + user.getUsername() + (active ? " activated" : " deactivated")));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "User", id,
                (active ? "activated" : "deactivated") + " user " + user.getUsername()));
        return user;
    }

    public void changePassword(long id, char[] newPassword) {
        requireManage();
        User user = load(User.class, id);
        user.changePassword(PasswordCredential.of(newPassword));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "User", id, "password changed for " + user.getUsername()));
    }

    public SipAccount sipAccountOf(User user) {
        return em.createQuery("SELECT a FROM SipAccount a WHERE a.user = :user", SipAccount.class)
                .setParameter("user", user).getResultStream().findFirst().orElse(null);
    }

    /** The extensions of users the caller already holds, by user id, in one query (for list pages). */
    public Map<Long, String> extensionsOf(Collection<User> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a.user.id, a.extension FROM SipAccount a WHERE a.user IN :users", Object[].class)
                .setParameter("users", users).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** Gives the user an extension and SIP password, or changes them. */
    public SipAccount assignExtension(long userId, String extension, char[] sipPassword) {
        requireManage();
        User user = load(User.class, userId);
        SipAccount account = sipAccountOf(user);
        String ext = extension == null ? "" : extension.strip();
        if (account == null || !account.getExtension().equals(ext)) {
            ensureUnique("SELECT COUNT(a) FROM SipAccount a WHERE a.extension = :value", ext, "extension", "Extension");
            ensureNumberFree(ext, "extension");
        }
        if (account == null) {
            account = new SipAccount(user, ext, SIP_REALM, sipPassword);
            em.persist(account);
        } else {
            account.changeExtension(ext, sipPassword);
        }
        directoryChanged.fire(new DirectoryChanged("SIP account of " + user.getUsername()));
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "User", userId,
                "extension " + account.getExtension() + " and SIP credentials set for " + user.getUsername()));
        return account;
    }

    // ---- shared rules ---------------------------------------------------------------------

    private void requireManage() {
        access.require(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
    }

    /** Queue numbers and extensions share one dial plan: neither may shadow the other. */
    private void ensureNumberFree(String number, String field) {
        String dialed = number == null ? "" : number.strip();
        long queues = em.createQuery("SELECT COUNT(q) FROM CallQueue q WHERE q.number = :n", Long.class)
                .setParameter("n", dialed).getSingleResult();
        long extensions = em.createQuery("SELECT COUNT(a) FROM SipAccount a WHERE a.extension = :n", Long.class)
                .setParameter("n", dialed).getSingleResult();
        if (queues + extensions > 0) {
            throw OrganizationException.conflict(field == null ? "number" : field, dialed + " is already dialed for another queue or agent");
        }
    }

    private void ensureUnique(String countQuery, String value, String field, String what) {
        String candidate = value == null ? "" : value.strip();
        long existing = em.createQuery(countQuery, Long.class).setParameter("value", candidate).getSingleResult();
        if (existing > 0) {
            throw OrganizationException.conflict(field, what + " " + candidate + " already exists");
        }
    }

    private long count(String query, Object owner) {
        return em.createQuery(query, Long.class).setParameter("owner", owner).getSingleResult();
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new OrganizationException("timeZone", "Unknown time zone '" + timeZone + "' (use a name such as Europe/Lisbon)");
        }
    }

    private static long required(Long id, String field, String what) {
        if (id == null) {
            throw new OrganizationException(field, what + " is required");
        }
        return id;
    }

    private <T> T load(Class<T> type, long id) {
        return Entities.load(em, type, id);
    }

    /** Binds the name filter and those scope parameters the query uses. */
    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, VisibleScope scope, String name) {
        Map<String, Object> values = Map.of("name", Paging.contains(name), "all", scope.everything(),
                "sites", scope.siteIdsOrNone(), "teams", scope.teamIdsOrNone(), "queues", scope.queueIdsOrNone());
        query.getParameters().stream().map(Parameter::getName).filter(values::containsKey)
                .forEach(p -> query.setParameter(p, values.get(p)));
        return query;
    }
}
