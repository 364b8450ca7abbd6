package org.earshot.web.rest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.earshot.organization.User;

/** A user named from another representation (a queue's members, a grant's grantee). */
public record UserRef(Long id, String username, String displayName) {

    public static UserRef of(User user) {
        return new UserRef(user.getId(), user.getUsername(), user.getDisplayName());
    }

    /** Ordered by username, so lists built from sets read the same on every request. */
    public static List<UserRef> sorted(Collection<User> users) {
        return users.stream().map(UserRef::of).sorted(Comparator.comparing(UserRef::username)).toList();
    }
}
