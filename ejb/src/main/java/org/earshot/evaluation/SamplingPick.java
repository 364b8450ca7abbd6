package org.earshot.evaluation;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.earshot.organization.User;

/**
 * A call a kept draw picked, as the draw decided it: its rank, reason and the evaluator the draw chose.
 * Only the evaluation made of it is set later, when a lead assigns a pick nobody had in scope.
 */
@Entity
@Table(name = "sampling_pick")
public class SamplingPick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false, updatable = false)
    private SamplingRun run;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agent_user_id", nullable = false, updatable = false)
    private User agent;

    @Column(length = 120, updatable = false)
    private String stratum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private SampledCall.Reason reason;

    @Column(nullable = false, length = 400, updatable = false)
    private String explanation;

    @Column(name = "call_rank", nullable = false, length = 16, updatable = false)
    private String rank;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "evaluator_user_id", updatable = false)
    private User evaluator;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    protected SamplingPick() {
    }

    SamplingPick(SamplingRun run, int position, SampledCall pick, User agent, User evaluator) {
        this.run = run;
        this.position = position;
        this.callId = pick.callId();
        this.agent = agent;
        this.stratum = pick.stratum();
        this.reason = pick.reason();
        this.explanation = pick.explanation();
        this.rank = pick.rank();
        this.evaluator = evaluator;
    }

    /** The evaluation made of the pick: at the draw, or when a lead assigns a pick nobody had in scope. */
    void madeInto(Evaluation made) {
        if (evaluation != null) {
            throw EvaluationException.conflict(null, "Call " + callId + " of this draw is already assigned");
        }
        this.evaluation = made;
    }

    public SamplingPickView view() {
        return new SamplingPickView(id, position, callId, agent.getId(), agent.getUsername(), stratum, reason, explanation, rank,
                evaluator == null ? null : evaluator.getId(), evaluator == null ? null : evaluator.getUsername(),
                evaluation == null ? null : evaluation.getId());
    }

    public Long getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public User getAgent() {
        return agent;
    }

    public User getEvaluator() {
        return evaluator;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public SamplingRun getRun() {
        return run;
    }
}
