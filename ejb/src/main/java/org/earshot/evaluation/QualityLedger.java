package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.earshot.evaluation.QualityFact.QuestionTally;

/**
 * Keeps the quality aggregates ({@code quality_day}, {@code quality_question_day} and their organization-wide
 * totals {@code quality_total_day}, {@code quality_question_total_day}) equal to the sums
 * over the evaluations, in the transaction of each change: what an evaluation counted for (its kept
 * {@code quality_fact}) is subtracted and what it counts for now is added. A re-score therefore moves
 * the old revision's contribution out and the new one's in; a deletion takes it out. The keys (day,
 * agent, team, queue, scorecard) stay those of the first count, so an agent moving team later does not
 * move their past evaluations. Rows of an aggregate key are locked by the update, in one order (the
 * day row, its form's total of the day, then the questions by key, each with its organization-wide total
 * of the day), so concurrent changes of one key queue rather than deadlock; those of one form and day
 * queue on its totals.
 * The statements read and write only the aggregates and the call records, which no entity of the
 * transaction maps to, so none of them flushes first (see {@link #statement}).
 */
// Called only by the evaluation services, in their transactions, after they decided who may.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class QualityLedger {

    private static final String KEY = "submitted_on = ? AND agent_user_id = ? AND team_id = ? AND queue_id = ? AND scorecard_id = ?";

    /**
     * A question's day across the organization ({@code quality_question_total_day}): made, added to (asked,
     * failed, not applicable, then the day, form and question), and dropped once nothing counts for it.
     */
    static final List<String> QUESTION_TOTAL = List.of(
            "INSERT INTO quality_question_total_day (submitted_on, scorecard_id, question_key, asked, failed, not_applicable)"
                    + " VALUES (?, ?, ?, 0, 0, 0) ON CONFLICT DO NOTHING",
            "UPDATE quality_question_total_day SET asked = asked + ?, failed = failed + ?, not_applicable = not_applicable + ?"
                    + " WHERE submitted_on = ? AND scorecard_id = ? AND question_key = ?",
            "DELETE FROM quality_question_total_day WHERE submitted_on = ? AND scorecard_id = ? AND question_key = ?"
                    + " AND asked = 0 AND not_applicable = 0");

    /**
     * A form's day across the organization ({@code quality_total_day}): made, and dropped once no evaluation
     * counts for it (the day and form); {@link #totalUpdate} adds to it.
     */
    static final List<String> DAY_TOTAL = List.of(
            "INSERT INTO quality_total_day (submitted_on, scorecard_id, evaluations, scored, score_sum, score_squares, auto_failed, disputed,"
                    + " appealed, upheld, re_scored, band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9)"
                    + " VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING",
            "DELETE FROM quality_total_day WHERE submitted_on = ? AND scorecard_id = ? AND evaluations = 0");

    @PersistenceContext
    private EntityManager em;

    /** Brings the aggregates in line with the evaluation as it is now (call after the change, before commit). */
    public void keep(Evaluation evaluation) {
        QualityFactRow row = em.find(QualityFactRow.class, evaluation.getId());
        Optional<QualityFact> kept = Optional.ofNullable(row).map(QualityFactRow::fact);
        Optional<QualityFact> now = evaluation.qualityFact(queueOf(evaluation.getCallId()))
                .map(fact -> kept.map(fact::keyedAs).orElse(fact));
        if (kept.equals(now)) {
            return;
        }
        kept.ifPresent(fact -> apply(fact, -1));
        now.ifPresent(fact -> apply(fact, 1));
        if (row == null) {
            em.persist(QualityFactRow.of(now.orElseThrow()));
        } else if (now.isPresent()) {
            row.become(now.get());
        } else {
            em.remove(row);
        }
    }

    /** Takes the evaluation out of the aggregates, before it is deleted. */
    public void forget(long evaluationId) {
        QualityFactRow row = em.find(QualityFactRow.class, evaluationId);
        if (row != null) {
            apply(row.fact(), -1);
            em.remove(row);
        }
    }

    /**
     * Counts the submitted evaluations that have no fact yet (written before the aggregates existed, or
     * by a bulk load), at most {@code batch} of them; how many.
     */
    public int backfill(int batch) {
        List<Long> missing = em.createQuery("SELECT e.id FROM Evaluation e WHERE e.state <> :draft AND e.calibration = FALSE"
                        + " AND NOT EXISTS (SELECT 1 FROM QualityFactRow f WHERE f.evaluationId = e.id) ORDER BY e.id", Long.class)
                .setParameter("draft", EvaluationState.DRAFT).setMaxResults(batch).getResultList();
        // One persistence context for the batch, flushed once at commit: what the evaluations share (their form,
        // its scorecard's queues and their members) is loaded once, not once per evaluation.
        for (long id : missing) {
            keep(em.find(Evaluation.class, id));
        }
        return missing.size();
    }

    private long queueOf(String callId) {
        List<?> queue = statement("SELECT queue_id FROM call_record WHERE call_id = ?").setParameter(1, callId).getResultList();
        return queue.isEmpty() || queue.get(0) == null ? 0 : ((Number) queue.get(0)).longValue();
    }

    private void apply(QualityFact fact, int sign) {
        Date day = Date.valueOf(fact.day());
        keyed("INSERT INTO quality_day (submitted_on, agent_user_id, team_id, queue_id, scorecard_id, evaluations, scored, score_sum,"
                + " score_squares, auto_failed, disputed, appealed, upheld, re_scored, band_0, band_1, band_2, band_3, band_4, band_5,"
                + " band_6, band_7, band_8, band_9) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"
                + " ON CONFLICT DO NOTHING", fact, day).executeUpdate();
        bindKey(bindSums(statement("UPDATE quality_day SET " + sums(fact.band(), sign) + " WHERE " + KEY), fact, sign), 10, fact, day)
                .executeUpdate();
        keyed("DELETE FROM quality_day WHERE " + KEY + " AND evaluations = 0", fact, day).executeUpdate();
        statement(DAY_TOTAL.get(0)).setParameter(1, day).setParameter(2, fact.scorecardId()).executeUpdate();
        bindSums(statement(totalUpdate(fact.band(), sign)), fact, sign).setParameter(10, day).setParameter(11, fact.scorecardId()).executeUpdate();
        statement(DAY_TOTAL.get(1)).setParameter(1, day).setParameter(2, fact.scorecardId()).executeUpdate();
        new TreeMap<>(fact.questions()).forEach((question, tally) -> applyQuestion(fact, day, question, tally, sign));
    }

    /** The update of a form's day across the organization: the nine parameters of {@link #sums}, then the day and the form. */
    static String totalUpdate(int band, int sign) {
        return "UPDATE quality_total_day SET " + sums(band, sign) + " WHERE submitted_on = ? AND scorecard_id = ?";
    }

    /**
     * The additions to a day row's sums of an evaluation counted in ({@code sign} 1) or out (-1): nine
     * parameters (evaluations, scored, score sum, squares, auto-failed, disputed, appealed, upheld, re-scored)
     * bound by {@link #bindSums}, and its score band's count written in (none below 0).
     */
    static String sums(int band, int sign) {
        return "evaluations = evaluations + ?, scored = scored + ?, score_sum = score_sum + ?, score_squares = score_squares + ?,"
                + " auto_failed = auto_failed + ?, disputed = disputed + ?, appealed = appealed + ?, upheld = upheld + ?, re_scored = re_scored + ?"
                + (band < 0 ? "" : ", band_" + band + " = band_" + band + " + " + sign);
    }

    private static Query bindSums(Query query, QualityFact fact, int sign) {
        BigDecimal total = fact.total() == null ? BigDecimal.ZERO : fact.total();
        return query.setParameter(1, sign).setParameter(2, fact.total() == null ? 0 : sign)
                .setParameter(3, total.multiply(BigDecimal.valueOf(sign)))
                .setParameter(4, total.multiply(total).multiply(BigDecimal.valueOf(sign)))
                .setParameter(5, fact.autoFailed() ? sign : 0).setParameter(6, fact.disputed() ? sign : 0)
                .setParameter(7, fact.appealed() ? sign : 0).setParameter(8, fact.upheld() * sign).setParameter(9, fact.reScored() * sign);
    }

    private void applyQuestion(QualityFact fact, Date day, String question, QuestionTally tally, int sign) {
        String questionKey = KEY + " AND question_key = ?";
        int asked = tally == QuestionTally.NOT_APPLICABLE ? 0 : sign;
        int failed = tally == QuestionTally.FAILED ? sign : 0;
        int notApplicable = tally == QuestionTally.NOT_APPLICABLE ? sign : 0;
        Query insert = keyed("INSERT INTO quality_question_day (submitted_on, agent_user_id, team_id, queue_id, scorecard_id, question_key,"
                + " asked, failed, not_applicable) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0) ON CONFLICT DO NOTHING", fact, day);
        insert.setParameter(6, question).executeUpdate();
        Query update = statement("UPDATE quality_question_day SET asked = asked + ?, failed = failed + ?,"
                        + " not_applicable = not_applicable + ? WHERE " + questionKey)
                .setParameter(1, asked).setParameter(2, failed).setParameter(3, notApplicable);
        bindKey(update, 4, fact, day).setParameter(9, question).executeUpdate();
        Query empty = keyed("DELETE FROM quality_question_day WHERE " + questionKey + " AND asked = 0 AND not_applicable = 0", fact, day);
        empty.setParameter(6, question).executeUpdate();
        statement(QUESTION_TOTAL.get(0)).setParameter(1, day).setParameter(2, fact.scorecardId()).setParameter(3, question)
                .executeUpdate();
        statement(QUESTION_TOTAL.get(1)).setParameter(1, asked).setParameter(2, failed).setParameter(3, notApplicable)
                .setParameter(4, day).setParameter(5, fact.scorecardId()).setParameter(6, question).executeUpdate();
        statement(QUESTION_TOTAL.get(2)).setParameter(1, day).setParameter(2, fact.scorecardId()).setParameter(3, question)
                .executeUpdate();
    }

    /** A statement whose first five parameters are the fact's key. */
    private Query keyed(String sql, QualityFact fact, Date day) {
        return bindKey(statement(sql), 1, fact, day);
    }

    /**
     * A native statement that does not flush the persistence context first. Hibernate cannot tell which
     * tables a native statement touches, so by default it flushes, dirty-checking every entity loaded
     * (an evaluation's graph reaches its form's scorecard, its queues and their members) before each of
     * the ledger's 60 or so statements per evaluation.
     */
    private Query statement(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static Query bindKey(Query query, int first, QualityFact fact, Date day) {
        return query.setParameter(first, day).setParameter(first + 1, fact.agentId()).setParameter(first + 2, fact.teamId())
                .setParameter(first + 3, fact.queueId()).setParameter(first + 4, fact.scorecardId());
    }
}
