package org.earshot.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * One role given to one user over a scope (everything, or some sites, teams and queues) with the
 * monitoring modes it allows. It remembers who granted it and when, when it was last used and
 * last reviewed, and the grantee's team at grant time so a later team move shows up in reviews.
 */
@Entity
@Table(name = "access_grant")
public class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Role role;

    @Column(name = "global_scope", nullable = false, updatable = false)
    private boolean globalScope;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "access_grant_site", joinColumns = @JoinColumn(name = "grant_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "access_grant_team", joinColumns = @JoinColumn(name = "grant_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "access_grant_queue", joinColumns = @JoinColumn(name = "grant_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<CallQueue> queues = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_grant_mode", joinColumns = @JoinColumn(name = "grant_id"))
    @Column(name = "mode", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<MonitoringMode> modes = EnumSet.noneOf(MonitoringMode.class);

    @Column(name = "granted_by", nullable = false, length = 64, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "grantee_team_id")
    private Team granteeTeam;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_reviewed_at")
    private Instant lastReviewedAt;

    @Column(name = "last_reviewed_by", length = 64)
    private String lastReviewedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Version
    private long version;

    protected Grant() {
    }

    public Grant(User user, Role role, GrantScope scope, Set<MonitoringMode> modes, String grantedBy, Instant grantedAt) {
        if (!role.permits(Action.MONITOR_CALL) && !modes.isEmpty()) {
            throw new GrantException("modes", role + " cannot monitor calls, so it allows no monitoring modes");
        }
        if (role.permits(Action.MONITOR_CALL) && modes.isEmpty()) {
            throw new GrantException("modes", "Choose at least one monitoring mode for " + role);
        }
        if (!role.isSelfScoped() && scope.isEmpty()) {
            throw new GrantException("scope", "Choose the sites, teams or queues the grant covers, or the whole organization");
        }
        this.user = user;
        this.role = role;
        this.globalScope = scope.global();
        this.sites.addAll(scope.sites());
        this.teams.addAll(scope.teams());
        this.queues.addAll(scope.queues());
        this.modes = modes.isEmpty() ? EnumSet.noneOf(MonitoringMode.class) : EnumSet.copyOf(modes);
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.granteeTeam = user.getTeam();
    }

    /** Whether the target lies within this grant: the grantee's own data for self-scoped roles. */
    public boolean covers(AccessTarget target) {
        if (role.isSelfScoped()) {
            return target.isAgent(user.getId());
        }
        if (globalScope) {
            return true;
        }
        return teams.stream().anyMatch(t -> t.getId().equals(target.teamId()))
                || sites.stream().anyMatch(s -> target.siteIds().contains(s.getId()))
                || queues.stream().anyMatch(q -> target.queueIds().contains(q.getId()));
    }

    public boolean allows(MonitoringMode mode) {
        return modes.contains(mode);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(String by, Instant at, String reason) {
        if (!isActive()) {
            throw GrantException.conflict("Grant " + id + " was already revoked on " + revokedAt);
        }
        this.revokedBy = by;
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    /** A reviewer confirms the grant is still right for the grantee as they are now. */
    public void certify(String by, Instant at) {
        this.lastReviewedBy = by;
        this.lastReviewedAt = at;
        this.granteeTeam = user.getTeam();
    }

    /** Time since the grant was last reviewed, or since it was given when it never was. */
    public Duration unreviewedFor(Instant now) {
        return Duration.between(lastReviewedAt != null ? lastReviewedAt : grantedAt, now);
    }

    /** Time since the grant last allowed an action, or since it was given when it never did. */
    public Duration unusedFor(Instant now) {
        return Duration.between(lastUsedAt != null ? lastUsedAt : grantedAt, now);
    }

    /** The grantee changed team since the grant was given or last certified: staff who moved. */
    public boolean outlivedTeamMove() {
        Long then = granteeTeam == null ? null : granteeTeam.getId();
        Long now = user.getTeam() == null ? null : user.getTeam().getId();
        return !Objects.equals(then, now);
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Role getRole() {
        return role;
    }

    public boolean isGlobalScope() {
        return globalScope;
    }

    public Set<Site> getSites() {
        return Collections.unmodifiableSet(sites);
    }

    public Set<Team> getTeams() {
        return Collections.unmodifiableSet(teams);
    }

    public Set<CallQueue> getQueues() {
        return Collections.unmodifiableSet(queues);
    }

    public Set<MonitoringMode> getModes() {
        return Collections.unmodifiableSet(modes);
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Team getGranteeTeam() {
        return granteeTeam;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getLastReviewedAt() {
        return lastReviewedAt;
    }

    public String getLastReviewedBy() {
        return lastReviewedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    /** Human-readable scope, as shown in grant lists and reviews. */
    public String describeScope() {
        if (role.isSelfScoped()) {
            return "own data";
        }
        if (globalScope) {
            return "whole organization";
        }
        StringBuilder text = new StringBuilder();
        sites.forEach(s -> append(text, "site " + s.getName()));
        teams.forEach(t -> append(text, "team " + t.getName()));
        queues.forEach(q -> append(text, "queue " + q.getName()));
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(part);
    }
}
