package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.earshot.evaluation.AssignmentView;
import org.earshot.evaluation.SamplingService;
import org.earshot.web.faces.ServiceCall;

/** The evaluator's work queue: their drafts, overdue first, then due, then those they started; each opens its evaluation. */
@Named
@ViewScoped
public class WorkQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SamplingService sampling;

    private List<AssignmentView> shown;

    public List<AssignmentView> getAssignments() {
        if (shown == null) {
            shown = ServiceCall.query(null, sampling::workQueue).orElse(List.of());
        }
        return shown;
    }

    public long count(AssignmentView.Status status) {
        return getAssignments().stream().filter(a -> a.status() == status).count();
    }
}
