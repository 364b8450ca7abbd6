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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The agent's objection to an evaluation (tier 1, a dispute) or to the resolution of their dispute
 * (tier 2, an appeal), and how a reviewer settled it. What was raised never changes; the resolution is
 * written once.
 */
@Entity
@Table(name = "evaluation_dispute")
public class EvaluationDispute {

    public static final int DISPUTE = 1;
    public static final int APPEAL = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private Evaluation evaluation;

    @Column(nullable = false, updatable = false)
    private int tier;

    @Column(nullable = false, length = EvaluationWorkflow.REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "question_keys", nullable = false, length = 2000, updatable = false)
    private String questionKeys;

    @Column(name = "raised_by", nullable = false, length = 64, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(length = 64)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Resolution.Outcome outcome;

    @Column(length = EvaluationWorkflow.REASON_LENGTH)
    private String note;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected EvaluationDispute() {
    }

    EvaluationDispute(Evaluation evaluation, int tier, Dispute dispute, String by, Instant at) {
        this.evaluation = evaluation;
        this.tier = tier;
        this.reason = dispute.reason().strip();
        this.questionKeys = String.join(",", new TreeSet<>(dispute.questionKeys()));
        this.raisedBy = by;
        this.raisedAt = at;
    }

    void resolve(Resolution resolution, String by, Instant at) {
        if (resolvedAt != null) {
            throw new IllegalStateException("The " + (tier == APPEAL ? "appeal" : "dispute") + " was resolved already");
        }
        this.outcome = resolution.outcome();
        this.note = resolution.note().strip();
        this.reviewer = by;
        this.resolvedAt = at;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Set<String> questionKeys() {
        return questionKeys.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(questionKeys.split(",")));
    }

    public DisputeView view() {
        return new DisputeView(tier == APPEAL ? "APPEAL" : "DISPUTE", reason, questionKeys(), raisedBy, raisedAt, reviewer, outcome, note,
                resolvedAt);
    }

    public int getTier() {
        return tier;
    }

    /** How its reviewer settled it; null while open. */
    public Resolution.Outcome getOutcome() {
        return outcome;
    }
}
