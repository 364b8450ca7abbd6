package org.earshot.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.Team;

/**
 * An evaluation form and its versions, numbered from 1, and the queues and teams it is assigned to.
 * At most one version is a draft and at most one is published. Editing a published form means a new
 * draft copied from a version; publishing a draft retires the version published before it, so
 * evaluators always have exactly one current form, and the old version stays for the evaluations made
 * with it. The scorecard's name is its newest version's.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = FormValidation.NAME_LENGTH)
    private String name;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ScorecardVersion> versions = new ArrayList<>();

    // Lazy, as the teams: a form is reached from every evaluation made with it, and its queues' members
    // are thousands at scale; only assigning, the form choice and the scorecard's view read them.
    @ManyToMany
    @JoinTable(name = "scorecard_queue", joinColumns = @JoinColumn(name = "scorecard_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<CallQueue> queues = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "scorecard_team", joinColumns = @JoinColumn(name = "scorecard_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @Version
    private long version;

    protected Scorecard() {
    }

    /** A new scorecard whose first version is a draft of the form. */
    public Scorecard(Form form, String by, Instant at) {
        this.name = form.name();
        this.createdBy = by;
        this.createdAt = at;
        versions.add(new ScorecardVersion(this, 1, form, null, by, at));
    }

    public Optional<ScorecardVersion> draft() {
        return versions.stream().filter(ScorecardVersion::isDraft).findFirst();
    }

    public Optional<ScorecardVersion> published() {
        return versions.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).findFirst();
    }

    public ScorecardVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Scorecard " + id + " has no version " + number));
    }

    public List<ScorecardVersion> versions() {
        return List.copyOf(versions);
    }

    /** Saves a form into the draft; a published or retired version is refused (a conflict). */
    public ScorecardVersion saveDraft(int number, Form form, String by, Instant at) {
        ScorecardVersion draft = version(number);
        draft.replaceForm(form, by, at);
        if (draft == newest()) {
            this.name = form.name();
        }
        return draft;
    }

    /** A new draft copied from a version, numbered after the newest; refused while another draft exists. */
    public ScorecardVersion newDraftFrom(int number, String by, Instant at) {
        ScorecardVersion source = version(number);
        draft().ifPresent(d -> {
            throw ScorecardException.conflict("from", "Version " + d.getNumber() + " is a draft already: edit it, or publish it first");
        });
        Form form = source.form();
        ScorecardVersion draft = new ScorecardVersion(this, newest().getNumber() + 1, form, number, by, at);
        versions.add(draft);
        this.name = form.name();
        return draft;
    }

    /**
     * Publishes a draft (whose form the caller has found complete) and retires the version published
     * before, returned so it can be audited; empty when there was none.
     */
    public Optional<ScorecardVersion> publish(int number, String by, Instant at) {
        ScorecardVersion draft = version(number);
        Optional<ScorecardVersion> previous = published();
        draft.publish(by, at);
        previous.ifPresent(p -> p.retire(by, at));
        return previous;
    }

    /** Retires the published version: the scorecard has no current form until a draft is published. */
    public ScorecardVersion retire(int number, String by, Instant at) {
        ScorecardVersion published = version(number);
        published.retire(by, at);
        return published;
    }

    public void assignTo(Set<CallQueue> newQueues, Set<Team> newTeams) {
        queues.clear();
        queues.addAll(newQueues);
        teams.clear();
        teams.addAll(newTeams);
    }

    private ScorecardVersion newest() {
        return versions.stream().max(Comparator.comparingInt(ScorecardVersion::getNumber)).orElseThrow();
    }

    public ScorecardView view() {
        return new ScorecardView(id, name, createdBy, createdAt, published().map(ScorecardVersion::getNumber).orElse(null),
                draft().map(ScorecardVersion::getNumber).orElse(null), versions.size(),
                queues.stream().map(q -> new ScorecardView.Assignee(q.getId(), q.getName())).sorted(ScorecardView.Assignee.BY_NAME).toList(),
                teams.stream().map(t -> new ScorecardView.Assignee(t.getId(), t.getName())).sorted(ScorecardView.Assignee.BY_NAME).toList());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<CallQueue> getQueues() {
        return Set.copyOf(queues);
    }

    public Set<Team> getTeams() {
        return Set.copyOf(teams);
    }
}
