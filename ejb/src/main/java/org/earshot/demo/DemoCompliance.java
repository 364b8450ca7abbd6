package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.User;
import org.earshot.recording.RecordingGovernanceAuditAction;
import org.earshot.telephony.api.PlayedNotice;

/**
 * What the compliance dashboard shows of the demo: the notices the telephony core would have reported on the
 * demo's calls (written as records, not played): the announcement on every call through a queue that has one
 * but the newest of agent3's, which was put through without it (the finding); the agent's notice tone as each
 * monitoring session connected and the barge tone on those that barged or took over. One of agent2's recordings
 * paused twice; a legal hold on agent2's calls, and one placed and released, each audited as the service does.
 * Called after the calls, recordings and monitoring sessions are written.
 */
final class DemoCompliance {

    private final EntityManager em;
    private final AuditService audit;

    DemoCompliance(EntityManager em, AuditService audit) {
        this.em = em;
        this.audit = audit;
    }

    void seed(User compliance, User agentPaused, User agentUnannounced, Instant now) {
        em.flush();
        em.createNativeQuery("INSERT INTO call_notice (call_record_id, call_day, notice, heard_by, played_at)"
                        + " SELECT c.id, CAST(c.started_at AT TIME ZONE 'UTC' AS DATE), ?1, ?2, c.started_at FROM call_record c"
                        + " JOIN call_queue q ON q.id = c.queue_id WHERE q.announcement_prompt_id IS NOT NULL AND c.id <> (SELECT MAX(n.id)"
                        + " FROM call_record n WHERE n.agent_user_id = ?3)")
                .setParameter(1, PlayedNotice.CALLER_ANNOUNCEMENT.name()).setParameter(2, PlayedNotice.CALLER_ANNOUNCEMENT.heardBy())
                .setParameter(3, agentUnannounced.getId()).executeUpdate();
        em.createNativeQuery("INSERT INTO call_notice (call_record_id, call_day, notice, heard_by) SELECT n.id,"
                        + " CAST(n.started_at AT TIME ZONE 'UTC' AS DATE), ?1, ?2 FROM call_record n WHERE n.id = (SELECT MAX(m.id)"
                        + " FROM call_record m WHERE m.agent_user_id = ?3)")
                .setParameter(1, PlayedNotice.CALLER_ANNOUNCEMENT.name()).setParameter(2, PlayedNotice.CALLER_ANNOUNCEMENT.heardBy())
                .setParameter(3, agentUnannounced.getId()).executeUpdate();
        monitoringNotices(PlayedNotice.AGENT_NOTICE_TONE, "");
        monitoringNotices(PlayedNotice.BARGE_TONE, " AND s.peak_mode IN ('BARGE', 'TAKEOVER')");

        em.createNativeQuery("UPDATE recording SET paused = TRUE WHERE id = (SELECT r.id FROM recording r JOIN call_record c"
                + " ON c.call_id = r.call_id WHERE c.agent_user_id = ?1 ORDER BY r.started_at FETCH FIRST 1 ROWS ONLY)").setParameter(1, agentPaused.getId()).executeUpdate();
        for (long offset : new long[] {12_000, 30_000}) {
            em.createNativeQuery("INSERT INTO recording_marker (recording_id, at, offset_ms, type, label, actor) SELECT r.id,"
                            + " r.audio_starts_at, ?1, 'RECORDING_PAUSED', 'agent key', ?2 FROM recording r WHERE r.paused = TRUE")
                    .setParameter(1, offset).setParameter(2, agentPaused.getUsername()).executeUpdate();
        }

        hold("Billing dispute", "a customer's complaint may go to court", agentPaused,
                compliance, now.minus(Duration.ofDays(2)), null);
        hold("Internal inquiry", "closed without findings", agentUnannounced, compliance, now.minus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(1)));
    }

    /** A notice on every monitoring session that connected (and meets {@code more}), played as it connected, with the session. */
    private void monitoringNotices(PlayedNotice notice, String more) {
        em.createNativeQuery("INSERT INTO call_notice (call_record_id, call_day, notice, heard_by, played_at, session_id)"
                        + " SELECT c.id, CAST(c.started_at AT TIME ZONE 'UTC' AS DATE), ?1, ?2, s.connected_at, s.telephony_session_id"
                        + " FROM monitoring_session s JOIN call_record c ON c.call_id = s.call_id WHERE s.connected_at IS NOT NULL" + more)
                .setParameter(1, notice.name()).setParameter(2, notice.heardBy()).executeUpdate();
    }

    /** A legal hold on the agent's calls, placed (and released, if {@code released}) by compliance, audited as the service audits it. */
    private void hold(String name, String reason, User agent, User by, Instant placed, Instant released) {
        em.createNativeQuery("INSERT INTO legal_hold (name, reason, agent_username, created_by, created_at, version) VALUES (?1, ?2, ?3, ?4, ?5, 0)")
                .setParameter(1, name).setParameter(2, reason).setParameter(3, agent.getUsername()).setParameter(4, by.getUsername())
                .setParameter(5, placed).executeUpdate();
        audit.recordFor(by.getUsername(), AuditEvent.of(RecordingGovernanceAuditAction.LEGAL_HOLD_CREATE, "LegalHold", null,
                "hold \"" + name + "\" on the calls of " + agent.getUsername() + ": " + reason));
        if (released != null) {
            em.createNativeQuery("UPDATE legal_hold SET released_by = ?1, released_at = ?2, release_reason = ?3 WHERE name = ?4")
                    .setParameter(1, by.getUsername()).setParameter(2, released).setParameter(3, "settled").setParameter(4, name).executeUpdate();
            audit.recordFor(by.getUsername(), AuditEvent.of(RecordingGovernanceAuditAction.LEGAL_HOLD_RELEASE, "LegalHold", null,
                    "hold \"" + name + "\" released: settled"));
        }
    }
}
