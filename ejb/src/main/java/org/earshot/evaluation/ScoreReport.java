package org.earshot.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of a filled-in form and its explanation. The total is from 0 to 100 with two decimals,
 * null when nothing counts (every scored question N/A, hidden or unanswered); 0 when a FORM-critical
 * question failed, whatever the rest, with {@code totalBeforeAutoFail} saying what the answers would
 * have scored. {@code missing} names the shown scored questions left unanswered, which a submission
 * must answer (or mark N/A where allowed).
 */
public record ScoreReport(BigDecimal total, boolean autoFailed, List<AutoFail> autoFails, BigDecimal totalBeforeAutoFail,
                          List<SectionScore> sections, List<QuestionScore> questions, List<String> missing) {

    public ScoreReport {
        autoFails = List.copyOf(autoFails);
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
