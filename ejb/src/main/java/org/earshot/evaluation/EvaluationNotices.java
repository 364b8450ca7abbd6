package org.earshot.evaluation;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.Role;
import org.earshot.organization.User;
import org.earshot.notification.Notifications;

/**
 * Who the workflow's steps concern, told in the application in the step's transaction: the agent when
 * an evaluation of their call is submitted and when their dispute is resolved; the evaluator and every
 * reviewer when the agent disputes or appeals. The reviewers are those the workflow would let resolve it
 * (see {@link EvaluationWorkflow#resolve}): EVALUATE_CALL on the call, neither its evaluator nor its
 * agent, and for an appeal not the dispute's reviewer.
 */
final class EvaluationNotices {

    private static final List<Role> EVALUATING_ROLES = Arrays.stream(Role.values()).filter(role -> role.permits(Action.EVALUATE_CALL))
            .toList();

    private final EntityManager em;
    private final AccessService access;
    private final Notifications notifications;

    EvaluationNotices(EntityManager em, AccessService access, Notifications notifications) {
        this.em = em;
        this.access = access;
        this.notifications = notifications;
    }

    void submitted(Evaluation evaluation) {
        notifications.notify(evaluation.getAgent().getId(), EvaluationNotice.SUBMITTED,
                "An evaluation of your call is ready to acknowledge", linkTo(evaluation));
    }

    void disputed(Evaluation evaluation, boolean appeal) {
        String what = evaluation.getAgent().getUsername() + (appeal ? " appealed the resolution of " : " disputed ");
        notifications.notify(evaluation.getEvaluator().getId(), EvaluationNotice.DISPUTED, what + "your evaluation of their call",
                linkTo(evaluation));
        for (User reviewer : reviewersOf(evaluation, appeal)) {
            notifications.notify(reviewer.getId(), EvaluationNotice.DISPUTED, what + "an evaluation: it waits for a reviewer",
                    linkTo(evaluation));
        }
    }

    void resolved(Evaluation evaluation, Resolution resolution) {
        notifications.notify(evaluation.getAgent().getId(), EvaluationNotice.RESOLVED, "Your dispute was resolved: "
                + (resolution.outcome() == Resolution.Outcome.RE_SCORED ? "re-scored" : "the evaluation stands"), linkTo(evaluation));
    }

    private List<User> reviewersOf(Evaluation evaluation, boolean appeal) {
        AccessTarget call = QualityLookups.call(em, evaluation.getCallId()).accessTarget();
        Long disputeReviewer = evaluation.facts().reviewerId();
        return em.createQuery("SELECT DISTINCT g.user FROM Grant g WHERE g.revokedAt IS NULL AND g.role IN :roles AND g.user.active = TRUE",
                        User.class)
                .setParameter("roles", EVALUATING_ROLES).getResultList().stream()
                .filter(user -> !user.getId().equals(evaluation.getEvaluator().getId()) && !user.getId().equals(evaluation.getAgent().getId()))
                .filter(user -> !appeal || !Objects.equals(user.getId(), disputeReviewer))
                // Asking is not using the grant: a preview leaves the permission review's "unused" alone.
                .filter(user -> access.preview(user.getUsername(), Action.EVALUATE_CALL, call, null).allowed())
                .toList();
    }

    private static String linkTo(Evaluation evaluation) {
        return "/app/quality/evaluation.xhtml?id=" + evaluation.getId();
    }
}
