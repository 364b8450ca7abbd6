package org.earshot.evaluation;

import java.util.List;
import org.earshot.recording.SpeechSignal;

/** Builds one question for a test, with the defaults a designer starts from: weight 1, no N/A, not critical, always shown. */
final class QuestionBuilder {

    private final String key;
    private final QuestionType type;
    private double weight = 1;
    private boolean naAllowed;
    private ScaleRange scale;
    private List<Choice> choices = List.of();
    private String passingAnswer;
    private Critical critical = Critical.NONE;
    private Condition shownWhen;
    private SignalPreAnswer preAnswer;
    private String text;

    private QuestionBuilder(String key, QuestionType type) {
        this.key = key;
        this.type = type;
        this.text = "Question " + key + "?";
    }

    static QuestionBuilder yesNo(String key) {
        return new QuestionBuilder(key, QuestionType.YES_NO);
    }

    static QuestionBuilder scale(String key, int min, int max) {
        QuestionBuilder q = new QuestionBuilder(key, QuestionType.SCALE);
        q.scale = new ScaleRange(min, max);
        return q;
    }

    static QuestionBuilder choice(String key, Choice... choices) {
        QuestionBuilder q = new QuestionBuilder(key, QuestionType.CHOICE);
        q.choices = List.of(choices);
        return q;
    }

    static QuestionBuilder text(String key) {
        return new QuestionBuilder(key, QuestionType.TEXT);
    }

    static Choice option(String value, double points) {
        return new Choice(value, "Answer " + value, points, false);
    }

    static Choice failingOption(String value, double points) {
        return new Choice(value, "Answer " + value, points, true);
    }

    QuestionBuilder weight(double value) {
        this.weight = value;
        return this;
    }

    QuestionBuilder naAllowed() {
        this.naAllowed = true;
        return this;
    }

    QuestionBuilder passing(String answer) {
        this.passingAnswer = answer;
        return this;
    }

    QuestionBuilder wording(String value) {
        this.text = value;
        return this;
    }

    /** Critical at this level; a YES_NO question fails on the answer given, a SCALE one below the value, a CHOICE one on its failing choices. */
    QuestionBuilder critical(CriticalLevel level, String failingAnswer) {
        this.critical = new Critical(level, failingAnswer, null);
        return this;
    }

    QuestionBuilder criticalBelow(CriticalLevel level, int failBelow) {
        this.critical = new Critical(level, null, failBelow);
        return this;
    }

    QuestionBuilder critical(CriticalLevel level) {
        this.critical = new Critical(level, null, null);
        return this;
    }

    QuestionBuilder shownWhen(String question, String equals) {
        this.shownWhen = new Condition(question, equals);
        return this;
    }

    QuestionBuilder proposedFrom(SpeechSignal signal, SignalCondition.Comparison comparison, double threshold, String whenTrue,
                                 String whenFalse) {
        this.preAnswer = new SignalPreAnswer(new SignalCondition(signal, comparison, threshold), whenTrue, whenFalse);
        return this;
    }

    Question build() {
        return new Question(key, type, text, null, weight, naAllowed, scale, choices, passingAnswer, critical, shownWhen, preAnswer);
    }

    static FormSection section(String key, double weight, QuestionBuilder... questions) {
        return new FormSection(key, "Section " + key, weight, List.of(questions).stream().map(QuestionBuilder::build).toList());
    }

    static Form form(FormSection... sections) {
        return new Form("Test form", null, List.of(sections));
    }
}
