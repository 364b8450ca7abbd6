package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.VisibleScope;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallScope;
import org.earshot.query.Paging;

/**
 * Finding recordings: the list shows only those whose calls the caller's grants reach for
 * PLAY_RECORDING, scoped exactly as the call list is (a supervisor their teams' and queues', an
 * agent their own); one recording out of scope is not found, as an unknown one is, and the attempt
 * is audited. Deleted recordings are never found.
 */
// Authorization is decided per call by AccessService (role, scope), not by EJB role lists.
@PermitAll
@Stateless
public class RecordingQueries {

    private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");
    /** Recordings with their calls joined as {@link CallScope#CALLS} needs them. */
    private static final String WITH_CALLS = " FROM Recording r JOIN CallRecord c ON c.callId = r.callId"
            + " LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q";
    private static final String KEPT = " WHERE r.deletedAt IS NULL";
    private static final String KEPT_WITH_CALLS = WITH_CALLS + KEPT;
    private static final String FROM = WITH_CALLS + " LEFT JOIN RecordingSpeech s ON s.recordingId = r.id" + KEPT
            + " AND r.startedAt >= :from AND r.startedAt <= :to"
            + " AND (:agent IS NULL OR a.id = :agent) AND (:team IS NULL OR t.id = :team) AND (:queue IS NULL OR q.id = :queue)"
            + " AND LOWER(COALESCE(c.caller, '')) LIKE :caller ESCAPE '\\'"
            + " AND r.callBytes >= :minBytes AND r.callBytes <= :maxBytes"
            + " AND r.monitored IN :monitored AND r.paused IN :paused AND r.status IN :statuses"
            + " AND " + CallScope.CALLS;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private RecordingAccess guard;

    /** The recordings matching the filter that the caller may play, newest first. */
    public List<RecordingView> search(RecordingFilter filter, int first, int max) {
        TypedQuery<Object[]> list = bind(em.createQuery("SELECT r, c, s" + from(filter) + " ORDER BY r.startedAt DESC, r.id",
                Object[].class), filter);
        return list.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultStream()
                .map(row -> view((Recording) row[0], (CallRecord) row[1], (RecordingSpeech) row[2])).toList();
    }

    /** How many recordings match the filter that the caller may play. */
    public long count(RecordingFilter filter) {
        return bind(em.createQuery("SELECT COUNT(r)" + from(filter), Long.class), filter).getSingleResult();
    }

    /**
     * The recordings of some calls that the caller may play, by call id (calls without one, or whose
     * recording is out of the caller's scope, are absent): for lists of calls that say which are recorded.
     */
    public Map<String, CallRecording> recordingsOf(Collection<String> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        TypedQuery<Recording> query = em.createQuery("SELECT r" + KEPT_WITH_CALLS + " AND r.callId IN :calls AND " + CallScope.CALLS,
                Recording.class);
        CallScope.bind(query, access.visibleScope(Action.PLAY_RECORDING)).setParameter("calls", callIds);
        return query.getResultStream().collect(Collectors.toMap(Recording::getCallId,
                recording -> new CallRecording(recording.getId(), recording.getStatus())));
    }

    /** One recording the caller may play; unknown, deleted or out of scope: not found (and audited). */
    public RecordingView get(UUID id) {
        RecordingAccess.Granted granted = guard.require(id, Action.PLAY_RECORDING, RecordingAuditAction.RECORDING_VIEW);
        return view(granted.recording(), granted.call(), em.find(RecordingSpeech.class, id));
    }

    /** The recording's markers in timeline order, if the caller may play it (as {@link #get}). */
    public List<RecordingMarkerView> markers(UUID id) {
        guard.require(id, Action.PLAY_RECORDING, RecordingAuditAction.RECORDING_VIEW);
        return em.createQuery("SELECT m FROM RecordingMarker m WHERE m.recordingId = :id ORDER BY m.offsetMillis, m.id",
                RecordingMarker.class).setParameter("id", id).getResultStream().map(RecordingMarker::view).toList();
    }

    private static String from(RecordingFilter filter) {
        return (filter.onHold() == null ? FROM : FROM + (filter.onHold() ? " AND " : " AND NOT ") + LegalHold.HELD)
                + filter.speech().conditions("s");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, RecordingFilter filter) {
        VisibleScope scope = access.visibleScope(Action.PLAY_RECORDING);
        return CallScope.bind(filter.speech().bind(query), scope)
                .setParameter("from", filter.from() == null ? Instant.EPOCH : filter.from())
                .setParameter("to", filter.to() == null ? NO_END : filter.to())
                .setParameter("agent", filter.agentId())
                .setParameter("team", filter.teamId())
                .setParameter("queue", filter.queueId())
                .setParameter("caller", Paging.contains(filter.caller()))
                .setParameter("minBytes", filter.minDurationMillis() == null ? 0 : filter.minDurationMillis() * Recording.BYTES_PER_MILLISECOND)
                .setParameter("maxBytes", filter.maxDurationMillis() == null ? Long.MAX_VALUE
                        : filter.maxDurationMillis() * Recording.BYTES_PER_MILLISECOND)
                .setParameter("monitored", either(filter.monitored()))
                .setParameter("paused", either(filter.paused()))
                .setParameter("statuses", filter.incomplete() == null ? List.of(RecordingStatus.values())
                        : filter.incomplete() ? List.of(RecordingStatus.INCOMPLETE)
                        : List.of(RecordingStatus.COMPLETE, RecordingStatus.RECORDING));
    }

    // A yes/no filter as the values it admits, so that "any" needs no typed null.
    private static List<Boolean> either(Boolean wanted) {
        return wanted == null ? List.of(true, false) : List.of(wanted);
    }

    static RecordingView view(Recording r, CallRecord c, RecordingSpeech speech) {
        var agent = c.getAgent();
        return new RecordingView(r.getId(), r.getCallId(), r.getAudioStartsAt() != null ? r.getAudioStartsAt() : r.getStartedAt(),
                r.getEndedAt(), r.durationMillis(), c.getCaller(), c.getQueue() == null ? null : c.getQueue().getName(),
                agent == null ? null : agent.getUsername(), agent == null ? null : agent.getDisplayName(),
                agent == null || agent.getTeam() == null ? null : agent.getTeam().getName(), r.getStatus(), r.getIncompleteReason(),
                r.isMonitored(), r.isPaused(), r.getSupervisorBytes() > 0, r.getNotRecordedMillis(),
                r.getPacketsLeftOut(), speech == null ? null : speech.signals());
    }
}
