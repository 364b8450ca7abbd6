package org.earshot.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.earshot.notification.NotificationView;
import org.earshot.notification.Notifications;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;

/**
 * The bell in every page's menu bar: the caller's unread count and their latest notifications, read
 * again on every push to the user. Opening one marks it read and goes to its page.
 */
@Named
@RequestScoped
public class NotificationBell {

    /** How many of the latest the overlay lists; the REST API pages through all. */
    static final int SHOWN = 8;

    @EJB
    private Notifications notifications;

    @Inject
    private ExternalContext external;

    private Long unread;
    private List<NotificationView> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<NotificationView> getLatest() {
        if (latest == null) {
            latest = ServiceCall.query(null, () -> notifications.mine(PageRequest.firstPage(SHOWN)).items()).orElse(List.of());
        }
        return latest;
    }

    /** Marks the notification read and opens its page (a page of the application: the service accepts no other link). */
    public void open(long id) throws IOException {
        var opened = ServiceCall.query(null, () -> notifications.markRead(id));
        if (opened.isPresent()) {
            external.redirect(external.getRequestContextPath() + opened.get().link());
        }
    }

    public void markAllRead() {
        ServiceCall.change(null, () -> notifications.markAllRead() + " marked read");
        unread = null;
        latest = null;
    }
}
