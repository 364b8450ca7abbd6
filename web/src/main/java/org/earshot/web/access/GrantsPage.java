package org.earshot.web.access;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.earshot.access.Grant;
import org.earshot.access.GrantService;
import org.earshot.access.NewGrant;
import org.earshot.access.Role;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;

/** Grants: the filtered list, the grant dialog and the revoke dialog. */
@Named
@ViewScoped
public class GrantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GrantService grants;

    private boolean includeRevoked;

    private final ServiceBackedLazyModel<Grant> grantList = new ServiceBackedLazyModel<>(
            (filters, page) -> grants.findGrants(filters.text("user"), filters.choice("role", Role.class), includeRevoked, page),
            Grant::getId);

    private Long userId;
    private Role role;
    private boolean wholeOrganization;
    private Long[] siteIds;
    private Long[] teamIds;
    private Long[] queueIds;
    private MonitoringMode[] modes;

    private Long revokedId;
    private String revokedSummary;
    private String reason;

    public void startNew() {
        userId = null;
        role = null;
        wholeOrganization = false;
        siteIds = new Long[0];
        teamIds = new Long[0];
        queueIds = new Long[0];
        modes = new MonitoringMode[0];
    }

    public void grant() {
        NewGrant request = new NewGrant(userId, role, wholeOrganization, Set.of(siteIds), Set.of(teamIds), Set.of(queueIds),
                Set.of(modes));
        ServiceCall.change("grantForm", () -> "Granted " + describe(grants.grant(request)));
    }

    public void startRevoke(Grant grant) {
        revokedId = grant.getId();
        revokedSummary = describe(grant);
        reason = null;
    }

    public void revoke() {
        ServiceCall.change("revokeForm", () -> "Revoked " + describe(grants.revoke(revokedId, reason)));
    }

    private static String describe(Grant grant) {
        return grant.getRole() + " over " + grant.describeScope() + " to " + grant.getUser().getUsername();
    }

    public ServiceBackedLazyModel<Grant> getGrants() {
        return grantList;
    }

    public boolean isIncludeRevoked() {
        return includeRevoked;
    }

    public void setIncludeRevoked(boolean includeRevoked) {
        this.includeRevoked = includeRevoked;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isWholeOrganization() {
        return wholeOrganization;
    }

    public void setWholeOrganization(boolean wholeOrganization) {
        this.wholeOrganization = wholeOrganization;
    }

    public Long[] getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Long[] siteIds) {
        this.siteIds = siteIds;
    }

    public Long[] getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(Long[] teamIds) {
        this.teamIds = teamIds;
    }

    public Long[] getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(Long[] queueIds) {
        this.queueIds = queueIds;
    }

    public MonitoringMode[] getModes() {
        return modes;
    }

    public void setModes(MonitoringMode[] modes) {
        this.modes = modes;
    }

    public String getRevokedSummary() {
        return revokedSummary;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
