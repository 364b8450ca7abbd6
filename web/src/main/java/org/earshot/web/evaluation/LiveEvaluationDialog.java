package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.LiveEvaluationOffer;
import org.earshot.web.faces.ServiceCall;

/**
 * Evaluate on the supervisor console: the dialog names the call and the form (a choice when several fit),
 * and its button opens the evaluation page in another tab, so that the console stays at hand while the
 * supervisor listens. The service makes one evaluation per session and decides again who may.
 */
@Named
@ViewScoped
public class LiveEvaluationDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvaluationService evaluations;

    private long sessionId;
    private String agentName;
    private final FormPick formPick = new FormPick();

    /** Opens the dialog on a session with the forms the service offers now, the first one chosen. */
    public void prepare(long session, String agent) {
        sessionId = session;
        agentName = agent;
        formPick.offer(ServiceCall.query(null, () -> evaluations.offerFor(session)).orElse(LiveEvaluationOffer.NOTHING).forms());
    }

    /** Starts (or finds) the session's evaluation and goes to it; a refusal stays on the console, in the growl. */
    public String open() {
        return ServiceCall.query(null, () -> evaluations.startFromSession(sessionId, formPick.getScorecardId()))
                .map(EvaluationPage::opening).orElse(null);
    }

    public String getAgentName() {
        return agentName;
    }

    public FormPick getFormPick() {
        return formPick;
    }
}
