package org.earshot.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.LiveEvaluationOffer;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.calls.LiveViewPage;
import org.earshot.web.faces.ServiceCall;

/**
 * The supervisor console's lines (the live view's agents with their calls) and the supervisor's
 * own sessions, read afresh for every request (the page re-renders them whenever {@link LiveViewPush} says something changed), and the
 * switch and end buttons of those sessions, and what Evaluate offers on each ({@link EvaluationService#offerFor}). Which modes are offered, and every refusal, come from
 * {@link MonitoringService}; the page only shows them.
 */
@Named
@RequestScoped
public class SupervisorConsolePage {

    @Inject
    private LiveViewPage liveView;

    @EJB
    private MonitoringService monitoring;

    @EJB
    private EvaluationService evaluations;

    private List<ConsoleLine> lines;
    private List<MonitoringSessionView> sessions;
    private final Map<Long, LiveEvaluationOffer> evaluationOffers = new HashMap<>();

    public List<ConsoleLine> getLines() {
        if (lines == null) {
            Map<Long, MonitorableCall> calls = ServiceCall.query(null, monitoring::liveCalls).orElse(List.of()).stream()
                    .filter(call -> call.agentId() != null)
                    .collect(Collectors.toMap(MonitorableCall::agentId, Function.identity(), (first, second) -> first));
            lines = liveView.getAgents().stream()
                    .map(agent -> new ConsoleLine(agent, calls.get(agent.agentId()))).toList();
        }
        return lines;
    }

    /** The supervisor's sessions whose phone rings or is in the call. */
    public List<MonitoringSessionView> getSessions() {
        if (sessions == null) {
            sessions = ServiceCall.query(null, monitoring::mySessions).orElse(List.of());
        }
        return sessions;
    }

    /** Evaluate on a session: the evaluation made from it, the forms to start one with, or why no form fits; nothing for who may not evaluate. */
    public LiveEvaluationOffer evaluationOffer(MonitoringSessionView session) {
        return evaluationOffers.computeIfAbsent(session.id(), id -> ServiceCall.query(null, () -> evaluations.offerFor(id))
                .orElse(LiveEvaluationOffer.NOTHING));
    }

    /** The modes a session may switch to from the plain buttons; takeover has its own, confirmed one. */
    public List<MonitoringMode> switchModes(MonitoringSessionView session) {
        return session.allowedModes().stream().filter(mode -> mode != session.mode() && mode != MonitoringMode.TAKEOVER)
                .sorted().toList();
    }

    public boolean mayTakeOver(MonitoringSessionView session) {
        return session.mode() != MonitoringMode.TAKEOVER && session.allowedModes().contains(MonitoringMode.TAKEOVER);
    }

    /** After a takeover the supervisor has the call: it ends by hanging up, not from here. */
    public boolean mayEnd(MonitoringSessionView session) {
        return session.mode() != MonitoringMode.TAKEOVER;
    }

    /** Since the supervisor's phone answered, or since it started ringing. */
    public Duration runningFor(MonitoringSessionView session) {
        Instant since = session.connectedAt() != null ? session.connectedAt() : session.requestedAt();
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    public void switchTo(long sessionId, MonitoringMode mode) {
        ServiceCall.change(null, () -> "Switched to " + mode.name().toLowerCase(Locale.ROOT) + " on "
                + monitoring.switchMode(sessionId, mode, MonitoringChannel.CONSOLE).agentName() + "'s call");
    }

    public void end(long sessionId) {
        ServiceCall.change(null, () -> {
            monitoring.end(sessionId, MonitoringChannel.CONSOLE);
            return "Monitoring ended";
        });
    }
}
