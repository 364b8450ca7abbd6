package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecordService;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Records of the calls through Earshot, newest first")
public class CallResource {

    @EJB
    private CallRecordService records;

    @GET
    @Operation(summary = "Calls the caller's grants reach: a supervisor's agents and queues, an agent's own")
    public ListView<CallView> list(@QueryParam("from") @Parameter(description = "ISO-8601 instant; calls started at or after") Instant from,
                                   @QueryParam("to") @Parameter(description = "ISO-8601 instant; calls started at or before") Instant to,
                                   @QueryParam("queueId") @Parameter(description = "Only calls through this queue") Long queueId,
                                   @QueryParam("agentId") @Parameter(description = "Only calls taken by this agent (user id)") Long agentId,
                                   @QueryParam("text") @Parameter(description = "Part of the caller, dialed number, disposition or call id") String text,
                                   @BeanParam PageParams page) {
        return ListView.of(records.findCalls(new CallFilter(from, to, queueId, agentId, text), page.toRequest()), CallView::of);
    }

    @GET
    @Path("{callId}")
    @Operation(summary = "One call with every event it went through")
    public CallView get(@PathParam("callId") @Parameter(description = "Earshot's call id, as in the list") String callId) {
        return CallView.withHistory(records.getCall(callId));
    }
}
