package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.earshot.evaluation.EvaluationPolicyService;
import org.earshot.evaluation.EvaluationPolicySettings;
import org.earshot.evaluation.EvaluationPolicyView;
import org.earshot.web.faces.ServiceCall;

/**
 * The evaluation policies page: the workflow's windows of the organization default and of each queue
 * the user may set, the dialog that edits one, and a queue's return to the default. The service decides
 * who may and checks every window, each refusal landing on its input.
 */
@Named
@ViewScoped
public class EvaluationPoliciesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "evaluationPolicyForm";
    private static final int HOURS_A_DAY = 24;

    @EJB
    private EvaluationPolicyService policies;

    private List<EvaluationPolicyView> shown;

    private Long queueId;
    private String title;
    private Integer submitWithinHours;
    private Integer acknowledgeWithinHours;
    private Integer resolveWithinHours;
    private Integer appealWithinHours;
    private boolean appealsAllowed;

    /** The default first, then each queue's, as the service lists them. */
    public List<EvaluationPolicyView> getPolicies() {
        if (shown == null) {
            shown = ServiceCall.query(null, policies::policies).orElse(List.of());
        }
        return shown;
    }

    /** Opens a policy as it is now: the list may predate someone else's save. */
    public void edit(Long queueId) {
        EvaluationPolicyView policy = ServiceCall.query(null, () -> policies.policyOf(queueId)).orElse(null);
        if (policy == null) {
            return;
        }
        this.queueId = queueId;
        title = nameOf(policy);
        EvaluationPolicySettings settings = policy.settings();
        submitWithinHours = settings.submitWithinHours();
        acknowledgeWithinHours = settings.acknowledgeWithinHours();
        resolveWithinHours = settings.resolveWithinHours();
        appealWithinHours = settings.appealWithinHours();
        appealsAllowed = settings.appealsAllowed();
    }

    /** Saves every window or none: each window refused shows its reason on its input. */
    public void save() {
        if (ServiceCall.change(FORM, FieldPaths.onInputs(FORM, () -> "Evaluation policy of " + nameOf(policies.change(queueId,
                new EvaluationPolicySettings(submitWithinHours, acknowledgeWithinHours, resolveWithinHours, appealWithinHours,
                        appealsAllowed))) + " saved: it applies to the steps taken from now on"))) {
            shown = null;
        }
    }

    public void followDefault(Long queueId) {
        if (ServiceCall.change(null, () -> "Queue " + policies.followDefault(queueId).queueName()
                + " follows the organization default from now on")) {
            shown = null;
        }
    }

    public String nameOf(EvaluationPolicyView policy) {
        return policy.queueId() == null ? "the organization default" : "queue " + policy.queueName();
    }

    /** A window as people read it: "7 days", "36 hours". */
    public String window(int hours) {
        if (hours % HOURS_A_DAY == 0) {
            int days = hours / HOURS_A_DAY;
            return days + (days == 1 ? " day" : " days");
        }
        return hours + (hours == 1 ? " hour" : " hours");
    }

    public String getTitle() {
        return title;
    }

    public Integer getSubmitWithinHours() {
        return submitWithinHours;
    }

    public void setSubmitWithinHours(Integer submitWithinHours) {
        this.submitWithinHours = submitWithinHours;
    }

    public Integer getAcknowledgeWithinHours() {
        return acknowledgeWithinHours;
    }

    public void setAcknowledgeWithinHours(Integer acknowledgeWithinHours) {
        this.acknowledgeWithinHours = acknowledgeWithinHours;
    }

    public Integer getResolveWithinHours() {
        return resolveWithinHours;
    }

    public void setResolveWithinHours(Integer resolveWithinHours) {
        this.resolveWithinHours = resolveWithinHours;
    }

    public Integer getAppealWithinHours() {
        return appealWithinHours;
    }

    public void setAppealWithinHours(Integer appealWithinHours) {
        this.appealWithinHours = appealWithinHours;
    }

    public boolean isAppealsAllowed() {
        return appealsAllowed;
    }

    public void setAppealsAllowed(boolean appealsAllowed) {
        this.appealsAllowed = appealsAllowed;
    }
}
