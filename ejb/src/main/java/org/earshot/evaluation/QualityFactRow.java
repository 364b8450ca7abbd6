package org.earshot.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The kept {@link QualityFact} of an evaluation: what {@link QualityLedger} added to the aggregates for it. */
@Entity
@Table(name = "quality_fact")
class QualityFactRow {

    @Id
    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate day;

    @Column(name = "agent_user_id", nullable = false)
    private long agentId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "queue_id", nullable = false)
    private long queueId;

    @Column(name = "scorecard_id", nullable = false)
    private long scorecardId;

    @Column(precision = 5, scale = 2)
    private BigDecimal total;

    @Column(name = "auto_failed", nullable = false)
    private boolean autoFailed;

    @Column(nullable = false)
    private boolean disputed;

    @Column(nullable = false)
    private boolean appealed;

    @Column(nullable = false)
    private int upheld;

    @Column(name = "re_scored", nullable = false)
    private int reScored;

    @Column(name = "question_outcomes", nullable = false, length = 20000)
    private String questionOutcomes;

    protected QualityFactRow() {
    }

    static QualityFactRow of(QualityFact fact) {
        QualityFactRow row = new QualityFactRow();
        row.evaluationId = fact.evaluationId();
        row.become(fact);
        return row;
    }

    /** Now keeps this fact of the same evaluation. */
    void become(QualityFact fact) {
        this.day = fact.day();
        this.agentId = fact.agentId();
        this.teamId = fact.teamId();
        this.queueId = fact.queueId();
        this.scorecardId = fact.scorecardId();
        this.total = fact.total();
        this.autoFailed = fact.autoFailed();
        this.disputed = fact.disputed();
        this.appealed = fact.appealed();
        this.upheld = fact.upheld();
        this.reScored = fact.reScored();
        this.questionOutcomes = fact.questionOutcomes();
    }

    QualityFact fact() {
        return new QualityFact(evaluationId, day, agentId, teamId, queueId, scorecardId, total, autoFailed, disputed, appealed, upheld,
                reScored, QualityFact.questionOutcomes(questionOutcomes));
    }
}
