package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Function;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.LiveAgent;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Live view", description = "What agents are doing now")
public class LiveAgentResource {

    @EJB
    private CallRecordService records;

    @GET
    @Path("live")
    @Operation(summary = "Agents whose calls the caller may see, by extension: logged out, available or away, the queues"
            + " logged in to, idle, ringing, on call or wrap-up since when, and the current call; shownPresence is the"
            + " presence the pages show, ON_CALL while a call occupies the agent whether logged in to queues or not")
    public ListView<LiveAgent> live(@BeanParam PageParams page) {
        return ListView.of(records.liveAgents(), page.toRequest(), Function.identity());
    }
}
