package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.earshot.evaluation.FormChange;
import org.earshot.evaluation.ScorecardService;
import org.earshot.web.faces.ServiceCall;

/** The versions of a scorecard and what changed between any two of them ({@link ScorecardService#diff}). */
@Named
@ViewScoped
public class FormHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScorecardService scorecards;

    @Inject
    private FormEditorPage editor;

    private Integer from;
    private Integer to;
    private List<FormChange> changes;

    public void compare() {
        if (from == null || to == null) {
            return;
        }
        changes = ServiceCall.query("history", () -> scorecards.diff(editor.getId(), from, to)).orElse(null);
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<FormChange> getChanges() {
        return changes;
    }
}
