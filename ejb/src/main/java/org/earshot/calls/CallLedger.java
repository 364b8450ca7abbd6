package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Keeps the call aggregates ({@code call_day} by agent, {@code call_team_day} by team and queue) equal to the sums over the ended calls and their
 * recordings' speech signals, in the transaction of each change: the one that ends a call, the one that
 * keeps its recording's signals and the one that deletes them with the recording. What the call counted
 * for (its {@code call_fact}) is subtracted, the fact is computed again from the call record and the
 * speech row as they are now, and added. The keys (the UTC day the call started, its agent, the agent's
 * team then, its queue) stay those of the first count, so the subtraction hits the row the addition went
 * to, and an agent moving team later does not move past calls.
 * <p>
 * The call's record is locked first ({@code FOR UPDATE}): the call's end and its recording's signals are
 * kept by two listeners in two transactions, and whichever comes second waits for the first to commit and
 * then reads what it wrote, so neither's part is lost. Each change touches one row of each aggregate, in
 * the same order. PostgreSQL
 * SQL ({@code ON CONFLICT ... DO UPDATE}, {@code EXTRACT(EPOCH ...)}).
 */
// Called only by the call, recording and retention services, in their transactions, after they decided who may.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CallLedger {

    /** The upper bounds, in seconds, of the handle time bands but the last (which has none): under 1 minute, 1-3, 3-5, 5-10, 10-20, 20 and more. */
    public static final List<Integer> BAND_LIMITS = List.of(60, 180, 300, 600, 1200);

    private static final String FACT_COLUMNS = "call_record_id, call_day, started_at, agent_user_id, team_id, queue_id, answered, handle_ms,"
            + " handle_band, with_speech, agent_talk_ms, caller_talk_ms, agent_talk_percent, silence_ms, silence_longest_ms, overtalk_ms, hold_ms";

    /** What the ended calls among {@code :ids} count for now, from their records, agents and recordings' speech rows. */
    private static final String FACTS = "INSERT INTO call_fact (" + FACT_COLUMNS + ") SELECT c.id, CAST(c.started_at AT TIME ZONE 'UTC' AS DATE),"
            + " c.started_at, COALESCE(c.agent_user_id, 0), COALESCE(u.team_id, 0), COALESCE(c.queue_id, 0), c.answered_at IS NOT NULL, h.ms,"
            + " CASE WHEN c.answered_at IS NULL THEN NULL" + bands() + " END, s.recording_id IS NOT NULL,"
            + " COALESCE(s.agent_talk_ms, 0), COALESCE(s.caller_talk_ms, 0), s.agent_talk_percent, COALESCE(s.silence_total_ms, 0),"
            + " COALESCE(s.silence_longest_ms, 0), COALESCE(s.overtalk_ms, 0), COALESCE(s.hold_ms, 0)"
            + " FROM call_record c LEFT JOIN app_user u ON u.id = c.agent_user_id LEFT JOIN recording r ON r.call_id = c.call_id"
            + " LEFT JOIN recording_speech s ON s.recording_id = r.id"
            + " CROSS JOIN LATERAL (SELECT CASE WHEN c.answered_at IS NULL THEN 0"
            + " ELSE GREATEST(0, CAST(ROUND(EXTRACT(EPOCH FROM (c.ended_at - c.answered_at)) * 1000) AS BIGINT)) END AS ms) h"
            + " WHERE c.id IN (:ids) AND c.state = 'ENDED'"
            // The keys stay those of the first count; only what the call counts for is taken again.
            + " ON CONFLICT (call_record_id) DO UPDATE SET answered = EXCLUDED.answered, handle_ms = EXCLUDED.handle_ms,"
            + " handle_band = EXCLUDED.handle_band, with_speech = EXCLUDED.with_speech, agent_talk_ms = EXCLUDED.agent_talk_ms,"
            + " caller_talk_ms = EXCLUDED.caller_talk_ms, agent_talk_percent = EXCLUDED.agent_talk_percent, silence_ms = EXCLUDED.silence_ms,"
            + " silence_longest_ms = EXCLUDED.silence_longest_ms, overtalk_ms = EXCLUDED.overtalk_ms, hold_ms = EXCLUDED.hold_ms";

    private static final List<String> SUMS = List.of("calls", "answered", "handle_ms", "band_0", "band_1", "band_2", "band_3", "band_4",
            "band_5", "with_speech", "agent_talk_ms", "caller_talk_ms", "talk_percent_sum", "talk_percent_calls", "silence_ms",
            "silence_longest_ms", "overtalk_ms", "hold_ms");

    /** The aggregates and their keys: by agent, and by team and queue only (what the dashboard reads unless it is asked about an agent). */
    private static final List<String> COUNTS = List.of(count("call_day", "call_day, agent_user_id, team_id, queue_id"),
            count("call_team_day", "call_day, team_id, queue_id"));

    @PersistenceContext
    private EntityManager em;

    /**
     * Brings the aggregates in line with the call as it is now (call after the change, before commit): its
     * end, or its recording's speech signals kept or deleted. A call still under way counts for nothing yet.
     */
    public void keep(String callId) {
        em.flush();
        List<?> locked = em.createNativeQuery("SELECT id FROM call_record WHERE call_id = ? FOR UPDATE").setParameter(1, callId)
                .getResultList();
        if (!locked.isEmpty()) {
            recount(List.of(((Number) locked.get(0)).longValue()));
        }
    }

    /**
     * Counts the ended calls that have no fact yet (ended before the aggregates existed, or written by a bulk
     * load), at most {@code batch} of them with ids above {@code after}, in the order of their ids. Calls
     * whose record another transaction holds (one that is ending them and counts them itself) are skipped.
     *
     * @return the ids counted, in order
     */
    public List<Long> backfill(long after, int batch) {
        List<Long> ids = em.createNativeQuery("SELECT c.id FROM call_record c WHERE c.id > ? AND c.state = 'ENDED'"
                        + " AND NOT EXISTS (SELECT 1 FROM call_fact f WHERE f.call_record_id = c.id) ORDER BY c.id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, after).setParameter(2, batch).getResultStream().map(id -> ((Number) id).longValue()).toList();
        if (!ids.isEmpty()) {
            recount(ids);
        }
        return ids;
    }

    private void recount(List<Long> ids) {
        count(ids, -1);
        em.createNativeQuery(FACTS).setParameter("ids", ids).executeUpdate();
        count(ids, 1);
    }

    /** Adds (sign 1) or subtracts (sign -1) the facts of the calls to or from their rows of each aggregate, always in the same order. */
    private void count(List<Long> ids, int sign) {
        COUNTS.forEach(count -> em.createNativeQuery(count).setParameter("sign", sign).setParameter("ids", ids).executeUpdate());
    }

    /** The statement that adds {@code :sign} times the facts of the calls {@code :ids} to the aggregate {@code table} keyed by {@code keys}. */
    private static String count(String table, String keys) {
        String factKeys = Stream.of(keys.split(", ")).map("f."::concat).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + keys + ", " + String.join(", ", SUMS) + ") SELECT " + factKeys
                + ", :sign * COUNT(*), :sign * " + when("f.answered") + ", :sign * SUM(f.handle_ms), "
                + IntStream.rangeClosed(0, BAND_LIMITS.size()).mapToObj(band -> ":sign * " + when("f.handle_band = " + band))
                        .collect(Collectors.joining(", "))
                + ", :sign * " + when("f.with_speech") + ", :sign * SUM(f.agent_talk_ms), :sign * SUM(f.caller_talk_ms),"
                + " :sign * COALESCE(SUM(f.agent_talk_percent), 0), :sign * COUNT(f.agent_talk_percent), :sign * SUM(f.silence_ms),"
                + " :sign * SUM(f.silence_longest_ms), :sign * SUM(f.overtalk_ms), :sign * SUM(f.hold_ms)"
                + " FROM call_fact f WHERE f.call_record_id IN (:ids) GROUP BY " + factKeys
                + " ON CONFLICT (" + keys + ") DO UPDATE SET "
                + SUMS.stream().map(sum -> sum + " = " + table + "." + sum + " + EXCLUDED." + sum).collect(Collectors.joining(", "));
    }

    private static String when(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** The handle time's band, as SQL cases on {@code h.ms}. */
    private static String bands() {
        return IntStream.range(0, BAND_LIMITS.size()).mapToObj(band -> " WHEN h.ms < " + BAND_LIMITS.get(band) * 1000L + " THEN " + band)
                .collect(Collectors.joining()) + " ELSE " + BAND_LIMITS.size();
    }
}
