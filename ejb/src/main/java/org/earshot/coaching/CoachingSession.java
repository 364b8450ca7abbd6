package org.earshot.coaching;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;

/**
 * A coaching session of a plan between a trainer and the agent. Scheduled, then held (DONE, with notes
 * and the actions agreed), missed or cancelled, for good. What is shown in it (evaluations, recordings,
 * snippets) is attached while it is scheduled or once held; the agent acknowledges a held session once,
 * optionally with a comment.
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    public static final int NOTES_LENGTH = 4000;
    public static final int COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private CoachingPlan plan;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainer_user_id", nullable = false, updatable = false)
    private User trainer;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agent_user_id", nullable = false, updatable = false)
    private User agent;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionState state = SessionState.SCHEDULED;

    @Column(length = NOTES_LENGTH)
    private String notes;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "agent_comment", length = COMMENT_LENGTH)
    private String agentComment;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AgreedAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("id")
    private List<SessionAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected CoachingSession() {
    }

    public CoachingSession(CoachingPlan plan, User trainer, Instant scheduledAt, int durationMinutes) {
        plan.requireActive();
        this.plan = plan;
        this.trainer = trainer;
        this.agent = plan.getAgent();
        this.scheduledAt = scheduledAt;
        this.durationMinutes = durationMinutes;
    }

    /** Held: the notes and the actions agreed, each due on its own date. */
    public void complete(String sessionNotes, List<NewAction> agreed, Instant at) {
        requireScheduled("completed");
        this.notes = sessionNotes;
        for (NewAction action : agreed) {
            actions.add(new AgreedAction(this, actions.size(), action.text(), action.dueOn()));
        }
        end(SessionState.DONE, at);
    }

    public void miss(Instant at) {
        requireScheduled("missed");
        end(SessionState.MISSED, at);
    }

    public void cancel(Instant at) {
        requireScheduled("cancelled");
        end(SessionState.CANCELLED, at);
    }

    /** The agent's acknowledgement of a held session, once, with their comment if any. */
    public void acknowledge(String comment, Instant at) {
        if (state != SessionState.DONE) {
            throw CoachingException.conflict(null, "A session " + state + " cannot be acknowledged: only a held one");
        }
        if (acknowledgedAt != null) {
            throw CoachingException.conflict(null, "Session " + id + " was acknowledged at " + acknowledgedAt);
        }
        this.acknowledgedAt = at;
        this.agentComment = comment;
    }

    public SessionAttachment attach(NewAttachment attachment, String by, Instant at) {
        if (state != SessionState.SCHEDULED && state != SessionState.DONE) {
            throw CoachingException.conflict(null, "Nothing is attached to a session " + state);
        }
        SessionAttachment added = new SessionAttachment(this, attachment, by, at);
        attachments.add(added);
        return added;
    }

    public SessionAttachment detach(long attachmentId) {
        SessionAttachment attachment = attachments.stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId + " is not one of session " + id));
        attachments.remove(attachment);
        return attachment;
    }

    public AgreedAction action(long actionId) {
        return actions.stream().filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Action " + actionId + " is not one of session " + id));
    }

    private void requireScheduled(String step) {
        if (state != SessionState.SCHEDULED) {
            throw CoachingException.conflict(null, "A session " + state + " cannot be " + step + ": only a scheduled one");
        }
    }

    private void end(SessionState newState, Instant at) {
        this.state = newState;
        this.endedAt = at;
    }

    public SessionSummary summary() {
        return new SessionSummary(id, plan.getId(), agent.getId(), agent.getUsername(), agent.getDisplayName(), trainer.getUsername(),
                scheduledAt, durationMinutes, state, acknowledgedAt);
    }

    public SessionView view() {
        return new SessionView(summary(), notes, endedAt, agentComment, actions.stream().map(AgreedAction::view).toList(),
                attachments.stream().map(SessionAttachment::view).toList());
    }

    public Long getId() {
        return id;
    }

    public CoachingPlan getPlan() {
        return plan;
    }

    public User getAgent() {
        return agent;
    }

    public User getTrainer() {
        return trainer;
    }

    public SessionState getState() {
        return state;
    }
}
