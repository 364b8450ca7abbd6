package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
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
 * the same order. The SQL is what PostgreSQL and H2 (the demo's database) both run.
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

    /** A call's handle time in milliseconds (answer to end; 0 unanswered), on {@code call_record c}. */
    private static final String HANDLE_MS = "CASE WHEN c.answered_at IS NULL THEN 0"
            + " ELSE GREATEST(0, CAST(ROUND(EXTRACT(EPOCH FROM (c.ended_at - c.answered_at)) * 1000) AS BIGINT)) END";

    private static final String MEASURE_COLUMNS = "answered, handle_ms, handle_band, with_speech, agent_talk_ms, caller_talk_ms,"
            + " agent_talk_percent, silence_ms, silence_longest_ms, overtalk_ms, hold_ms";

    /** What a call counts for, from its record {@code c} and its recording's speech row {@code s}. */
    private static final String MEASURES = "c.answered_at IS NOT NULL, " + HANDLE_MS + ", CASE WHEN c.answered_at IS NULL THEN NULL"
            + bands() + " END, s.recording_id IS NOT NULL, COALESCE(s.agent_talk_ms, 0), COALESCE(s.caller_talk_ms, 0), s.agent_talk_percent,"
            + " COALESCE(s.silence_total_ms, 0), COALESCE(s.silence_longest_ms, 0), COALESCE(s.overtalk_ms, 0), COALESCE(s.hold_ms, 0)";

    private static final String OF_CALLS = " FROM call_record c LEFT JOIN app_user u ON u.id = c.agent_user_id"
            + " LEFT JOIN recording r ON r.call_id = c.call_id LEFT JOIN recording_speech s ON s.recording_id = r.id";

    /** The facts of the ended calls among {@code :ids} that have none: their keys now, and what they count for. */
    private static final String NEW_FACTS = "INSERT INTO call_fact (" + FACT_COLUMNS + ") SELECT c.id, CAST(c.started_at AT TIME ZONE 'UTC' AS DATE),"
            + " c.started_at, COALESCE(c.agent_user_id, 0), COALESCE(u.team_id, 0), COALESCE(c.queue_id, 0), " + MEASURES + OF_CALLS
            + " WHERE c.id IN (:ids) AND c.state = 'ENDED' AND NOT EXISTS (SELECT 1 FROM call_fact f WHERE f.call_record_id = c.id)";

    // The keys stay those of the first count; only what the call counts for is taken again.
    private static final String RENEWED_FACTS = "UPDATE call_fact f SET (" + MEASURE_COLUMNS + ") = (SELECT " + MEASURES + OF_CALLS
            + " WHERE c.id = f.call_record_id) WHERE f.call_record_id IN (:ids)";

    private static final List<String> SUMS = List.of("calls", "answered", "handle_ms", "band_0", "band_1", "band_2", "band_3", "band_4",
            "band_5", "with_speech", "agent_talk_ms", "caller_talk_ms", "talk_percent_sum", "talk_percent_calls", "silence_ms",
            "silence_longest_ms", "overtalk_ms", "hold_ms");

    /** The aggregates and their keys: by agent, and by team and queue only (what the dashboard reads unless it is asked about an agent). */
    private static final List<Aggregate> AGGREGATES = List.of(Aggregate.of("call_day", "call_day, agent_user_id, team_id, queue_id"),
            Aggregate.of("call_team_day", "call_day, team_id, queue_id"));

    /**
     * A recount of the calls {@code :ids}, statement by statement: what they counted for subtracted from each
     * aggregate, their facts taken again, and added. A row a fact adds to is made first, empty, if it is missing:
     * {@code ON CONFLICT DO NOTHING} waits for a transaction making the same row and then leaves it, so two calls
     * of one new day never collide. The aggregates are always touched in the same order.
     */
    static final List<String> RECOUNT = recountStatements();

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
        RECOUNT.forEach(statement -> em.createNativeQuery(statement).setParameter("ids", ids).executeUpdate());
    }

    /**
     * An aggregate {@code table} keyed by {@code keys}: the statement that makes its missing rows of the calls
     * {@code :ids}, empty, and the one that adds {@code :sign} times their facts to their rows. Written in the
     * SQL PostgreSQL and H2 (the demo's database) share: {@code MERGE} and {@code ON CONFLICT DO NOTHING}.
     */
    private record Aggregate(String rows, String sums) {

        /** The statement adding (sign 1) or subtracting (sign -1) the facts of the calls to or from their rows. */
        String sums(int sign) {
            return sums.replace(":sign", String.valueOf(sign));
        }

        static Aggregate of(String table, String keys) {
            List<String> keyList = List.of(keys.split(", "));
            String factKeys = keyList.stream().map("f."::concat).collect(Collectors.joining(", "));
            String rows = "INSERT INTO " + table + " (" + keys + ", " + String.join(", ", SUMS) + ") SELECT DISTINCT " + factKeys + ", "
                    + SUMS.stream().map(sum -> "0").collect(Collectors.joining(", ")) + " FROM call_fact f WHERE f.call_record_id IN (:ids)"
                    + " ON CONFLICT DO NOTHING";
            List<String> deltas = new ArrayList<>(List.of(":sign * COUNT(*)", ":sign * " + when("f.answered"), ":sign * SUM(f.handle_ms)"));
            IntStream.rangeClosed(0, BAND_LIMITS.size()).forEach(band -> deltas.add(":sign * " + when("f.handle_band = " + band)));
            deltas.addAll(List.of(":sign * " + when("f.with_speech"), ":sign * SUM(f.agent_talk_ms)", ":sign * SUM(f.caller_talk_ms)",
                    ":sign * COALESCE(SUM(f.agent_talk_percent), 0)", ":sign * COUNT(f.agent_talk_percent)", ":sign * SUM(f.silence_ms)",
                    ":sign * SUM(f.silence_longest_ms)", ":sign * SUM(f.overtalk_ms)", ":sign * SUM(f.hold_ms)"));
            String sums = "MERGE INTO " + table + " t USING (SELECT " + factKeys + ", "
                    + IntStream.range(0, SUMS.size()).mapToObj(i -> deltas.get(i) + " AS " + SUMS.get(i)).collect(Collectors.joining(", "))
                    + " FROM call_fact f WHERE f.call_record_id IN (:ids) GROUP BY " + factKeys + ") d ON "
                    + keyList.stream().map(key -> "t." + key + " = d." + key).collect(Collectors.joining(" AND "))
                    + " WHEN MATCHED THEN UPDATE SET " + SUMS.stream().map(sum -> sum + " = t." + sum + " + d." + sum).collect(Collectors.joining(", "));
            return new Aggregate(rows, sums);
        }
    }

    private static List<String> recountStatements() {
        List<String> statements = new ArrayList<>();
        AGGREGATES.forEach(aggregate -> statements.add(aggregate.sums(-1)));
        statements.add(RENEWED_FACTS);
        statements.add(NEW_FACTS);
        AGGREGATES.forEach(aggregate -> {
            statements.add(aggregate.rows());
            statements.add(aggregate.sums(1));
        });
        return List.copyOf(statements);
    }

    private static String when(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    /** The handle time's band, as SQL cases on {@link #HANDLE_MS}. */
    private static String bands() {
        return IntStream.range(0, BAND_LIMITS.size()).mapToObj(band -> " WHEN " + HANDLE_MS + " < " + BAND_LIMITS.get(band) * 1000L + " THEN " + band)
                .collect(Collectors.joining()) + " ELSE " + BAND_LIMITS.size();
    }
}
