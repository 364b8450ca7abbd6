package org.earshot.evaluation;

import java.util.List;

/**
 * What the supervisor console offers on one of the supervisor's live monitoring sessions: the
 * evaluation already made from it (opened again, never a second one), or the published forms the call
 * may be evaluated with (the supervisor chooses when there are several), or why no form fits. Nothing
 * is offered to whoever may not evaluate the call.
 *
 * @param evaluationId the evaluation made from the session, or null
 * @param forms the forms to start one with, when none was made yet
 * @param whyNoForm why nothing can be started although the call may be evaluated: no published form fits it
 */
public record LiveEvaluationOffer(Long evaluationId, List<FormOption> forms, String whyNoForm) {

    /** Nothing to offer: the session is not the user's or has ended, or the user may not evaluate its call. */
    public static final LiveEvaluationOffer NOTHING = new LiveEvaluationOffer(null, List.of(), null);

    public LiveEvaluationOffer {
        forms = List.copyOf(forms);
    }

    static LiveEvaluationOffer madeAlready(long evaluationId) {
        return new LiveEvaluationOffer(evaluationId, List.of(), null);
    }

    /** A new evaluation on one of these forms, or the reason there is none to start with. */
    static LiveEvaluationOffer toStart(List<FormOption> forms, String whyNoForm) {
        return new LiveEvaluationOffer(null, forms, forms.isEmpty() ? whyNoForm : null);
    }
}
