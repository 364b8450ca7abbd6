package org.earshot.access;

/** The answer to "may this user do this action on this target in this mode?", with the reason. */
public record AccessDecision(boolean allowed, String reason, Long grantId) {

    static AccessDecision allow(Grant grant) {
        return new AccessDecision(true, "allowed by grant " + grant.getId() + " (" + grant.getRole() + ", "
                + grant.describeScope() + ")", grant.getId());
    }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason, null);
    }
}
