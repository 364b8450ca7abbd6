package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import org.earshot.query.Conditions;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
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

    /** Recordings with their calls joined as {@link CallScope#CALLS} needs them. */
    private static final String KEPT_WITH_CALLS = " FROM Recording r JOIN CallRecord c ON c.callId = r.callId"
            + " LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q WHERE r.deletedAt IS NULL";
    private static final String WITH_CALL = " JOIN CallRecord c ON c.callId = r.callId";
    private static final String WITH_SPEECH = " LEFT JOIN RecordingSpeech s ON s.recordingId = r.id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private RecordingAccess guard;

    /** The recordings matching the filter that the caller may play, newest first. */
    public List<RecordingView> search(RecordingFilter filter, int first, int max) {
        return views(list(where(filter, access.visibleScope(Action.PLAY_RECORDING))).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max)).getResultList());
    }

    /**
     * A page of {@link #search} with its total; the call and the signals are read for the count only when the filter
     * needs them. With From cleared the count over the recordings alone stops at a cap ({@link Paging#page(jakarta.persistence.TypedQuery, java.util.function.Function, String, boolean, PageRequest)}); one
     * joined to the calls does not: with a LIMIT, PostgreSQL merges the two tables in call id order, slower than it
     * counts them all.
     */
    public Page<RecordingView> find(RecordingFilter filter, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.PLAY_RECORDING);
        Conditions where = where(filter, scope);
        boolean withCall = needsCall(filter, scope);
        String counted = " FROM Recording r" + (withCall ? WITH_CALL : "") + (filter.speech().isEmpty() ? "" : WITH_SPEECH) + where.where();
        Page<Object[]> rows = Paging.page(list(where), count -> where.bind(em.createQuery(count, Object.class)), counted,
                filter.from() == null && !withCall, page);
        return rows.withItems(views(rows.items()));
    }

    private TypedQuery<Object[]> list(Conditions where) {
        return where.bind(em.createQuery("SELECT r, c, s FROM Recording r" + WITH_CALL + WITH_SPEECH + where.where()
                + " ORDER BY r.startedAt DESC, r.id", Object[].class));
    }

    private static List<RecordingView> views(List<Object[]> rows) {
        return rows.stream().map(row -> view((Recording) row[0], (CallRecord) row[1], (RecordingSpeech) row[2])).toList();
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

    private static Conditions where(RecordingFilter filter, VisibleScope scope) {
        Conditions where = CallScope.restrict(new Conditions().add("r.deletedAt IS NULL"), scope, "c")
                .addIf(filter.from(), "r.startedAt >= :from", "from")
                .addIf(filter.to(), "r.startedAt <= :to", "to")
                .addIf(filter.agentId(), "c.agent.id = :agent", "agent")
                .addIf(filter.teamId(), "c.agent.id IN (SELECT tu.id FROM User tu WHERE tu.team.id = :team)", "team")
                .addIf(filter.queueId(), "c.queue.id = :queue", "queue")
                .addIf(Paging.containingOrAny(filter.caller()), "LOWER(COALESCE(c.caller, '')) LIKE :caller ESCAPE '\\'", "caller")
                .addIf(filter.minDurationMillis() == null ? null : filter.minDurationMillis() * Recording.BYTES_PER_MILLISECOND,
                        "r.callBytes >= :minBytes", "minBytes")
                .addIf(filter.maxDurationMillis() == null ? null : filter.maxDurationMillis() * Recording.BYTES_PER_MILLISECOND,
                        "r.callBytes <= :maxBytes", "maxBytes")
                .addIf(filter.monitored(), "r.monitored = :monitored", "monitored")
                .addIf(filter.paused(), "r.paused = :paused", "paused")
                .addIf(filter.incomplete() == null ? null : filter.incomplete() ? List.of(RecordingStatus.INCOMPLETE)
                        : List.of(RecordingStatus.COMPLETE, RecordingStatus.RECORDING), "r.status IN :statuses", "statuses");
        if (filter.onHold() != null) {
            where.add((filter.onHold() ? "" : "NOT ") + LegalHold.HELD);
        }
        return filter.speech().restrict(where, "s");
    }

    /** Whether the filter (or the caller's scope) asks about the call rather than the recording alone. */
    private static boolean needsCall(RecordingFilter filter, VisibleScope scope) {
        return !scope.everything() || filter.agentId() != null || filter.teamId() != null || filter.queueId() != null
                || Paging.containingOrAny(filter.caller()) != null;
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
