package org.earshot.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Earshot's REST API, version 1. Every request authenticates with HTTP Basic as an Earshot user
 * ({@link BasicAuthentication}); what the user may see and change is decided by the services, as
 * in the console. Failures are RFC 9457 problem details ({@link ProblemMapper}).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Earshot API", version = "1",
                description = "Organization, grants, permission reviews and the audit trail of Earshot contact-center quality management."),
        security = @SecurityRequirement(name = EarshotApi.BASIC),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = EarshotApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic"),
                schemas = @Schema(name = ProblemResponses.PROBLEM_SCHEMA, implementation = Problem.class)))
public class EarshotApi extends Application {

    static final String BASIC = "basic";
}
