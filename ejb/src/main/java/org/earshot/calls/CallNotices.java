package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.PlayedNotice;

/**
 * Keeps the notices a call was due and played ({@code call_notice}), for the compliance dashboard: the
 * queue's caller announcement is due from the call's first event when the queue's policy has one, and
 * played when the telephony core reports the caller heard it through; the agent's notice and the barge tone
 * are kept as played, with their monitoring session. A call that reached an agent with its announcement
 * still due is a finding. The SQL is what PostgreSQL and H2 (the demo's database) both run.
 */
// Called only by TelephonyRecorder, in the transaction that keeps the call event.
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CallNotices {

    /** The announcement, due on the call {@code ?1} of the day {@code ?2} if its queue {@code ?3} has one. */
    static final String ANNOUNCEMENT_DUE = "INSERT INTO call_notice (call_record_id, call_day, notice, heard_by)"
            + " SELECT ?1, ?2, '" + PlayedNotice.CALLER_ANNOUNCEMENT.name() + "', '" + PlayedNotice.CALLER_ANNOUNCEMENT.heardBy() + "'"
            + " FROM call_queue q WHERE q.id = ?3 AND q.announcement_prompt_id IS NOT NULL";
    /** The due notice {@code ?2} of the call {@code ?1} played at {@code ?3}. */
    static final String DUE_PLAYED = "UPDATE call_notice SET played_at = ?3 WHERE call_record_id = ?1 AND notice = ?2 AND played_at IS NULL";
    /** The notice {@code ?3} to {@code ?4} played at {@code ?5} on the call {@code ?1} of the day {@code ?2}. */
    static final String PLAYED = "INSERT INTO call_notice (call_record_id, call_day, notice, heard_by, played_at) VALUES (?1, ?2, ?3, ?4, ?5)";
    /** The same, played as the monitoring session {@code ?6} began or barged in. */
    static final String PLAYED_IN_SESSION = "INSERT INTO call_notice (call_record_id, call_day, notice, heard_by, played_at, session_id)"
            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

    @PersistenceContext
    private EntityManager em;

    /** Takes in a call event the record has just taken in ({@code first}: its record was made for it). */
    public void keep(CallRecord record, CallEvent event, boolean first) {
        LocalDate day = LocalDate.ofInstant(record.getStartedAt(), ZoneOffset.UTC);
        if (first && record.getQueue() != null) {
            em.flush();
            em.createNativeQuery(ANNOUNCEMENT_DUE).setParameter(1, record.getId()).setParameter(2, day)
                    .setParameter(3, record.getQueue().getId()).executeUpdate();
        }
        if (event.type() != CallEvent.Type.NOTICE_PLAYED) {
            return;
        }
        PlayedNotice.of(event.detail()).ifPresent(notice -> {
            int due = em.createNativeQuery(DUE_PLAYED).setParameter(1, record.getId()).setParameter(2, notice.name())
                    .setParameter(3, event.at()).executeUpdate();
            if (due == 0) {
                Query played = em.createNativeQuery(event.monitor() == null ? PLAYED : PLAYED_IN_SESSION).setParameter(1, record.getId())
                        .setParameter(2, day).setParameter(3, notice.name()).setParameter(4, notice.heardBy()).setParameter(5, event.at());
                if (event.monitor() != null) {
                    played.setParameter(6, event.monitor().sessionId());
                }
                played.executeUpdate();
            }
        });
    }
}
