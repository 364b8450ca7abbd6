package org.earshot.access;

/**
 * The role Earshot's own background work runs as (the telephony message listeners), for service
 * methods that only it may call. No user can hold it: the security realm takes a user's roles from
 * their grants, and a grant carries a {@link Role}.
 */
public final class SystemRole {

    public static final String NAME = "earshot-system";

    private SystemRole() {
    }
}
