package org.earshot.web.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.earshot.integration.IntegrationRuntime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("health/integration")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "Whether the parts Earshot depends on are working")
public class IntegrationHealthResource {

    /** UP when the integration runtime routes messages (to CRM and workforce management), else DOWN. */
    public record IntegrationHealth(String status) {
    }

    @EJB
    private IntegrationRuntime integration;

    @GET
    @Operation(summary = "Whether the integration runtime is routing messages")
    @APIResponse(responseCode = "200", description = "Routing", content = @Content(schema = @Schema(implementation = IntegrationHealth.class)))
    @APIResponse(responseCode = "503", description = "Not routing", content = @Content(schema = @Schema(implementation = IntegrationHealth.class)))
    public Response check() {
        boolean routing;
        try {
            routing = integration.isRouting();
        } catch (EJBException e) {
            routing = false; // a failing route is the answer to the question, not an error of this request
        }
        return Response.status(routing ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new IntegrationHealth(routing ? "UP" : "DOWN")).build();
    }
}
