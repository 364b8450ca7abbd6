package org.earshot.web.evaluation;

import java.io.Serializable;

import org.earshot.evaluation.Choice;

/** A choice of a multiple-choice question as the form editor's inputs change it. */
public class ChoiceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String value;
    private String label;
    private double points;
    private boolean failing;

    static ChoiceDraft of(Choice choice) {
        ChoiceDraft draft = new ChoiceDraft();
        draft.value = choice.value();
        draft.label = choice.label();
        draft.points = choice.points();
        draft.failing = choice.failing();
        return draft;
    }

    Choice toChoice() {
        return new Choice(value, label == null || label.isBlank() ? null : label, points, failing);
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public double getPoints() {
        return points;
    }

    public void setPoints(double points) {
        this.points = points;
    }

    public boolean isFailing() {
        return failing;
    }

    public void setFailing(boolean failing) {
        this.failing = failing;
    }
}
