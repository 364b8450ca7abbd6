package org.earshot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The compliance dashboard's statements on the demo's embedded database (its tests run them on PostgreSQL):
 * two answered calls through a queue with an announcement, one announced and barged in on, the other put through
 * unannounced with its recording paused twice; a recording purged by retention and one deleted by a person.
 */
class ComplianceQueriesOnH2Test {

    private static final String RANGE = "f.call_day BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'";
    /** As a supervisor's scope reads: the queue's site. */
    private static final String SCOPE = " AND (f.team_id IN (0) OR f.queue_id IN (SELECT id FROM call_queue WHERE site_id IN (1)))";

    @Test
    void countsNoticesPausesAndPurgesAndListsTheCallsBehindThem() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO site (id, name, time_zone, version) VALUES (1, 'HQ', 'UTC', 0)");
            sql.execute("INSERT INTO call_queue (id, name, number, site_id, version) VALUES (1, 'Billing', '7000', 1, 0)");
            sql.execute("INSERT INTO call_record (id, call_id, queue_id, state, started_at, answered_at, ended_at, packets_from_caller,"
                    + " packets_to_agent, packets_from_agent, packets_to_caller, packets_lost, version) VALUES"
                    + " (1, 'announced', 1, 'ENDED', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:10+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-30 10:05:00+00', 0, 0, 0, 0, 0, 0),"
                    + " (2, 'unannounced', 1, 'ENDED', TIMESTAMP WITH TIME ZONE '2026-11-29 11:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-29 11:00:10+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-29 11:05:00+00', 0, 0, 0, 0, 0, 0)");
            sql.execute("INSERT INTO call_fact (call_record_id, call_day, started_at, agent_user_id, team_id, queue_id, answered, handle_ms,"
                    + " with_speech, agent_talk_ms, caller_talk_ms, silence_ms, silence_longest_ms, overtalk_ms, hold_ms) VALUES"
                    + " (1, DATE '2026-11-30', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:00+00', 0, 0, 1, TRUE, 290000, FALSE, 0, 0, 0, 0, 0, 0),"
                    + " (2, DATE '2026-11-29', TIMESTAMP WITH TIME ZONE '2026-11-29 11:00:00+00', 0, 0, 1, TRUE, 290000, FALSE, 0, 0, 0, 0, 0, 0)");
            sql.execute("INSERT INTO call_notice (call_record_id, call_day, notice, heard_by, played_at, session_id) VALUES"
                    + " (1, DATE '2026-11-30', 'CALLER_ANNOUNCEMENT', 'caller', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:05+00', NULL),"
                    + " (1, DATE '2026-11-30', 'BARGE_TONE', 'caller and agent', TIMESTAMP WITH TIME ZONE '2026-11-30 10:02:00+00', 's1'),"
                    + " (2, DATE '2026-11-29', 'CALLER_ANNOUNCEMENT', 'caller', NULL, NULL)");
            sql.execute("INSERT INTO recording (id, call_id, started_at, recording_day, status, not_recorded_ms, call_bytes, supervisor_bytes,"
                    + " kek_key_id, keep_supervisor, monitored, paused, retention_days, version) VALUES (RANDOM_UUID(), 'unannounced',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-29 11:00:10+00', DATE '2026-11-29', 'COMPLETE', 0, 0, 0, 1, FALSE, FALSE, TRUE, 90, 0)");
            sql.execute("INSERT INTO recording_marker (recording_id, at, offset_ms, type) SELECT id, started_at, 1000, 'RECORDING_PAUSED' FROM recording"
                    + " UNION ALL SELECT id, started_at, 9000, 'RECORDING_PAUSED' FROM recording"
                    + " UNION ALL SELECT id, started_at, 5000, 'RECORDING_RESUMED' FROM recording");
            sql.execute("INSERT INTO audit_entry (id, occurred_at, actor, action, outcome, target_type, target_id, call_id, detail)"
                    + " VALUES (1, TIMESTAMP WITH TIME ZONE '2026-11-30 02:00:00+00', 'system', 'recording.RECORDING_DELETE', 'SUCCESS', 'Recording', 'r1',"
                    + " 'announced', 'retention of 90 days expired on 2026-11-29; data key destroyed'),"
                    + " (2, TIMESTAMP WITH TIME ZONE '2026-11-30 03:00:00+00', 'compliance', 'recording.RECORDING_DELETE', 'SUCCESS', 'Recording', 'r2',"
                    + " 'unannounced', 'deleted by compliance: asked; data key destroyed')");

            String notices = RANGE + SCOPE + " AND n.call_day BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'";
            assertThat(rows(sql, ComplianceDashboard.noticeFigures(notices) + " ORDER BY 1, 2")).containsExactly(
                    "2026-11-29 CALLER_ANNOUNCEMENT 0 1 1", "2026-11-30 BARGE_TONE 1 0 1", "2026-11-30 CALLER_ANNOUNCEMENT 1 0 1");
            assertThat(rows(sql, ComplianceDashboard.pausedFigures(RANGE + SCOPE + " AND r.paused = TRUE AND r.recording_day >= DATE '2026-11-01'")))
                    .as("one recording paused twice").containsExactly("2026-11-29 1 2");
            String deletions = "a.outcome = 'SUCCESS' AND a.action IN ('recording.RECORDING_DELETE')"
                    + " AND a.occurred_at >= TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00' AND a.occurred_at < TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00'"
                    + " AND (c.queue_id IN (SELECT id FROM call_queue WHERE site_id IN (1)))";
            assertThat(rows(sql, ComplianceDashboard.purgeFigures(deletions) + " ORDER BY 2")).containsExactly("2026-11-30 DELETION 1",
                    "2026-11-30 RETENTION 1");
            assertThat(rows(sql, "SELECT seq, kind FROM (" + ComplianceDashboard.deletionList(deletions) + ") d (seq, at, actor, kind, call_id,"
                    + " target, agent, queue_name, detail)")).containsExactly("2 DELETION", "1 RETENTION");

            String missed = RANGE + SCOPE + " AND f.answered = TRUE AND EXISTS (SELECT 1 FROM call_notice n WHERE n.call_record_id = f.call_record_id"
                    + " AND n.notice = 'CALLER_ANNOUNCEMENT' AND n.played_at IS NULL)";
            assertThat(rows(sql, "SELECT call_id, notices, missed, paused FROM (" + ComplianceDashboard.callList(missed) + ") c (call_id, started,"
                    + " agent, team, queue, answered, notices, missed, paused, recording)")).containsExactly("unannounced 0 true true");
            assertThat(rows(sql, "SELECT call_id, notices, missed, paused FROM (" + ComplianceDashboard.callList(RANGE + SCOPE) + ") c (call_id,"
                    + " started, agent, team, queue, answered, notices, missed, paused, recording)"))
                    .as("newest first").containsExactly("announced 2 false false", "unannounced 0 true true");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getObject(i)).trim());
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
