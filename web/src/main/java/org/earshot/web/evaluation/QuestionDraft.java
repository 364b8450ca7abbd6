package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.earshot.evaluation.Condition;
import org.earshot.evaluation.Critical;
import org.earshot.evaluation.CriticalLevel;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.QuestionType;
import org.earshot.evaluation.ScaleRange;
import org.earshot.evaluation.SignalCondition;
import org.earshot.evaluation.SignalPreAnswer;
import org.earshot.recording.SpeechSignal;

/**
 * A question as the form editor's inputs change it. Every input of every type is kept while the
 * designer switches types; only the settings of the chosen type go into the form, so a setting
 * hidden by the type never surprises the validation.
 */
public class QuestionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private QuestionType type = QuestionType.YES_NO;
    private String text;
    private String help;
    private double weight = 1;
    private boolean naAllowed;
    private Integer scaleMin;
    private Integer scaleMax;
    private final List<ChoiceDraft> choices = new ArrayList<>();
    private String passingAnswer = Question.YES;
    private CriticalLevel critical = CriticalLevel.NONE;
    private String failingAnswer;
    private Integer failBelow;
    private String shownWhenQuestion;
    private String shownWhenEquals;
    private SpeechSignal preAnswerSignal;
    private SignalCondition.Comparison preAnswerComparison;
    private Double preAnswerThreshold;
    private String preAnswerWhenTrue;
    private String preAnswerWhenFalse;

    static QuestionDraft of(Question question) {
        QuestionDraft draft = new QuestionDraft();
        draft.key = question.key();
        draft.type = question.type();
        draft.text = question.text();
        draft.help = question.help();
        draft.weight = question.weight();
        draft.naAllowed = question.naAllowed();
        if (question.scale() != null) {
            draft.scaleMin = question.scale().min();
            draft.scaleMax = question.scale().max();
        }
        question.choices().forEach(c -> draft.choices.add(ChoiceDraft.of(c)));
        if (question.passingAnswer() != null) {
            draft.passingAnswer = question.passingAnswer();
        }
        draft.critical = question.critical().level();
        draft.failingAnswer = question.critical().failingAnswer();
        draft.failBelow = question.critical().failBelow();
        if (question.shownWhen() != null) {
            draft.shownWhenQuestion = question.shownWhen().question();
            draft.shownWhenEquals = question.shownWhen().equals();
        }
        if (question.preAnswer() != null) {
            draft.preAnswerSignal = question.preAnswer().condition().signal();
            draft.preAnswerComparison = question.preAnswer().condition().comparison();
            draft.preAnswerThreshold = question.preAnswer().condition().threshold();
            draft.preAnswerWhenTrue = question.preAnswer().whenTrue();
            draft.preAnswerWhenFalse = question.preAnswer().whenFalse();
        }
        return draft;
    }

    Question toQuestion() {
        boolean critic = critical != CriticalLevel.NONE;
        return new Question(key, type, text, blankToNull(help), weight, naAllowed,
                type == QuestionType.SCALE ? new ScaleRange(orZero(scaleMin), orZero(scaleMax)) : null,
                type == QuestionType.CHOICE ? choices.stream().map(ChoiceDraft::toChoice).toList() : List.of(),
                type == QuestionType.YES_NO ? passingAnswer : null,
                new Critical(critical, critic && type == QuestionType.YES_NO ? blankToNull(failingAnswer) : null,
                        critic && type == QuestionType.SCALE ? failBelow : null),
                isBlank(shownWhenQuestion) ? null : new Condition(shownWhenQuestion, shownWhenEquals),
                preAnswer());
    }

    /** The pre-answer once a signal, a comparison and a threshold are chosen; none otherwise. */
    private SignalPreAnswer preAnswer() {
        if (preAnswerSignal == null || preAnswerComparison == null || preAnswerThreshold == null) {
            return null;
        }
        return new SignalPreAnswer(new SignalCondition(preAnswerSignal, preAnswerComparison, preAnswerThreshold),
                blankToNull(preAnswerWhenTrue), blankToNull(preAnswerWhenFalse));
    }

    public void addChoice() {
        choices.add(new ChoiceDraft());
    }

    public void removeChoice(ChoiceDraft choice) {
        choices.remove(choice);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public double getWeight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }

    public boolean isNaAllowed() {
        return naAllowed;
    }

    public void setNaAllowed(boolean naAllowed) {
        this.naAllowed = naAllowed;
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public void setScaleMin(Integer scaleMin) {
        this.scaleMin = scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public List<ChoiceDraft> getChoices() {
        return choices;
    }

    public String getPassingAnswer() {
        return passingAnswer;
    }

    public void setPassingAnswer(String passingAnswer) {
        this.passingAnswer = passingAnswer;
    }

    public CriticalLevel getCritical() {
        return critical;
    }

    public void setCritical(CriticalLevel critical) {
        this.critical = critical;
    }

    public String getFailingAnswer() {
        return failingAnswer;
    }

    public void setFailingAnswer(String failingAnswer) {
        this.failingAnswer = failingAnswer;
    }

    public Integer getFailBelow() {
        return failBelow;
    }

    public void setFailBelow(Integer failBelow) {
        this.failBelow = failBelow;
    }

    public String getShownWhenQuestion() {
        return shownWhenQuestion;
    }

    public void setShownWhenQuestion(String shownWhenQuestion) {
        this.shownWhenQuestion = shownWhenQuestion;
    }

    public String getShownWhenEquals() {
        return shownWhenEquals;
    }

    public void setShownWhenEquals(String shownWhenEquals) {
        this.shownWhenEquals = shownWhenEquals;
    }

    public SpeechSignal getPreAnswerSignal() {
        return preAnswerSignal;
    }

    public void setPreAnswerSignal(SpeechSignal preAnswerSignal) {
        this.preAnswerSignal = preAnswerSignal;
    }

    public SignalCondition.Comparison getPreAnswerComparison() {
        return preAnswerComparison;
    }

    public void setPreAnswerComparison(SignalCondition.Comparison preAnswerComparison) {
        this.preAnswerComparison = preAnswerComparison;
    }

    public Double getPreAnswerThreshold() {
        return preAnswerThreshold;
    }

    public void setPreAnswerThreshold(Double preAnswerThreshold) {
        this.preAnswerThreshold = preAnswerThreshold;
    }

    public String getPreAnswerWhenTrue() {
        return preAnswerWhenTrue;
    }

    public void setPreAnswerWhenTrue(String preAnswerWhenTrue) {
        this.preAnswerWhenTrue = preAnswerWhenTrue;
    }

    public String getPreAnswerWhenFalse() {
        return preAnswerWhenFalse;
    }

    public void setPreAnswerWhenFalse(String preAnswerWhenFalse) {
        this.preAnswerWhenFalse = preAnswerWhenFalse;
    }
}
