package org.earshot.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.earshot.recording.SpeechSignal;

/**
 * One question of a scorecard: its key (unique in the form, what answers and conditions name), how it
 * is answered and scored, its weight within its section, whether N/A is allowed, whether a failing
 * answer auto-fails its section or the form, when it is shown, and the answer a speech signal proposes.
 * The parts that belong to one type only (scale, choices, passing answer) are null or empty for the others.
 */
public record Question(String key, QuestionType type, String text, String help, double weight, boolean naAllowed,
                       ScaleRange scale, List<Choice> choices, String passingAnswer, Critical critical, Condition shownWhen,
                       SignalPreAnswer preAnswer) {

    public static final String YES = "YES";
    public static final String NO = "NO";

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        critical = critical == null ? Critical.NONE : critical;
        passingAnswer = type == QuestionType.YES_NO && passingAnswer == null ? YES : passingAnswer;
    }

    public boolean isScored() {
        return type != QuestionType.TEXT;
    }

    public boolean isCritical() {
        return critical.isCritical();
    }

    /** Whether the value is an answer this question can take (N/A aside). */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        return switch (type) {
            case YES_NO -> YES.equals(value) || NO.equals(value);
            case SCALE -> scaleValue(value).map(scale::contains).orElse(false);
            case CHOICE -> choice(value).isPresent();
            case TEXT -> true;
        };
    }

    /** Why the answer does not fit this question, or empty when it does. */
    public Optional<String> problemWith(Answer answer) {
        if (answer.notApplicable()) {
            return naAllowed ? Optional.empty() : Optional.of("N/A is not allowed for this question");
        }
        if (accepts(answer.value())) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case YES_NO -> "Answer YES or NO";
            case SCALE -> "Answer a whole number from " + scale.min() + " to " + scale.max();
            case CHOICE -> "Answer one of " + String.join(", ", choices.stream().map(Choice::value).toList());
            case TEXT -> "Answer with text";
        });
    }

    /** Whether two answers this question accepts are the same answer (7 and 07 on a scale are). */
    public boolean sameAnswer(String value, String other) {
        if (type == QuestionType.SCALE) {
            Optional<Integer> a = scaleValue(value);
            return a.isPresent() && a.equals(scaleValue(other));
        }
        return value != null && value.equals(other);
    }

    /**
     * The share of the question's weight an accepted answer earns, from 0 to 1: the passing YES/NO
     * answer 1 and the other 0; a scale value v (v - min) / (max - min); a choice its points over the
     * best choice's points.
     */
    public double fraction(String value) {
        return switch (type) {
            case YES_NO -> passingAnswer.equals(value) ? 1 : 0;
            case SCALE -> (double) (scaleValue(value).orElseThrow() - scale.min()) / (scale.max() - scale.min());
            case CHOICE -> choice(value).orElseThrow().points() / maxPoints();
            case TEXT -> throw new IllegalStateException("A free-text question is not scored");
        };
    }

    /** Whether an accepted answer is this critical question's failing answer; never for a question that is not critical. */
    public boolean fails(String value) {
        if (!isCritical()) {
            return false;
        }
        return switch (type) {
            case YES_NO -> value.equals(critical.failingAnswer());
            case SCALE -> scaleValue(value).orElseThrow() < critical.failBelow();
            case CHOICE -> choice(value).orElseThrow().failing();
            case TEXT -> false;
        };
    }

    /** The answer the speech signals propose, if the question has a pre-answer and the signal is known. */
    public Optional<Answer> proposedAnswer(Map<SpeechSignal, Long> signals) {
        return preAnswer == null ? Optional.empty() : preAnswer.proposal(signals).map(Answer::of);
    }

    public double maxPoints() {
        return choices.stream().mapToDouble(Choice::points).max().orElse(0);
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    private static Optional<Integer> scaleValue(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
