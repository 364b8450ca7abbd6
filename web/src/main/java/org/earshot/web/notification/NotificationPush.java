package org.earshot.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.earshot.notification.NotificationSent;

/**
 * Tells the recipient's open pages that they were notified, once the notification is committed. The
 * layout's {@code <f:websocket user="...">} names the logged-in user, and the message is sent to the
 * recipient by name, so only the recipient's browsers hear it, and the message carries nothing: the bell re-reads the service.
 */
@ApplicationScoped
public class NotificationPush {

    /** The websocket channel of the bell, and the message its ajax listens for. */
    public static final String CHANNEL = "notifications";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext bells;

    /**
     * Made when the application starts, outside any HTTP session: Mojarra's push context, made in a request
     * whose session has no websocket of its own yet (a REST call that notifies someone), fails with a
     * NullPointerException. Sending to a user by name needs no session of the sender's.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing the start is what makes the bean, and so its push context, now.
    }

    void notified(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationSent sent) {
        bells.send(CHANNEL, sent.recipientUsername());
    }
}
