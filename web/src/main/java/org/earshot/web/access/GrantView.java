package org.earshot.web.access;

import java.time.Instant;
import java.util.List;
import org.earshot.access.Grant;
import org.earshot.access.Role;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.NamedRef;
import org.earshot.web.rest.UserRef;

/**
 * A grant: a role given to a user over a scope, with its history (given, last used, last
 * reviewed, revoked). {@code scope} is the readable summary of the global flag and the lists.
 */
public record GrantView(Long id, UserRef user, Role role, boolean global, String scope, List<NamedRef> sites,
                        List<NamedRef> teams, List<NamedRef> queues, List<MonitoringMode> modes, boolean active,
                        String grantedBy, Instant grantedAt, Instant lastUsedAt, Instant lastReviewedAt,
                        String lastReviewedBy, Instant revokedAt, String revokedBy, String revokeReason) {

    static GrantView of(Grant grant) {
        return new GrantView(grant.getId(), UserRef.of(grant.getUser()), grant.getRole(), grant.isGlobalScope(),
                grant.describeScope(),
                NamedRef.sorted(grant.getSites(), Site::getId, Site::getName),
                NamedRef.sorted(grant.getTeams(), Team::getId, Team::getName),
                NamedRef.sorted(grant.getQueues(), CallQueue::getId, CallQueue::getName),
                grant.getModes().stream().sorted().toList(), grant.isActive(), grant.getGrantedBy(), grant.getGrantedAt(), grant.getLastUsedAt(),
                grant.getLastReviewedAt(), grant.getLastReviewedBy(), grant.getRevokedAt(), grant.getRevokedBy(),
                grant.getRevokeReason());
    }
}
