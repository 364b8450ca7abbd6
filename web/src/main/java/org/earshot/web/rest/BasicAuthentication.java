package org.earshot.web.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.web.session.LoginAudit;

/**
 * Authenticates API requests with HTTP Basic against the server's security domain (Earshot's
 * users table), the same check the console's login form makes. The API is outside the pages'
 * security constraint so that clients get a problem+json 401 instead of a login page.
 * Successful logins are not audited: with Basic every request is one, and the actions they
 * lead to are audited by the services.
 * <p>
 * The server keeps a programmatic login in the HTTP session, creating one if needed. Basic is
 * stateless, so once the response is ready the login is undone and a session it created is
 * dropped: API clients leave no sessions behind, and a replayed cookie authenticates nobody.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BasicAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(BasicAuthentication.class.getName());
    private static final String CHALLENGE = "Basic realm=\"Earshot\"";
    private static final String SCHEME = "Basic ";
    /** Request property set after a Basic login: whether the request came with a session of its own. */
    private static final String HAD_SESSION = BasicAuthentication.class.getName() + ".hadSession";

    @Context
    private HttpServletRequest request;

    @Inject
    private LoginAudit loginAudit;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() != null) {
            return; // authenticated already, by the console's session
        }
        Credentials credentials = Credentials.from(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            refuse(context, "Send the credentials of an Earshot user with HTTP Basic authentication");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        try {
            request.login(credentials.username(), credentials.password());
            context.setProperty(HAD_SESSION, hadSession);
        } catch (ServletException e) {
            loginAudit.failed(credentials.username(), "wrong username or password for the REST API");
            refuse(context, "Wrong username or password");
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        Object hadSession = requestContext.getProperty(HAD_SESSION);
        if (hadSession == null) {
            return; // no Basic login in this request
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // The answer is ready; cleaning up after it must not turn it into an error.
            LOG.log(Level.WARNING, "Logout after a REST API request failed", e);
        }
        HttpSession session = request.getSession(false);
        if (!(Boolean) hadSession && session != null) {
            session.invalidate();
        }
    }

    private record Credentials(String username, String password) {

        /** The credentials in an Authorization header, or null when it holds no Basic credentials. */
        static Credentials from(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                return null;
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null; // not Base64
            }
        }
    }

    private static void refuse(ContainerRequestContext context, String detail) {
        context.abortWith(Problem.of(ProblemType.NOT_AUTHENTICATED, detail, context.getUriInfo().getRequestUri().getRawPath())
                .response().header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }
}
