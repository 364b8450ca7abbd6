package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation's progress on the recordings' rows, on the demo's embedded database
 * (RecordingGovernanceIT runs the reconciliation on PostgreSQL): V30 carries an installation's
 * recordings over, the ledger's statements mark what a run did, however late a recording or its
 * call record arrives, and a run examines the finished recordings not examined yet, those that ended first.
 */
class ReconciliationProgressOnH2Test {

    private static final Instant NOW = Instant.now();
    private static final Instant SETTLED = NOW.minus(Duration.ofMinutes(1));
    private static final Instant TEN_MINUTES_AGO = NOW.minus(Duration.ofMinutes(10));

    @Test
    void theMigrationLeavesToDoOnlyWhatNoRunDid() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        // The schema as it was before V30, as SchemaMigration configures Flyway for H2.
        Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(h2)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target("27").load().migrate();
        try (Connection db = h2.getConnection()) {
            callRecord(db, "known");
            UUID known = recording(db, "known", TEN_MINUTES_AGO, null);
            UUID unknown = recording(db, "unknown", TEN_MINUTES_AGO, null);
            UUID reported = recording(db, "reported", TEN_MINUTES_AGO, null);
            update(db, "INSERT INTO recording_finding (kind, subject, recording_id, detail, found_at)"
                    + " VALUES ('UNKNOWN_CALL', ?, ?, 'no call record', CURRENT_TIMESTAMP)", reported.toString(), reported);
            update(db, "INSERT INTO recording_checked (recording_id, checked_at) VALUES (?, CURRENT_TIMESTAMP)", reported);

            new SchemaMigration(h2).migrate();

            assertThat(progress(db, known)).as("its call record known, not examined").isEqualTo("call checked, not examined");
            assertThat(progress(db, unknown)).as("of no known call, not reported yet").isEqualTo("call not checked, not examined");
            assertThat(progress(db, reported)).as("reported, and examined").isEqualTo("call checked, examined");
            assertThat(progress(db, recording(db, "new", NOW, null))).as("a recording made after the migration")
                    .isEqualTo("call not checked, not examined");
        }
    }

    @Test
    void aRunChecksTheSettledRecordingsWhoseCallRecordIsThereHoweverLateEitherArrives() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection()) {
            callRecord(db, "known");
            callRecord(db, "fresh");
            callRecord(db, "deleted");
            UUID lateRecording = recording(db, "known", TEN_MINUTES_AGO.minus(Duration.ofDays(1)), null);
            UUID lateCallRecord = recording(db, "late", TEN_MINUTES_AGO, null);
            UUID fresh = recording(db, "fresh", NOW, null);
            UUID deleted = recording(db, "deleted", TEN_MINUTES_AGO, NOW);

            update(db, FindingLedger.CALLS_KNOWN, SETTLED);
            assertThat(progress(db, lateRecording)).as("a recording of the day before, arrived now").isEqualTo("call checked, not examined");
            assertThat(progress(db, lateCallRecord)).as("no call record yet").isEqualTo("call not checked, not examined");
            assertThat(progress(db, fresh)).as("not settled yet").isEqualTo("call not checked, not examined");
            assertThat(progress(db, deleted)).as("deleted: never reconciled").isEqualTo("call not checked, not examined");

            callRecord(db, "late");
            update(db, FindingLedger.CALLS_KNOWN, SETTLED);
            assertThat(progress(db, lateCallRecord)).as("its call record arrived before the run").isEqualTo("call checked, not examined");

            UUID unknown = recording(db, "unknown", TEN_MINUTES_AGO, null);
            update(db, FindingLedger.CALL_CHECKED, unknown);
            update(db, FindingLedger.EXAMINED, unknown);
            assertThat(progress(db, unknown)).as("reported and examined by the run").isEqualTo("call checked, examined");
            assertThat(progress(db, fresh)).as("only the one recording").isEqualTo("call not checked, not examined");
        }
    }

    @Test
    void theNextToExamineAreTheFinishedOnesNotExaminedThatEndedFirst() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection()) {
            UUID later = recording(db, "later", TEN_MINUTES_AGO, null);
            UUID lateArrival = recording(db, "late-arrival", TEN_MINUTES_AGO.minus(Duration.ofDays(1)), null);
            update(db, FindingLedger.EXAMINED, recording(db, "examined", TEN_MINUTES_AGO.minus(Duration.ofDays(2)), null));
            recording(db, "deleted", TEN_MINUTES_AGO.minus(Duration.ofDays(2)), NOW);
            recording(db, "not-settled", NOW, null);
            update(db, "UPDATE recording SET status = 'RECORDING', ended_at = NULL WHERE id = ?",
                    recording(db, "recording", TEN_MINUTES_AGO.minus(Duration.ofDays(2)), null));

            try (PreparedStatement query = db.prepareStatement(CompletenessCheck.NEXT_TO_EXAMINE)) {
                query.setObject(1, at(SETTLED));
                List<UUID> next = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        next.add(rows.getObject(1, UUID.class));
                    }
                }
                assertThat(next).containsExactly(lateArrival, later);
            }
        }
    }

    private static void callRecord(Connection db, String callId) throws SQLException {
        update(db, "INSERT INTO call_record (call_id, state, started_at, answered_at, ended_at, packets_from_caller, packets_to_agent,"
                + " packets_from_agent, packets_to_caller, packets_lost, version) VALUES (?, 'ENDED', ?, ?, ?, 0, 0, 0, 0, 0, 0)",
                callId, at(TEN_MINUTES_AGO), at(TEN_MINUTES_AGO), at(NOW));
    }

    private static UUID recording(Connection db, String callId, Instant started, Instant deleted) throws SQLException {
        UUID id = UUID.randomUUID();
        update(db, "INSERT INTO recording (id, call_id, started_at, recording_day, ended_at, status, not_recorded_ms, call_bytes,"
                + " supervisor_bytes, kek_key_id, keep_supervisor, monitored, paused, retention_days, deleted_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 'COMPLETE', 0, 0, 0, 1, FALSE, FALSE, FALSE, 90, ?, 0)",
                id, callId, at(started), at(started).toLocalDate(), at(started.plusSeconds(30)), deleted == null ? null : at(deleted));
        return id;
    }

    private static String progress(Connection db, UUID recording) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT call_checked, examined FROM recording WHERE id = ?")) {
            query.setObject(1, recording);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return (row.getBoolean(1) ? "call checked" : "call not checked") + ", " + (row.getBoolean(2) ? "examined" : "not examined");
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i] instanceof Instant instant ? at(instant) : parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
