package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.earshot.recording.PurgeReport;
import org.earshot.recording.RetentionPurge;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recording governance", description = "Legal holds, erasure, retention, completeness and key rotation; compliance (keys: administrators), audited")
public class RetentionResource {

    @EJB
    private RetentionPurge purge;

    @GET
    @Path("purge-preview")
    @Operation(summary = "Dry run: the recordings past their retention today, which would be deleted and which a hold keeps; changes nothing")
    public PurgeReport preview() {
        return purge.dryRun();
    }

    @POST
    @Path("purges")
    @Operation(summary = "Run the retention purge now (it also runs daily): each expired recording not on hold is crypto-shredded, audited")
    public PurgeReport run() {
        return purge.runNow();
    }
}
