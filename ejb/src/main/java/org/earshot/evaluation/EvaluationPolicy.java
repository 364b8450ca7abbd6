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
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.earshot.organization.CallQueue;

/**
 * The evaluation workflow's windows for a queue's calls, kept in whole hours, and whether a
 * resolution may be appealed. The row without a queue is the organization default, for direct calls
 * and the queues without a policy of their own. A change applies to the steps taken after it: each
 * step fixes its window's end on the evaluation.
 */
@Entity
@Table(name = "evaluation_policy")
public class EvaluationPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id", updatable = false)
    private CallQueue queue;

    @Column(name = "submit_within_hours", nullable = false)
    private int submitWithinHours;

    @Column(name = "acknowledge_within_hours", nullable = false)
    private int acknowledgeWithinHours;

    @Column(name = "resolve_within_hours", nullable = false)
    private int resolveWithinHours;

    @Column(name = "appeal_within_hours", nullable = false)
    private int appealWithinHours;

    @Column(name = "appeals_allowed", nullable = false)
    private boolean appealsAllowed;

    @Version
    private long version;

    protected EvaluationPolicy() {
    }

    /** A queue's own policy. */
    public EvaluationPolicy(CallQueue queue, EvaluationPolicySettings initial) {
        this.queue = queue;
        change(initial);
    }

    /** Sets every window, or none: a window out of range is refused naming its field. */
    public void change(EvaluationPolicySettings settings) {
        settings.workflow();
        this.submitWithinHours = settings.submitWithinHours();
        this.acknowledgeWithinHours = settings.acknowledgeWithinHours();
        this.resolveWithinHours = settings.resolveWithinHours();
        this.appealWithinHours = settings.appealWithinHours();
        this.appealsAllowed = settings.appealsAllowed();
    }

    /** The windows the workflow opens with this policy. */
    public WorkflowPolicy workflow() {
        return settings().workflow();
    }

    public EvaluationPolicySettings settings() {
        return new EvaluationPolicySettings(submitWithinHours, acknowledgeWithinHours, resolveWithinHours, appealWithinHours, appealsAllowed);
    }

    /** The settings as people read them, in a fixed order: two of these side by side say what a change changed. */
    public Map<String, String> described() {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("submit within", submitWithinHours + " h");
        described.put("acknowledge or dispute within", acknowledgeWithinHours + " h");
        described.put("resolve within", resolveWithinHours + " h");
        described.put("appeals", appealsAllowed ? "allowed" : "not allowed");
        described.put("appeal within", appealWithinHours + " h");
        return described;
    }

    public Long getId() {
        return id;
    }

    /** The queue whose policy this is; null for the organization default. */
    public CallQueue getQueue() {
        return queue;
    }
}
