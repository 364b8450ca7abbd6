package org.earshot.web.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.audit.ChainVerification;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail, newest entries first")
public class AuditResource {

    @EJB
    private AuditService audit;

    @GET
    @Operation(summary = "Audit entries matching every given filter")
    public ListView<AuditEntryView> find(@QueryParam("actor") @Parameter(description = "Exact username; a supervisor for monitoring entries") String actor,
                                         @QueryParam("action") @Parameter(description = "An action, e.g. monitoring.MONITOR_START, or its name alone for any capability's") String action,
                                         @QueryParam("outcome") AuditOutcome outcome,
                                         @QueryParam("targetType") @Parameter(description = "e.g. Team, User, Grant, Call") String targetType,
                                         @QueryParam("targetId") @Parameter(description = "Exact id of the target") String targetId,
                                         @QueryParam("agent") @Parameter(description = "The agent of the call, ignoring case") String agent,
                                         @QueryParam("callId") @Parameter(description = "Exact call id") String callId,
                                         @QueryParam("mode") @Parameter(description = "Monitoring mode") MonitoringMode mode,
                                         @QueryParam("text") @Parameter(description = "Part of the detail, details, target, call or agent") String text,
                                         @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") Instant from,
                                         @QueryParam("to") @Parameter(description = "ISO-8601 instant, inclusive") Instant to,
                                         @BeanParam PageParams page) {
        return ListView.of(audit.find(new AuditQuery(actor, action, outcome, targetType, targetId, agent,
                        callId, mode == null ? null : mode.name(), text, from, to), page.toRequest()),
                AuditEntryView::of);
    }

    @POST
    @Path("verify")
    @Operation(summary = "Walk the whole hash chain and report whether it is intact; the check is audited too")
    public ChainVerification verify() {
        return audit.verifyChain();
    }
}
