package org.earshot.access;

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

/** A reviewer's decision on one grant in a permission review, kept as history. */
@Entity
@Table(name = "permission_review_decision")
public class ReviewDecision {

    public enum Decision { CERTIFIED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id", updatable = false)
    private Grant grant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Decision decision;

    @Column(nullable = false, length = 200, updatable = false)
    private String findings;

    @Column(nullable = false, length = 64, updatable = false)
    private String reviewer;

    @Column(length = 1000, updatable = false)
    private String comment;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Grant grant, Decision decision, String findings, String reviewer, String comment, Instant decidedAt) {
        this.grant = grant;
        this.decision = decision;
        this.findings = findings;
        this.reviewer = reviewer;
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getFindings() {
        return findings;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
