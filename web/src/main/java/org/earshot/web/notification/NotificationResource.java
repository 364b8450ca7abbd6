package org.earshot.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.earshot.notification.NotificationView;
import org.earshot.notification.Notifications;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's own in-app notifications, newest first; marking them read (audited)")
public class NotificationResource {

    /** How many notifications a request marked read. */
    public record Marked(int marked) {
    }

    @EJB
    private Notifications notifications;

    @GET
    @Operation(summary = "The caller's notifications, newest first; readAt is null while unread; link is a page of the console")
    public ListView<NotificationView> mine(@BeanParam PageParams page) {
        return ListView.of(notifications.mine(page.toRequest()), n -> n);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (again: unchanged)")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's (another user's is not found alike; audited)")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all the caller's notifications read; answers how many were unread")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }
}
