package org.earshot.coaching;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A goal of a plan on a scorecard's question or section, named by its key (stable across the form's
 * versions: answers are stored by key). Its progress is computed ({@link GoalProgress}); its status moves
 * only from that: a trainer confirms a proposed goal, settles an active one against its progress, or
 * withdraws it.
 */
@Entity
@Table(name = "coaching_goal")
public class CoachingGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private CoachingPlan plan;

    @Column(name = "scorecard_id", nullable = false, updatable = false)
    private Long scorecardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private GoalSubject subject;

    @Column(name = "subject_key", nullable = false, length = 64, updatable = false)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 16)
    private TargetKind targetKind;

    @Column(name = "target_value", nullable = false, precision = 5, scale = 2)
    private BigDecimal targetValue;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GoalStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected CoachingGoal() {
    }

    CoachingGoal(CoachingPlan plan, NewGoal goal, GoalStatus initial, Instant at) {
        this.plan = plan;
        this.scorecardId = goal.scorecardId();
        this.subject = goal.subject();
        this.subjectKey = goal.key();
        this.targetKind = goal.targetKind();
        this.targetValue = goal.targetValue();
        this.dueOn = goal.dueOn();
        this.status = initial;
        this.createdAt = at;
    }

    /** A new target or due date; a proposed goal is confirmed by it. */
    public void change(TargetKind kind, BigDecimal value, LocalDate due) {
        plan.requireActive();
        requireOpen();
        this.targetKind = kind;
        this.targetValue = value;
        this.dueOn = due;
        this.status = GoalStatus.ACTIVE;
    }

    /** Settles an active goal from its computed progress: ACHIEVED when it meets the target, MISSED otherwise. */
    public GoalStatus settle(GoalProgress progress, Instant at) {
        plan.requireActive();
        if (status != GoalStatus.ACTIVE) {
            throw CoachingException.conflict(null, "Goal " + id + " is " + status + ": only an active goal is settled");
        }
        status = progress.met() ? GoalStatus.ACHIEVED : GoalStatus.MISSED;
        settledAt = at;
        return status;
    }

    public void withdraw(Instant at) {
        requireOpen();
        status = GoalStatus.CLOSED;
        settledAt = at;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw CoachingException.conflict(null, "Goal " + id + " is " + status + " for good");
        }
    }

    public CoachingPlan getPlan() {
        return plan;
    }

    public Long getId() {
        return id;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public GoalSubject getSubject() {
        return subject;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
