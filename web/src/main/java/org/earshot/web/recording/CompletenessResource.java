package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.earshot.query.PageRequest;
import org.earshot.recording.CompletenessCheck;
import org.earshot.recording.FindingKind;
import org.earshot.recording.FindingView;
import org.earshot.recording.ReconciliationReport;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recording-findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class CompletenessResource {

    @EJB
    private CompletenessCheck check;

    @GET
    @Operation(summary = "What the reconciliation of calls against recordings found, newest first")
    public ListView<FindingView> list(@QueryParam("kind") @Parameter(description = "Only findings of this kind") FindingKind kind,
                                      @BeanParam PageParams page) {
        PageRequest request = page.toRequest();
        return ListView.of(check.findings(kind, request.first(), request.size()), f -> f);
    }

    @POST
    @Path("runs")
    @Operation(summary = "Run the reconciliation now (it also runs every few minutes); the answer lists what it found that was not found before")
    public ReconciliationReport run() {
        return check.runNow();
    }
}
