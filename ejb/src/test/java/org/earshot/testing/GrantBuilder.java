package org.earshot.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.earshot.access.Grant;
import org.earshot.access.GrantScope;
import org.earshot.access.Role;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A grant as a test describes it: {@code org.grant(SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN).build()}.
 * Nothing is defaulted that the grant rules care about: scope and modes are what the test says
 * (an empty scope unless one is chosen, no modes unless some are given).
 */
public final class GrantBuilder {

    private final Role role;
    private final long id;
    private User user;
    private boolean global;
    private final Set<Site> sites = new HashSet<>();
    private final Set<Team> teams = new HashSet<>();
    private final Set<CallQueue> queues = new HashSet<>();
    private final Set<MonitoringMode> modes = EnumSet.noneOf(MonitoringMode.class);
    private Instant grantedAt = OrgFixture.NOW;
    private Instant lastUsedAt;

    GrantBuilder(Role role, long id) {
        this.role = role;
        this.id = id;
    }

    public GrantBuilder to(User grantee) {
        this.user = grantee;
        return this;
    }

    public GrantBuilder overEverything() {
        this.global = true;
        return this;
    }

    public GrantBuilder overSites(Site... chosen) {
        sites.addAll(Set.of(chosen));
        return this;
    }

    public GrantBuilder overTeams(Team... chosen) {
        teams.addAll(Set.of(chosen));
        return this;
    }

    public GrantBuilder overQueues(CallQueue... chosen) {
        queues.addAll(Set.of(chosen));
        return this;
    }

    public GrantBuilder modes(MonitoringMode... chosen) {
        modes.addAll(Set.of(chosen));
        return this;
    }

    public GrantBuilder allModes() {
        modes.addAll(EnumSet.allOf(MonitoringMode.class));
        return this;
    }

    public GrantBuilder grantedAt(Instant at) {
        this.grantedAt = at;
        return this;
    }

    public GrantBuilder grantedAgo(Duration ago) {
        return grantedAt(OrgFixture.NOW.minus(ago));
    }

    /** Last use as the access service records it (through the database, hence by reflection here). */
    public GrantBuilder lastUsedAt(Instant at) {
        this.lastUsedAt = at;
        return this;
    }

    public GrantBuilder lastUsedAgo(Duration ago) {
        return lastUsedAt(OrgFixture.NOW.minus(ago));
    }

    public Grant build() {
        GrantScope scope = global ? GrantScope.everything() : GrantScope.of(sites, teams, queues);
        Grant grant = Fields.withId(new Grant(user, role, scope, modes, "admin", grantedAt), id);
        if (lastUsedAt != null) {
            Fields.set(grant, "lastUsedAt", lastUsedAt);
        }
        return grant;
    }
}
