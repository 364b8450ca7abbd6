package org.earshot.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a score is computed, from a form and answers that fit it ({@link AnswerCheck}); the
 * server never takes a client's number.
 *
 * <p>A question counts when it is shown, scored, answered and not N/A. Its fraction f is from 0 to 1
 * ({@link Question#fraction}). A section's score is sum(w·f) / sum(w) over its counting questions; the
 * total is sum(W·S) / sum(W) over the sections with a counting question, times 100. So N/A, hidden and
 * unanswered questions leave the denominator, and the questions that count keep their weights relative
 * to each other. A SECTION-critical question's failing answer sets its section's score to 0 (and the
 * section counts, even with no other answer); a FORM-critical one's sets the total to 0. Both are
 * reported as auto-fails, with the score before them.
 *
 * <p>Computed in double precision in the form's order, then rounded once, half up, to two decimals:
 * the total, each section's score and each question's points. Rounded on their own, the questions'
 * points can differ from the total by a few hundredths.
 */
public final class FormScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FormScoring() {
    }

    public static ScoreReport score(Form form, Map<String, Answer> answers) {
        AnswerCheck.problems(form, answers).stream().findFirst().ifPresent(p -> {
            throw new IllegalArgumentException(p.field() + ": " + p.message());
        });
        Map<String, Boolean> shown = shown(form, answers);
        List<AutoFail> autoFails = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>();
        for (FormSection section : form.sections()) {
            Tally tally = new Tally(section);
            for (Question q : section.questions()) {
                Answer answer = answers.get(q.key());
                if (counts(q, answer, shown)) {
                    tally.weight += q.weight();
                    tally.earned += q.weight() * q.fraction(answer.value());
                    if (q.fails(answer.value())) {
                        AutoFail fail = new AutoFail(q.critical().level(), q.key(), section.key(), answer.value());
                        autoFails.add(fail);
                        if (fail.level() == CriticalLevel.SECTION && tally.failedBy == null) {
                            tally.failedBy = q.key();
                        }
                    }
                }
            }
            tallies.add(tally);
        }
        boolean formFailed = autoFails.stream().anyMatch(f -> f.level() == CriticalLevel.FORM);
        double sectionWeights = tallies.stream().filter(Tally::counts).mapToDouble(t -> t.section.weight()).sum();
        double earned = tallies.stream().filter(Tally::counts).mapToDouble(t -> t.section.weight() * t.score()).sum();
        double unfailedEarned = tallies.stream().filter(Tally::counts).mapToDouble(t -> t.section.weight() * t.scoreBeforeFail()).sum();
        BigDecimal computed = sectionWeights > 0 ? percent(earned / sectionWeights) : null;
        BigDecimal total = formFailed ? BigDecimal.ZERO.setScale(2) : computed;
        BigDecimal beforeFail = autoFails.isEmpty() || sectionWeights == 0 ? null : percent(unfailedEarned / sectionWeights);

        List<SectionScore> sections = new ArrayList<>();
        List<QuestionScore> questions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Tally tally : tallies) {
            double sectionShare = tally.counts() && sectionWeights > 0 ? tally.section.weight() / sectionWeights : 0;
            sections.add(new SectionScore(tally.section.key(), tally.counts(), tally.counts() ? percent(tally.score()) : null,
                    sectionShare, tally.failedBy, tally.failedBy == null ? null : percent(tally.scoreBeforeFail())));
            for (Question q : tally.section.questions()) {
                Answer answer = answers.get(q.key());
                double share = counts(q, answer, shown) && tally.weight > 0 ? sectionShare * q.weight() / tally.weight : 0;
                questions.add(explain(q, tally, answer, shown.get(q.key()), share, formFailed, autoFails));
                if (shown.get(q.key()) && q.isScored() && answer == null) {
                    missing.add(q.key());
                }
            }
        }
        return new ScoreReport(total, !autoFails.isEmpty(), autoFails, beforeFail, sections, questions, missing);
    }

    /** Whether each question is shown: conditions depend only on earlier questions, so one pass in order decides. */
    private static Map<String, Boolean> shown(Form form, Map<String, Answer> answers) {
        Map<String, Boolean> shown = new HashMap<>();
        for (Question q : form.questions()) {
            Condition condition = q.shownWhen();
            boolean visible = condition == null || form.question(condition.question())
                    .filter(target -> shown.getOrDefault(target.key(), false))
                    .filter(target -> answers.get(target.key()) != null && !answers.get(target.key()).notApplicable())
                    .map(target -> target.sameAnswer(answers.get(target.key()).value(), condition.equals()))
                    .orElse(false);
            shown.put(q.key(), visible);
        }
        return shown;
    }

    private static boolean counts(Question q, Answer answer, Map<String, Boolean> shown) {
        return shown.get(q.key()) && q.isScored() && answer != null && !answer.notApplicable();
    }

    private static QuestionScore explain(Question q, Tally tally, Answer answer, boolean shown, double share, boolean formFailed,
                                         List<AutoFail> autoFails) {
        String section = tally.section.key();
        if (!q.isScored()) {
            return new QuestionScore(q.key(), section, answer, QuestionOutcome.UNSCORED, 0, zero(), zero(), "free text is not scored");
        }
        if (!shown) {
            Condition c = q.shownWhen();
            return new QuestionScore(q.key(), section, answer, QuestionOutcome.HIDDEN, 0, zero(), zero(),
                    "shown only when " + c.question() + " is " + c.equals());
        }
        if (answer == null) {
            return new QuestionScore(q.key(), section, null, QuestionOutcome.UNANSWERED, 0, zero(), zero(), "not answered");
        }
        if (answer.notApplicable()) {
            return new QuestionScore(q.key(), section, answer, QuestionOutcome.NOT_APPLICABLE, 0, zero(), zero(),
                    "N/A: left out of the section's denominator");
        }
        BigDecimal possible = percent(share);
        if (q.fails(answer.value())) {
            return new QuestionScore(q.key(), section, answer, QuestionOutcome.CRITICAL_FAILURE, share, possible, zero(),
                    "critical: " + answer.value() + " fails " + (q.critical().level() == CriticalLevel.FORM ? "the whole form" : "its section"));
        }
        if (formFailed || tally.failedBy != null) {
            String by = formFailed ? autoFails.stream().filter(f -> f.level() == CriticalLevel.FORM).findFirst().orElseThrow().question()
                    : tally.failedBy;
            return new QuestionScore(q.key(), section, answer, QuestionOutcome.AUTO_FAILED, share, possible, zero(),
                    (formFailed ? "the form" : "its section") + " was auto-failed by " + by);
        }
        double fraction = q.fraction(answer.value());
        return new QuestionScore(q.key(), section, answer, QuestionOutcome.SCORED, share, possible, percent(share * fraction),
                percent(fraction) + " % of its possible points");
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    /** What one section's counting questions add up to, and whether a critical question failed it. */
    private static final class Tally {
        private final FormSection section;
        private double weight;
        private double earned;
        private String failedBy;

        Tally(FormSection section) {
            this.section = section;
        }

        boolean counts() {
            return weight > 0 || failedBy != null;
        }

        double scoreBeforeFail() {
            return weight > 0 ? earned / weight : 0;
        }

        double score() {
            return failedBy != null ? 0 : scoreBeforeFail();
        }
    }
}
