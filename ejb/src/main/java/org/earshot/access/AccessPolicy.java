package org.earshot.access;

import java.util.Collection;
import java.util.List;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The rules that decide an access request, free of persistence so they can be read and tested as
 * they are. A request is allowed by the first active grant whose role permits the action, whose
 * scope covers the target and, for monitoring, whose modes include the mode, provided a
 * monitoring group of the user also lets them use that mode on that agent. A denial names the
 * step that failed, checked in that order. Governance actions (managing the organization and
 * grants, reviews, the audit trail) need a grant over the whole organization.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static AccessDecision decide(User user, Collection<Grant> grants, Collection<MonitoringGroup> groups,
                                        Action action, AccessTarget target, MonitoringMode mode) {
        if (!user.isActive()) {
            return AccessDecision.deny("account " + user.getUsername() + " is disabled");
        }
        if (action.needsMode() && mode == null) {
            return AccessDecision.deny("a monitoring mode is required");
        }
        List<Grant> permitting = grants.stream().filter(Grant::isActive).filter(g -> g.getRole().permits(action)).toList();
        if (permitting.isEmpty()) {
            return AccessDecision.deny("no role of " + user.getUsername() + " permits " + action);
        }
        if (!action.isTargeted()) {
            return permitting.stream().filter(g -> !action.needsWholeOrganization() || g.isGlobalScope()).findFirst()
                    .map(AccessDecision::allow)
                    .orElseGet(() -> AccessDecision.deny(action + " needs a grant over the whole organization; "
                            + user.getUsername() + "'s grants cover only part of it"));
        }
        List<Grant> covering = permitting.stream().filter(g -> g.covers(target)).toList();
        if (covering.isEmpty()) {
            return outsideScope(user, action, target);
        }
        if (!action.needsMode()) {
            return AccessDecision.allow(covering.get(0));
        }
        List<Grant> allowingMode = covering.stream().filter(g -> g.allows(mode)).toList();
        if (allowingMode.isEmpty()) {
            return AccessDecision.deny("mode " + mode + " is not allowed by " + user.getUsername() + "'s grants");
        }
        boolean inGroup = target.agentUserId() != null
                && groups.stream().anyMatch(g -> g.permits(user.getId(), target.agentUserId(), mode));
        if (!inGroup) {
            return AccessDecision.deny(target + " is not in a monitoring group of " + user.getUsername()
                    + " that allows " + mode);
        }
        return AccessDecision.allow(allowingMode.get(0));
    }

    /**
     * For an organization-wide action on something placed in the organization (a scorecard assigned to
     * a queue or team): allowed by the first active grant that permits the action and whose scope
     * covers the target. A user the action is not allowed to at all is denied as {@link #decide} says.
     */
    public static AccessDecision decideReach(User user, Collection<Grant> grants, Action action, AccessTarget target) {
        AccessDecision anywhere = decide(user, grants, List.of(), action, AccessTarget.organization(), null);
        if (!anywhere.allowed()) {
            return anywhere;
        }
        return grants.stream().filter(Grant::isActive).filter(g -> g.getRole().permits(action)).filter(g -> g.covers(target))
                .findFirst().map(AccessDecision::allow).orElseGet(() -> outsideScope(user, action, target));
    }

    private static AccessDecision outsideScope(User user, Action action, AccessTarget target) {
        return AccessDecision.deny(target + " is outside the scope of " + user.getUsername() + "'s grants for " + action);
    }
}
