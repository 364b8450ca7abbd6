package org.earshot.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One scored state of an evaluation, immutable: the answers (canonical JSON) and the total the server
 * computed from them. The submission makes revision 1; a reviewer's re-score makes the next one and
 * leaves the earlier ones as they were.
 */
@Entity
@Table(name = "evaluation_revision")
public class EvaluationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private Evaluation evaluation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = ScorecardVersion.DEFINITION_LENGTH)
    private String answers;

    @Column(updatable = false, precision = 5, scale = 2)
    private BigDecimal total;

    @Column(name = "auto_failed", nullable = false, updatable = false)
    private boolean autoFailed;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EvaluationRevision() {
    }

    EvaluationRevision(Evaluation evaluation, int number, Map<String, Answer> answers, ScoreReport score, String author, Instant at) {
        this.evaluation = evaluation;
        this.number = number;
        this.answers = AnswersJson.write(answers);
        this.total = score.total();
        this.autoFailed = score.autoFailed();
        this.author = author;
        this.createdAt = at;
    }

    public Map<String, Answer> answers() {
        return AnswersJson.read(answers);
    }

    public RevisionView view() {
        return new RevisionView(number, answers(), total, autoFailed, author, createdAt);
    }

    public int getNumber() {
        return number;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public boolean isAutoFailed() {
        return autoFailed;
    }
}
