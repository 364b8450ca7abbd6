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

    /** The list's order, which the index recording_listed (V32) holds. */
    private static final String NEWEST_FIRST = " ORDER BY r.startedAt DESC, r.id DESC";
    private static final String WITH_CALL = " JOIN CallRecord c ON c.callId = r.callId";
    private static final String WITH_SPEECH = " LEFT JOIN RecordingSpeech s ON s.recordingId = r.id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private RecordingAccess guard;

    /**
     * The recordings matching the filter that the caller may play, newest first: the page's ids, then their
     * recordings with their calls. The index in the list's order holds every column the default conditions read
     * (V32), so the ids come from it alone, from the newest down, where selecting the recordings with their calls
     * would read every recording passed over and its call.
     */
    public List<RecordingView> search(RecordingFilter filter, int first, int max) {
        Conditions where = where(filter, access.visibleScope(Action.PLAY_RECORDING));
        return recordings(newestIds(from(filter), where).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList());
    }

    /**
     * A page of {@link #search} with its total; the calls and signals are read only when the filter asks about them.
     * With From cleared the count stops at a cap ({@link Paging#page(TypedQuery, java.util.function.Function, String, boolean,
     * PageRequest)}), unless it joins the calls: under a LIMIT, PostgreSQL merges the two tables in call id order, slower
     * than it counts them all.
     */
    public Page<RecordingView> find(RecordingFilter filter, PageRequest page) {
        Conditions where = where(filter, access.visibleScope(Action.PLAY_RECORDING));
        String from = from(filter);
        // COUNT(*), not COUNT(r): counting the id makes PostgreSQL read every row, where the index alone answers (V32).
        Page<UUID> ids = Paging.page(newestIds(from, where), count -> where.bind(em.createQuery(count, Object.class)), from + where.where(),
                filter.from() == null && !from.contains(WITH_CALL), page);
        return ids.withItems(recordings(ids.items()));
    }

    /** The ids of the recordings the conditions keep, newest first (from the index in that order, V32). */
    private TypedQuery<UUID> newestIds(String from, Conditions where) {
        return where.bind(em.createQuery("SELECT r.id" + from + where.where() + NEWEST_FIRST, UUID.class));
    }

    /** The recordings of the ids with their calls, in the list's order. */
    private List<RecordingView> recordings(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The call is absent only for a recording whose call record never came (the reconciliation reports it).
        return em.createQuery("SELECT r, c, s FROM Recording r LEFT JOIN CallRecord c ON c.callId = r.callId" + WITH_SPEECH
                        + " WHERE r.id IN :ids" + NEWEST_FIRST, Object[].class).setParameter("ids", ids).getResultStream()
                .map(row -> view((Recording) row[0], (CallRecord) row[1], (RecordingSpeech) row[2])).toList();
    }

    /**
     * The recordings of some calls that the caller may play, by call id (calls without one, or whose
     * recording is out of the caller's scope, are absent): for lists of calls that say which are recorded.
     */
    public Map<String, CallRecording> recordingsOf(Collection<String> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        Conditions where = kept(access.visibleScope(Action.PLAY_RECORDING)).add("r.callId IN :calls").with("calls", callIds);
        return where.bind(em.createQuery("SELECT r FROM Recording r" + where.where(), Recording.class)).getResultStream()
                .collect(Collectors.toMap(Recording::getCallId, recording -> new CallRecording(recording.getId(), recording.getStatus())));
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

    /**
     * The recordings not deleted that the scope sees: through the agent and queue of the call that each recording
     * keeps (V32), not by joining every recording to its call.
     */
    private static Conditions kept(VisibleScope scope) {
        return CallScope.restrict(new Conditions().add("r.deletedAt IS NULL"), scope, "r.callAgentId", "r.callQueueId");
    }

    /** The conditions of the filter's values that are set, and of the scope. */
    static Conditions where(RecordingFilter filter, VisibleScope scope) {
        Conditions where = kept(scope)
                .addIf(filter.from(), "r.startedAt >= :from", "from")
                .addIf(filter.to(), "r.startedAt <= :to", "to")
                .addIf(filter.agentId(), "r.callAgentId = :agent", "agent")
                .addIf(filter.teamId(), "r.callAgentId IN (SELECT tu.id FROM User tu WHERE tu.team.id = :team)", "team")
                .addIf(filter.queueId(), "r.callQueueId = :queue", "queue")
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

    /** The recordings, with their calls when the filter asks about the caller, and their signals when it asks about those. */
    static String from(RecordingFilter filter) {
        return " FROM Recording r" + (Paging.containingOrAny(filter.caller()) == null ? "" : WITH_CALL)
                + (filter.speech().isEmpty() ? "" : WITH_SPEECH);
    }

    /** The recording as lists show it; without its call (no call record), without the caller, queue and agent. */
    static RecordingView view(Recording r, CallRecord c, RecordingSpeech speech) {
        var agent = c == null ? null : c.getAgent();
        var queue = c == null ? null : c.getQueue();
        return new RecordingView(r.getId(), r.getCallId(), r.getAudioStartsAt() != null ? r.getAudioStartsAt() : r.getStartedAt(),
                r.getEndedAt(), r.durationMillis(), c == null ? null : c.getCaller(), queue == null ? null : queue.getName(),
                agent == null ? null : agent.getUsername(), agent == null ? null : agent.getDisplayName(),
                agent == null || agent.getTeam() == null ? null : agent.getTeam().getName(), r.getStatus(), r.getIncompleteReason(),
                r.isMonitored(), r.isPaused(), r.getSupervisorBytes() > 0, r.getNotRecordedMillis(),
                r.getPacketsLeftOut(), speech == null ? null : speech.signals());
    }
}
