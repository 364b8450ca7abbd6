package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.earshot.evaluation.FormSection;

/** A section of the form as the form editor's inputs change it. */
public class SectionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String title;
    private double weight = 1;
    private final List<QuestionDraft> questions = new ArrayList<>();

    static SectionDraft of(FormSection section) {
        SectionDraft draft = new SectionDraft();
        draft.key = section.key();
        draft.title = section.title();
        draft.weight = section.weight();
        section.questions().forEach(q -> draft.questions.add(QuestionDraft.of(q)));
        return draft;
    }

    FormSection toSection() {
        return new FormSection(key, title, weight, questions.stream().map(QuestionDraft::toQuestion).toList());
    }

    public List<QuestionDraft> getQuestions() {
        return questions;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public double getWeight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }
}
