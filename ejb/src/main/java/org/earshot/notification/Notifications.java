package org.earshot.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;

/**
 * Sends notifications for the capabilities, and serves each user their own: the list newest first,
 * how many are unread, marking one or all read. A notification is sent in the sender's transaction
 * (a step rolled back notifies nobody) and its recipient's bell is told after the commit. Nobody sees
 * or marks another user's: it is "not found" to them, the attempt audited.
 */
// Every read is of the caller's own notifications: there is no role or scope to decide.
@PermitAll
@Stateless
public class Notifications {

    private static final String MINE = " FROM Notification n WHERE n.recipient.id = :me";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Inject
    private Event<NotificationSent> sent;

    /** Tells the user {@code text}, linking to a page of the application ({@code /app/...}); joins the caller's transaction. */
    public NotificationView notify(long recipientUserId, NotificationKind kind, String text, String link) {
        User recipient = em.find(User.class, recipientUserId);
        if (recipient == null) {
            throw new NotFoundException("User " + recipientUserId + " does not exist");
        }
        return send(recipient, kind, text, link);
    }

    /** As {@link #notify(long, NotificationKind, String, String)}, naming the recipient by username. */
    public NotificationView notify(String recipientUsername, NotificationKind kind, String text, String link) {
        User recipient = userNamed(recipientUsername);
        if (recipient == null) {
            throw new NotFoundException("User " + recipientUsername + " does not exist");
        }
        return send(recipient, kind, text, link);
    }

    /** The caller's notifications, newest first. */
    public Page<NotificationView> mine(PageRequest page) {
        long me = caller().getId();
        Page<Notification> found = Paging.page(
                em.createQuery("SELECT n" + MINE + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class).setParameter("me", me),
                em.createQuery("SELECT COUNT(n)" + MINE, Long.class).setParameter("me", me), page);
        return new Page<>(found.items().stream().map(Notification::view).toList(), found.total());
    }

    /** How many of the caller's notifications are unread. */
    public long unreadCount() {
        User me = callerOrNull();
        return me == null ? 0 : em.createQuery("SELECT COUNT(n)" + MINE + " AND n.readAt IS NULL", Long.class)
                .setParameter("me", me.getId()).getSingleResult();
    }

    /** Marks one of the caller's notifications read (again: no change); another user's is "not found", audited. */
    public NotificationView markRead(long id) {
        User me = caller();
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(me)) {
            audit.recordIndependently(AuditEvent.of(NotificationAuditAction.NOTIFICATION_READ, "Notification", id,
                    "refused: " + (notification == null ? "no such notification" : "not " + me.getUsername() + "'s"))
                    .withOutcome(AuditOutcome.DENIED));
            throw new NotFoundException("Notification " + id + " does not exist");
        }
        if (notification.markRead(Instant.now())) {
            audit.record(AuditEvent.of(NotificationAuditAction.NOTIFICATION_READ, "Notification", id, "marked read"));
        }
        return notification.view();
    }

    /** Marks every unread notification of the caller read; how many were. */
    public int markAllRead() {
        User me = caller();
        int marked = em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient.id = :me AND n.readAt IS NULL")
                .setParameter("now", Instant.now()).setParameter("me", me.getId()).executeUpdate();
        if (marked > 0) {
            audit.record(AuditEvent.of(NotificationAuditAction.NOTIFICATION_READ_ALL, "User", me.getId(), marked + " marked read"));
        }
        return marked;
    }

    private NotificationView send(User recipient, NotificationKind kind, String text, String link) {
        Notification notification = new Notification(recipient, kind, text, link, Instant.now());
        em.persist(notification);
        em.flush();
        audit.record(AuditEvent.of(NotificationAuditAction.NOTIFICATION_SEND, "Notification", notification.getId(),
                "to " + recipient.getUsername() + ": " + kind.qualifiedName()).with("recipient", recipient.getUsername())
                .with("kind", kind.qualifiedName()));
        sent.fire(new NotificationSent(recipient.getUsername()));
        return notification.view();
    }

    private User caller() {
        User me = callerOrNull();
        if (me == null) {
            throw new AccessDeniedException("unknown user " + access.callerName());
        }
        return me;
    }

    private User callerOrNull() {
        return userNamed(access.callerName());
    }

    private User userNamed(String username) {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class).setParameter("name", username)
                .getResultStream().findFirst().orElse(null);
    }
}
