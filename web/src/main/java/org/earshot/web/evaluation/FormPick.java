package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.List;
import org.earshot.evaluation.FormOption;

/**
 * The published forms a page offers to start an evaluation of a call with, and the one the user picks:
 * the first until they choose another (a menu is shown only when there are several).
 */
public class FormPick implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<FormOption> forms = List.of();
    private Long scorecardId;

    /** Offers these forms, the first one picked; none when the user may not evaluate the call. */
    public void offer(List<FormOption> offered) {
        forms = List.copyOf(offered);
        scorecardId = forms.isEmpty() ? null : forms.get(0).scorecardId();
    }

    public List<FormOption> getForms() {
        return forms;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public void setScorecardId(Long scorecardId) {
        this.scorecardId = scorecardId;
    }
}
