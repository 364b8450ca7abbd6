package org.earshot.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.earshot.evaluation.QualityFact;
import org.earshot.rules.FieldViolation;

/**
 * Which evaluations behind a number of the quality dashboard to list: all of the filter's, or those in a
 * score band (0 to 9), auto-failed, disputed, or that failed a question (its key) of a form.
 */
public record QualityDrill(Integer band, Boolean autoFailed, Boolean disputed, String failedQuestion) {

    public static final QualityDrill ALL = new QualityDrill(null, null, null, null);

    private static final int MAX_KEY = 64;

    /** What is wrong with it, each on its field. */
    public List<FieldViolation> faults() {
        List<FieldViolation> faults = new ArrayList<>();
        if (band != null && (band < 0 || band >= QualityFact.BANDS)) {
            faults.add(new FieldViolation("band", "A band is from 0 to " + (QualityFact.BANDS - 1)));
        }
        if (failedQuestion != null && (failedQuestion.isBlank() || failedQuestion.length() > MAX_KEY || failedQuestion.contains(";")
                || failedQuestion.contains("="))) {
            faults.add(new FieldViolation("failedQuestion", "Name a question by its key"));
        }
        return faults;
    }
}
