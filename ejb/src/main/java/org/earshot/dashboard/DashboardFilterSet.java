package org.earshot.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.earshot.organization.User;

/**
 * A filter a user saved under a name for one dashboard. Its range is kept as "the last N days" (N the
 * days of the filter saved): opened later it shows the numbers up to that day, which is what a manager
 * who saves "Billing, last 30 days" comes back for.
 */
@Entity
@Table(name = "dashboard_filter_set")
public class DashboardFilterSet {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_user_id", nullable = false, updatable = false)
    private User owner;

    @Column(nullable = false, length = 32, updatable = false)
    private String dashboard;

    @Column(nullable = false, length = MAX_NAME, updatable = false)
    private String name;

    @Column(name = "last_days", nullable = false, updatable = false)
    private int lastDays;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Column(name = "queue_id", updatable = false)
    private Long queueId;

    @Column(name = "agent_user_id", updatable = false)
    private Long agentId;

    @Column(name = "form_ids", nullable = false, length = 2000, updatable = false)
    private String formIds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DashboardFilterSet() {
    }

    DashboardFilterSet(User owner, String dashboard, String name, DashboardFilter filter, Instant at) {
        this.owner = owner;
        this.dashboard = dashboard;
        this.name = name;
        this.lastDays = (int) filter.days();
        this.siteId = filter.siteId();
        this.teamId = filter.teamId();
        this.queueId = filter.queueId();
        this.agentId = filter.agentId();
        this.formIds = filter.formIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.createdAt = at;
    }

    /** The filter as of {@code today}: the last N days up to it, and the ids saved. */
    public DashboardFilter filterOn(LocalDate today) {
        return new DashboardFilter(today.minusDays(lastDays - 1L), today, siteId, teamId, queueId, agentId,
                formIds.isEmpty() ? Set.of() : Arrays.stream(formIds.split(",")).map(Long::valueOf).collect(Collectors.toSet()));
    }

    public FilterSetView view() {
        return new FilterSetView(id, name, lastDays);
    }

    public Long getId() {
        return id;
    }

    public User getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    /** A saved filter set as lists show it. */
    public record FilterSetView(long id, String name, int lastDays) {
    }
}
