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
import java.time.Instant;

/**
 * A remark on an evaluation, optionally pinned to a moment of the recording (milliseconds from its
 * start, so that clicking it seeks there) and to a question of the form.
 */
@Entity
@Table(name = "evaluation_comment")
public class EvaluationComment {

    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    private Evaluation evaluation;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "offset_ms", updatable = false)
    private Long offsetMillis;

    @Column(name = "question_key", length = 64, updatable = false)
    private String questionKey;

    protected EvaluationComment() {
    }

    EvaluationComment(Evaluation evaluation, String text, Long offsetMillis, String questionKey, String author, Instant at) {
        this.evaluation = evaluation;
        this.text = text.strip();
        this.offsetMillis = offsetMillis;
        this.questionKey = questionKey;
        this.author = author;
        this.createdAt = at;
    }

    public CommentView view() {
        return new CommentView(id, text, author, createdAt, offsetMillis, questionKey);
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }
}
