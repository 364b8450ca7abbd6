package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earshot.evaluation.SamplingService;
import org.earshot.evaluation.Workload;
import org.earshot.web.faces.ServiceCall;

/**
 * A lead's view of the assignments on calls in their scope: each evaluator's load, the assigned drafts
 * (overdue first) to reassign, and the picks no evaluator had in scope, to assign. The evaluator chosen
 * for each row is kept by the row's evaluation or pick; {@link SamplingService} decides who may be given a call.
 */
@Named
@ViewScoped
public class WorkloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SamplingService sampling;

    private Workload shown;
    private final Map<Long, Long> reassignTo = new HashMap<>();
    private final Map<Long, Long> assignTo = new HashMap<>();

    public Workload getWorkload() {
        if (shown == null) {
            shown = ServiceCall.query(null, sampling::workload).orElse(new Workload(List.of(), List.of(), List.of()));
        }
        return shown;
    }

    public void reassign(long evaluationId) {
        Long evaluator = reassignTo.get(evaluationId);
        if (evaluator != null && ServiceCall.change(null, () -> "Evaluation " + evaluationId + " reassigned to "
                + sampling.reassign(evaluationId, evaluator).evaluator())) {
            shown = null;
        }
    }

    public void assign(long pickId) {
        Long evaluator = assignTo.get(pickId);
        if (evaluator != null && ServiceCall.change(null, () -> "Call assigned to " + sampling.assignPick(pickId, evaluator).evaluator())) {
            shown = null;
        }
    }

    /** The evaluator chosen for each assigned draft, by evaluation id. */
    public Map<Long, Long> getReassignTo() {
        return reassignTo;
    }

    /** The evaluator chosen for each waiting pick, by pick id. */
    public Map<Long, Long> getAssignTo() {
        return assignTo;
    }
}
