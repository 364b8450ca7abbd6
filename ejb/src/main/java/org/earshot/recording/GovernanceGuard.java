package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;

/** Lets the caller govern recordings (MANAGE_RECORDINGS over the whole organization), or audits the refusal and throws. */
// Authorization is decided by AccessService (role and scope), not by EJB role lists.
@PermitAll
@Stateless
public class GovernanceGuard {

    @EJB
    private AccessService access;

    /** @return the caller's username, the actor of what they do next */
    public String requireManage() {
        return require(Action.MANAGE_RECORDINGS);
    }

    public String require(Action action) {
        access.require(action, AccessTarget.organization(), null);
        return access.callerName();
    }
}
