package org.earshot.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;

/**
 * The login form. Credentials are checked by the server's security domain (Earshot's users
 * table); this bean only asks for the check, audits the outcome and sends the user on.
 */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private FacesContext faces;

    @EJB
    private AuditService audit;

    @Inject
    private LoginAudit loginAudit;

    private String username;
    private String password;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            loginAudit.failed(name, "wrong username or password");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Wrong username or password", null));
            return null;
        }
        request.changeSessionId(); // a fresh session id at privilege change (session fixation)
        audit.recordFor(name, AuditEvent.of(AccessAuditAction.LOGIN, "User", name, "logged in to the web console"));
        external.redirect(external.getRequestContextPath() + "/app/index.xhtml");
        return null;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = request.getRemoteUser();
        if (name != null) {
            audit.recordFor(name, AuditEvent.of(AccessAuditAction.LOGOUT, "User", name, "logged out"));
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
