package org.earshot.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Fleiss' kappa: how far raters who sort subjects into categories agree beyond what chance would
 * give. For each subject i with n_i ≥ 2 ratings, n_ij of them in category j:
 * P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1)), the share of agreeing rater pairs; P̄ is their mean over
 * the N subjects; p_j = Σ_i n_ij / Σ_i n_i is category j's share of all ratings and P_e = Σ_j p_j² the
 * agreement chance gives; κ = (P̄ − P_e) / (1 − P_e). With the same number of raters per subject this
 * is Fleiss (1971); with missing ratings each subject weighs the same in P̄ and each rating the same
 * in p_j. A subject with fewer than two ratings has no pair to agree and is left out.
 *
 * @param subjects the subjects counted (those with at least two ratings)
 * @param observed P̄, the mean agreement observed, or null when no subject counted
 * @param expected P_e, the agreement expected by chance, or null when no subject counted
 * @param kappa    κ, or null when it is not defined: no subject counted, or every rating in one
 *                 category (P_e = 1: agreement is complete, but chance alone would have given it)
 */
public record FleissKappa(int subjects, Double observed, Double expected, Double kappa) {

    /** @param ratings per subject, the number of ratings in each category */
    public static FleissKappa of(Collection<? extends Map<String, Integer>> ratings) {
        int subjects = 0;
        long allRatings = 0;
        double agreementSum = 0;
        Map<String, Long> perCategory = new HashMap<>();
        for (Map<String, Integer> subject : ratings) {
            long n = subject.values().stream().mapToLong(Integer::longValue).sum();
            if (n < 2) {
                continue;
            }
            long agreeingPairs = subject.values().stream().mapToLong(count -> (long) count * (count - 1)).sum();
            agreementSum += (double) agreeingPairs / (n * (n - 1));
            subject.forEach((category, count) -> {
                if (count > 0) {
                    perCategory.merge(category, (long) count, Long::sum);
                }
            });
            allRatings += n;
            subjects++;
        }
        if (subjects == 0) {
            return new FleissKappa(0, null, null, null);
        }
        double observed = agreementSum / subjects;
        long total = allRatings;
        double expected = perCategory.values().stream().mapToDouble(count -> (double) count / total).map(p -> p * p).sum();
        // a single category everywhere: P_e is 1 up to rounding, and κ would be 0/0
        Double kappa = perCategory.size() == 1 ? null : (observed - expected) / (1 - expected);
        return new FleissKappa(subjects, observed, expected, kappa);
    }
}
