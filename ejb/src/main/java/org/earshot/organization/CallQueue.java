package org.earshot.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.earshot.monitoring.MonitoringPolicy;

/** A call queue: callers dial its number and wait for one of its member agents. */
@Entity
@Table(name = "call_queue")
@NamedQuery(name = CallQueue.ANSWERED_BY, query = "SELECT q FROM CallQueue q WHERE :agent MEMBER OF q.members ORDER BY q.name")
public class CallQueue {

    /** The queues an agent (parameter "agent") answers; part of what puts the agent in a grant's scope. */
    public static final String ANSWERED_BY = "CallQueue.answeredBy";

    private static final Pattern DIALABLE = Pattern.compile("[0-9*#+]{2,32}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 32)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;

    // Lazy: hundreds of agents per queue, and a queue is reached from calls, grants, sampling rules and
    // forms; the services that show the members read them (OrganizationService.withMembers).
    @ManyToMany
    @JoinTable(name = "queue_member", joinColumns = @JoinColumn(name = "queue_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new HashSet<>();

    @Embedded
    private MonitoringPolicy monitoringPolicy = new MonitoringPolicy();

    @Version
    private long version;

    protected CallQueue() {
    }

    public CallQueue(String name, String number, Site site) {
        rename(name);
        renumber(number);
        this.site = site;
    }

    public void rename(String newName) {
        this.name = Names.required(newName, "Queue name");
    }

    public void renumber(String newNumber) {
        String trimmed = newNumber == null ? "" : newNumber.strip();
        if (!DIALABLE.matcher(trimmed).matches()) {
            throw new OrganizationException("number", "Queue number must be 2 to 32 dialable characters (digits, *, #, +)");
        }
        this.number = trimmed;
    }

    public void moveTo(Site newSite) {
        this.site = newSite;
    }

    public void addMember(User agent) {
        members.add(agent);
    }

    public void removeMember(User agent) {
        members.remove(agent);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public Site getSite() {
        return site;
    }

    /** The queue's monitoring policy, changed in place. */
    public MonitoringPolicy getMonitoringPolicy() {
        return monitoringPolicy;
    }

    public Set<User> getMembers() {
        return Collections.unmodifiableSet(members);
    }
}
