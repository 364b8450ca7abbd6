package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earshot.query.Conditions;

/**
 * Calls chosen by their recordings' speech signals, for sampling rules: of the calls a rule draws from
 * (its queue's or team's, in its period), those whose kept recording meets the criteria. It knows no
 * user: the rule has decided its population and scope before it asks. People find recordings by
 * their signals through {@link RecordingQueries}, which scopes them.
 */
// Reached by the sampling rules' timers, never by users: the rules decide scope.
@PermitAll
@Stateless
public class SpeechSignalQueries {

    /** Keeps each IN list well under what a database takes in one statement. */
    private static final int CALLS_PER_QUERY = 1000;

    @PersistenceContext
    private EntityManager em;

    /**
     * Of these calls, those whose recording (not deleted) has signals that meet the criteria, with their
     * signals, by call id. Empty criteria keep every call whose recording has signals; a call without
     * a recording, or whose recording has none, is never kept.
     */
    public Map<String, SpeechSignals> callsMatching(Collection<String> callIds, SignalCriteria criteria) {
        List<String> calls = new ArrayList<>(callIds);
        Map<String, SpeechSignals> matching = new HashMap<>();
        for (int from = 0; from < calls.size(); from += CALLS_PER_QUERY) {
            List<String> some = calls.subList(from, Math.min(calls.size(), from + CALLS_PER_QUERY));
            Conditions where = criteria.restrict(new Conditions().add("r.deletedAt IS NULL").addIf(some, "r.callId IN :calls", "calls"), "s");
            where.bind(em.createQuery("SELECT r.callId, s FROM RecordingSpeech s JOIN Recording r ON r.id = s.recordingId" + where.where(),
                            Object[].class)).getResultStream()
                    .forEach(row -> matching.put((String) row[0], ((RecordingSpeech) row[1]).signals()));
        }
        return matching;
    }
}
