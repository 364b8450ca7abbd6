package org.earshot.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one submitted evaluation counts for in the quality aggregates: its keys (day of submission in
 * UTC, agent, team, queue, scorecard; 0 for no team or no queue), its current revision's total and
 * auto-fail, whether it was disputed and appealed and how many resolutions upheld or re-scored it, and
 * each scored question's outcome. {@link QualityLedger} adds it and, once the evaluation changes,
 * subtracts it again: the kept fact is exactly what was added.
 */
public record QualityFact(long evaluationId, LocalDate day, long agentId, long teamId, long queueId, long scorecardId,
                          BigDecimal total, boolean autoFailed, boolean disputed, boolean appealed, int upheld, int reScored,
                          Map<String, QuestionTally> questions) {

    /** Scores fall into ten bands of ten points; 100 is in the top band. */
    public static final int BANDS = 10;

    /** A question's outcome in one evaluation, as the aggregates count it. */
    public enum QuestionTally {
        /** Counted in the score and earned something. */
        ASKED('A'),
        /** Counted and failed: a critical failure, or scored and earned nothing. */
        FAILED('F'),
        /** Answered not applicable. */
        NOT_APPLICABLE('N');

        private final char code;

        QuestionTally(char code) {
            this.code = code;
        }

        static QuestionTally of(char code) {
            return Arrays.stream(values()).filter(t -> t.code == code).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No question tally " + code));
        }

        /** What a question's part in a score counts as; null when it counts for nothing (hidden, unanswered, free text, auto-failed by another). */
        static QuestionTally of(QuestionScore score) {
            return switch (score.outcome()) {
                case CRITICAL_FAILURE -> FAILED;
                case SCORED -> score.possiblePoints().signum() > 0 && score.points().signum() == 0 ? FAILED : ASKED;
                case NOT_APPLICABLE -> NOT_APPLICABLE;
                default -> null;
            };
        }
    }

    public QualityFact {
        questions = Map.copyOf(questions);
    }

    /** The band of the total, 0 to 9; -1 without a total (nothing to score). */
    public int band() {
        return total == null ? -1 : Math.min(BANDS - 1, total.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue());
    }

    /** The question outcomes as kept in one column: {@code key=A;key=F}, keys sorted. */
    public String questionOutcomes() {
        return new TreeMap<>(questions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().code)
                .collect(Collectors.joining(";"));
    }

    /** Reads {@link #questionOutcomes()} back. */
    public static Map<String, QuestionTally> questionOutcomes(String kept) {
        Map<String, QuestionTally> questions = new TreeMap<>();
        if (!kept.isEmpty()) {
            for (String pair : kept.split(";")) {
                int equals = pair.lastIndexOf('=');
                questions.put(pair.substring(0, equals), QuestionTally.of(pair.charAt(equals + 1)));
            }
        }
        return questions;
    }

    /** The same contribution under the keys of another (the ones fixed when the evaluation was first counted). */
    QualityFact keyedAs(QualityFact kept) {
        return new QualityFact(evaluationId, kept.day, kept.agentId, kept.teamId, kept.queueId, kept.scorecardId, total, autoFailed,
                disputed, appealed, upheld, reScored, questions);
    }
}
