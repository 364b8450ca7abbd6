package org.earshot.web.organization;

import java.time.Instant;
import org.earshot.organization.SipAccount;
import org.earshot.organization.Team;
import org.earshot.organization.User;

/**
 * A user as the API shows them: who they are, their team and phone extension. Password hashes
 * and SIP digests stay in the database; this is why entities are never serialized directly.
 */
public record UserView(Long id, String username, String displayName, String email, boolean active, Long teamId,
                       String teamName, String extension, Instant createdAt) {

    static UserView of(User user, SipAccount phone) {
        Team team = user.getTeam();
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.isActive(),
                team == null ? null : team.getId(), team == null ? null : team.getName(),
                phone == null ? null : phone.getExtension(), user.getCreatedAt());
    }
}
