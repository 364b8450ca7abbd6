package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The call's agent and queue that each recording keeps, on the demo's embedded database (RecordingIT follows
 * them on PostgreSQL): V32 gives an installation's recordings their calls', and a recording being made reads its
 * call's, without waiting for the request to record on demand that holds the call record locked.
 */
class RecordingCallScopeOnH2Test {

    private static final long BILLING = 1;
    private static final long AGENT1 = 10;
    private static final long AGENT2 = 11;

    @Test
    void theMigrationGivesEachRecordingItsCallsAgentAndQueue() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        // The schema as it was before V32, as SchemaMigration configures Flyway for H2.
        Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(h2)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target("31").load().migrate();
        try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
            organization(sql);
            callRecord(sql, "queued", BILLING, AGENT1);
            callRecord(sql, "direct", null, AGENT2);
            callRecord(sql, "unanswered", BILLING, null);
            UUID queued = recording(db, "queued");
            UUID direct = recording(db, "direct");
            UUID unanswered = recording(db, "unanswered");
            UUID unknown = recording(db, "unknown");

            new SchemaMigration(h2).migrate();

            assertThat(callOf(db, queued)).as("through Billing to agent1").containsExactly(AGENT1, BILLING);
            assertThat(callOf(db, direct)).as("direct to agent2").containsExactly(AGENT2, null);
            assertThat(callOf(db, unanswered)).as("queued, nobody answered").containsExactly(null, BILLING);
            assertThat(callOf(db, unknown)).as("no call record: seen by nobody but a scope over everything").containsExactly(null, null);
            assertThat(indexesOfRecording(sql)).as("the list's index instead of the start's alone").contains("recording_listed")
                    .doesNotContain("recording_started_kept");
        }
    }

    @Test
    void aRecordingBeingMadeReadsItsCallsAgentAndQueueWithoutWaitingForTheRequestThatHoldsTheCallRecord() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection setup = h2.getConnection(); Statement sql = setup.createStatement()) {
            organization(sql);
            callRecord(sql, "queued", BILLING, AGENT1);
        }
        try (Connection request = h2.getConnection(); Connection recording = h2.getConnection();
             Statement locks = request.createStatement(); Statement waits = recording.createStatement()) {
            request.setAutoCommit(false);
            recording.setAutoCommit(false);
            waits.execute("SET LOCK_TIMEOUT 200");
            // A request to record on demand holds its call record locked (RecordingControl) while the recording's row is made.
            locks.executeQuery("SELECT id FROM call_record WHERE call_id = 'queued' FOR UPDATE").close();

            assertThat(agentAndQueue(recording, "queued")).containsExactly(List.of(AGENT1, BILLING));
            assertThat(agentAndQueue(recording, "unknown")).as("no call record yet: it gives them when it is made").isEmpty();
            recording.commit();
            request.commit();
        }
    }

    private static void organization(Statement sql) throws SQLException {
        sql.execute("INSERT INTO site (id, name, time_zone, version) VALUES (1, 'HQ', 'UTC', 0)");
        sql.execute("INSERT INTO call_queue (id, name, number, site_id, version) VALUES (" + BILLING + ", 'Billing', '6001', 1, 0)");
        for (long agent : new long[] {AGENT1, AGENT2}) {
            sql.execute("INSERT INTO app_user (id, username, display_name, password_hash, password_salt, password_iterations, active,"
                    + " created_at, version) VALUES (" + agent + ", 'agent" + agent + "', 'Agent', 'h', 's', 1, TRUE, CURRENT_TIMESTAMP, 0)");
        }
    }

    private static void callRecord(Statement sql, String callId, Long queue, Long agent) throws SQLException {
        sql.execute("INSERT INTO call_record (call_id, queue_id, agent_user_id, state, started_at, packets_from_caller, packets_to_agent,"
                + " packets_from_agent, packets_to_caller, packets_lost, version) VALUES ('" + callId + "', " + queue + ", " + agent
                + ", 'ENDED', CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, 0)");
    }

    private static UUID recording(Connection db, String callId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO recording (id, call_id, started_at, recording_day, status,"
                + " not_recorded_ms, call_bytes, supervisor_bytes, kek_key_id, keep_supervisor, monitored, paused, retention_days, version)"
                + " VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_DATE, 'COMPLETE', 0, 0, 0, 1, FALSE, FALSE, FALSE, 90, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, callId);
            insert.executeUpdate();
        }
        return id;
    }

    private static List<Long> callOf(Connection db, UUID recording) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT call_agent_user_id, call_queue_id FROM recording WHERE id = ?")) {
            query.setObject(1, recording);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return ids(row);
            }
        }
    }

    /** What {@link RecordingStarter#CALL_AGENT_AND_QUEUE} finds: a row of the call's agent and queue, or none. */
    private static List<List<Long>> agentAndQueue(Connection db, String callId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(RecordingStarter.CALL_AGENT_AND_QUEUE)) {
            query.setString(1, callId);
            List<List<Long>> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(ids(rows));
                }
            }
            return found;
        }
    }

    private static List<Long> ids(ResultSet row) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int column = 1; column <= 2; column++) {
            long id = row.getLong(column);
            ids.add(row.wasNull() ? null : id);
        }
        return ids;
    }

    private static List<String> indexesOfRecording(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT index_name FROM information_schema.indexes WHERE table_name = 'recording'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
