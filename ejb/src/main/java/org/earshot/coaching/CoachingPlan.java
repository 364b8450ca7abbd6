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
 * An agent's coaching plan: the goals a trainer set on scorecard questions or sections, measured on the
 * agent's evaluations submitted since {@code startedAt}. One plan per agent is active at a time (the
 * database's unique {@code active_agent_user_id}). Ending it settles nothing by hand: open goals are
 * withdrawn, and the plan is ACHIEVED when every settled goal was achieved, MISSED when one was missed,
 * CLOSED when none was settled.
 */
@Entity
@Table(name = "coaching_plan")
public class CoachingPlan {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agent_user_id", nullable = false, updatable = false)
    private User agent;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "trainer_user_id", nullable = false, updatable = false)
    private User trainer;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.ACTIVE;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "active_agent_user_id")
    private Long activeAgentUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", length = 16, updatable = false)
    private PlanSource source;

    @Column(name = "source_evaluation_id", updatable = false)
    private Long sourceEvaluationId;

    @Column(name = "source_calibration_id", updatable = false)
    private Long sourceCalibrationId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CoachingGoal> goals = new ArrayList<>();

    @Version
    private long version;

    protected CoachingPlan() {
    }

    public CoachingPlan(User agent, User trainer, String title, Instant at) {
        this.agent = agent;
        this.trainer = trainer;
        this.title = title;
        this.startedAt = at;
        this.activeAgentUserId = agent.getId();
    }

    /** The outcome this plan was proposed from: an evaluation or its dispute (the evaluation's id), or a calibration session. */
    public void madeFrom(PlanSource kind, long sourceId) {
        this.source = kind;
        if (kind == PlanSource.CALIBRATION) {
            this.sourceCalibrationId = sourceId;
        } else {
            this.sourceEvaluationId = sourceId;
        }
    }

    public CoachingGoal addGoal(NewGoal goal, GoalStatus initial, Instant at) {
        requireActive();
        CoachingGoal added = new CoachingGoal(this, goal, initial, at);
        goals.add(added);
        return added;
    }

    public CoachingGoal goal(long goalId) {
        return goals.stream().filter(g -> g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("Goal " + goalId + " is not a goal of plan " + id));
    }

    /** Ends the plan: its open goals are withdrawn, and its status follows from the settled ones. */
    public PlanStatus end(Instant at) {
        requireActive();
        goals.stream().filter(g -> g.getStatus().isOpen()).forEach(g -> g.withdraw(at));
        boolean missed = goals.stream().anyMatch(g -> g.getStatus() == GoalStatus.MISSED);
        boolean achieved = goals.stream().anyMatch(g -> g.getStatus() == GoalStatus.ACHIEVED);
        status = missed ? PlanStatus.MISSED : achieved ? PlanStatus.ACHIEVED : PlanStatus.CLOSED;
        endedAt = at;
        activeAgentUserId = null;
        return status;
    }

    void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw CoachingException.conflict(null, "Plan " + id + " is " + status + ": only an active plan changes");
        }
    }

    public PlanSummary summary() {
        return new PlanSummary(id, agent.getId(), agent.getUsername(), agent.getDisplayName(), trainer.getUsername(), title, status,
                startedAt, endedAt, source, source == PlanSource.CALIBRATION ? sourceCalibrationId : sourceEvaluationId);
    }

    public Long getId() {
        return id;
    }

    public User getAgent() {
        return agent;
    }

    public User getTrainer() {
        return trainer;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public List<CoachingGoal> getGoals() {
        return List.copyOf(goals);
    }
}
