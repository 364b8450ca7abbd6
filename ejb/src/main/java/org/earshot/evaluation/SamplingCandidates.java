package org.earshot.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.calls.CallDirection;
import org.earshot.calls.CallRecord;
import org.earshot.recording.Recording;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignalQueries;
import org.earshot.recording.SpeechSignals;

/**
 * The calls a plan's draw chooses from, as {@link SamplingCandidate}s: the finished calls of its queue
 * or team that started in the period and reached an agent, with what the rule selects by. A call
 * without a kept recording (not recorded, or its recording deleted) is never complete, so a rule that
 * leaves out incomplete recordings leaves it out. Which calls a rule covers and which meet its criteria
 * is the draw's to decide.
 */
final class SamplingCandidates {

    /** The stratum of a call that came through no queue. */
    static final String DIRECT = "direct";

    private final EntityManager em;
    private final SpeechSignalQueries speech;

    SamplingCandidates(EntityManager em, SpeechSignalQueries speech) {
        this.em = em;
        this.speech = speech;
    }

    /** The period's calls with the records a draw's assignments are made from. */
    record Found(Map<String, SamplingCandidate> candidates, Map<String, CallRecord> calls, Map<String, UUID> recordings,
                 Map<String, SpeechSignals> signals) {
    }

    Found of(SamplingPlan plan, PeriodWindow window, Instant now) {
        TypedQuery<Object[]> query = em.createQuery("SELECT c, r FROM CallRecord c"
                        + " LEFT JOIN Recording r ON r.callId = c.callId AND r.deletedAt IS NULL AND r.status <> :recording"
                        + " JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q WHERE c.endedAt IS NOT NULL"
                        + " AND c.startedAt >= :start AND c.startedAt < :end"
                        + (plan.getQueue() == null ? "" : " AND q.id = :queue") + (plan.getTeam() == null ? "" : " AND t.id = :team")
                        + " ORDER BY c.startedAt, c.id, r.startedAt", Object[].class)
                .setParameter("recording", RecordingStatus.RECORDING)
                .setParameter("start", window.start()).setParameter("end", window.end());
        if (plan.getQueue() != null) {
            query.setParameter("queue", plan.getQueue().getId());
        }
        if (plan.getTeam() != null) {
            query.setParameter("team", plan.getTeam().getId());
        }
        List<Object[]> rows = query.getResultList();
        Map<String, CallRecord> calls = new LinkedHashMap<>();
        Map<String, Recording> recordings = new HashMap<>();
        // a call recorded twice (stopped and started on demand) is one candidate, with its first recording
        rows.forEach(row -> {
            CallRecord call = (CallRecord) row[0];
            if (calls.putIfAbsent(call.getCallId(), call) == null && row[1] != null) {
                recordings.put(call.getCallId(), (Recording) row[1]);
            }
        });
        Map<String, SpeechSignals> signals = speech.callsMatching(recordings.keySet(), SignalCriteria.none());
        Set<String> extensions = new HashSet<>(em.createQuery("SELECT s.extension FROM SipAccount s", String.class).getResultList());
        Map<String, SamplingCandidate> candidates = new LinkedHashMap<>();
        calls.forEach((id, call) -> candidates.put(id, candidate(call, recordings.get(id), signals.get(id), extensions, now)));
        return new Found(candidates, calls, recordings.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getId())), signals);
    }

    /** Calls of the period already evaluated (outside calibration) or picked by an earlier draw: never picked again. */
    Set<String> taken(PeriodWindow window) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT e.callId FROM Evaluation e, CallRecord c WHERE c.callId = e.callId"
                        + " AND e.calibration = FALSE AND c.startedAt >= :start AND c.startedAt < :end", String.class)
                .setParameter("start", window.start()).setParameter("end", window.end()).getResultList());
        taken.addAll(em.createQuery("SELECT p.callId FROM SamplingPick p, CallRecord c WHERE c.callId = p.callId"
                        + " AND c.startedAt >= :start AND c.startedAt < :end", String.class)
                .setParameter("start", window.start()).setParameter("end", window.end()).getResultList());
        return taken;
    }

    private static SamplingCandidate candidate(CallRecord call, Recording recording, SpeechSignals signals, Set<String> extensions,
                                               Instant now) {
        Map<String, Double> bySignal = new HashMap<>();
        if (signals != null) {
            signals.bySignal().forEach((signal, value) -> bySignal.put(signal.key(), value.doubleValue()));
        }
        return new SamplingCandidate(call.getCallId(), call.getAgent().getId(),
                call.getAgent().getTeam() == null ? null : call.getAgent().getTeam().getId(),
                call.getQueue() == null ? null : call.getQueue().getName(), call.getQueue() == null ? DIRECT : call.getQueue().getName(),
                call.getStartedAt(), call.talkTime(now), direction(call, extensions), recording != null && recording.isMonitored(),
                recording != null && recording.getStatus() == RecordingStatus.COMPLETE, pausedThroughout(recording, signals), bySignal);
    }

    /**
     * Through a queue: inbound. Placed from the agent's own extension: outbound. From another
     * extension: internal. Otherwise a customer dialled the agent's number: inbound.
     */
    static CallDirection direction(CallRecord call, Set<String> extensions) {
        if (call.getQueue() != null) {
            return CallDirection.INBOUND;
        }
        if (call.getCaller() != null && call.getCaller().equals(call.getAgentExtension())) {
            return CallDirection.OUTBOUND;
        }
        return extensions.contains(call.getCaller()) ? CallDirection.INTERNAL : CallDirection.INBOUND;
    }

    /**
     * A recording paused at some point in which, outside its pauses, nobody was heard: nothing to
     * listen to. The speech signals set paused spans apart, so their talk is what was recorded.
     */
    private static boolean pausedThroughout(Recording recording, SpeechSignals signals) {
        return recording != null && recording.isPaused() && (signals == null || signals.callerTalkMs() + signals.agentTalkMs() == 0);
    }
}
