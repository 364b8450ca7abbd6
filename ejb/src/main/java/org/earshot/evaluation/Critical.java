package org.earshot.evaluation;

/**
 * A question's criticality and the answer that fails it. A YES_NO question names its failing answer,
 * a SCALE question fails below a value; a CHOICE question's failing answers are flagged on its choices.
 */
public record Critical(CriticalLevel level, String failingAnswer, Integer failBelow) {

    public static final Critical NONE = new Critical(CriticalLevel.NONE, null, null);

    public Critical {
        level = level == null ? CriticalLevel.NONE : level;
    }

    public boolean isCritical() {
        return level != CriticalLevel.NONE;
    }
}
