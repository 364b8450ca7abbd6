package org.earshot.organization;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Who may monitor whom, and how: monitors may monitor the calls of members in the allowed modes.
 * A grant alone is not enough to monitor an agent; the agent must also be in a group of the monitor.
 */
@Entity
@Table(name = "monitoring_group")
public class MonitoringGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_group_mode", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "mode", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<MonitoringMode> allowedModes = EnumSet.noneOf(MonitoringMode.class);

    // Lazy, as the members: every access decision reads the caller's groups, and only a decision to
    // monitor an agent asks who is in them (a group holds a site's agents, over a thousand at scale).
    @ManyToMany
    @JoinTable(name = "monitoring_group_monitor", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> monitors = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "monitoring_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new HashSet<>();

    @Version
    private long version;

    protected MonitoringGroup() {
    }

    public MonitoringGroup(String name, Set<MonitoringMode> allowedModes) {
        rename(name);
        allowModes(allowedModes);
    }

    public void rename(String newName) {
        this.name = Names.required(newName, "Group name");
    }

    public void allowModes(Set<MonitoringMode> modes) {
        if (modes == null || modes.isEmpty()) {
            throw new OrganizationException("allowedModes", "A monitoring group must allow at least one mode");
        }
        this.allowedModes = EnumSet.copyOf(modes);
    }

    public void addMonitor(User user) {
        monitors.add(user);
    }

    public void removeMonitor(User user) {
        monitors.remove(user);
    }

    public void addMember(User user) {
        members.add(user);
    }

    public void removeMember(User user) {
        members.remove(user);
    }

    /** True when this group lets the monitor use the mode on the member's calls. */
    public boolean permits(Long monitorId, Long memberId, MonitoringMode mode) {
        return allowedModes.contains(mode) && contains(monitors, monitorId) && contains(members, memberId);
    }

    private static boolean contains(Set<User> users, Long userId) {
        return users.stream().anyMatch(u -> u.getId().equals(userId));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<MonitoringMode> getAllowedModes() {
        return Collections.unmodifiableSet(allowedModes);
    }

    public Set<User> getMonitors() {
        return Collections.unmodifiableSet(monitors);
    }

    public Set<User> getMembers() {
        return Collections.unmodifiableSet(members);
    }
}
