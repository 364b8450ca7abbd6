package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.evaluation.AssignmentView;
import org.earshot.evaluation.SamplingService;

/**
 * A QA evaluator's work: the evaluations assigned to them that are overdue or due within two days
 * (the work queue's order: overdue first), how many more are assigned, and their own drafts.
 */
@Named
@RequestScoped
public class EvaluatorHome {

    /** "Due soon": within this long. */
    static final Duration SOON = Duration.ofDays(2);

    @EJB
    private SamplingService sampling;

    private List<AssignmentView> queue;

    /** Overdue, then due soon, as the work queue orders them. */
    public List<AssignmentView> getUrgent() {
        Instant soon = Instant.now().plus(SOON);
        return queue().stream().filter(a -> a.status() == AssignmentView.Status.OVERDUE
                || a.status() == AssignmentView.Status.DUE && a.dueAt() != null && a.dueAt().isBefore(soon)).toList();
    }

    public long getOverdue() {
        return count(AssignmentView.Status.OVERDUE);
    }

    public long getAssigned() {
        return count(AssignmentView.Status.DUE) + getOverdue();
    }

    public List<AssignmentView> getDrafts() {
        return queue().stream().filter(a -> a.status() == AssignmentView.Status.DRAFT).toList();
    }

    private long count(AssignmentView.Status status) {
        return queue().stream().filter(a -> a.status() == status).count();
    }

    private List<AssignmentView> queue() {
        if (queue == null) {
            queue = sampling.workQueue();
        }
        return queue;
    }
}
