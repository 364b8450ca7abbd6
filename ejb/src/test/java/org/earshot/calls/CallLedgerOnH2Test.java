package org.earshot.calls;

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
 * The call ledger's recount on the demo's embedded database (the tests of the operations dashboard run it on
 * PostgreSQL): two ended calls of a day, one answered for 5 min 30 s with speech signals, one not answered,
 * counted; then the answered call's speech deleted (as retention deletes it with its recording) and recounted;
 * a recount of an unchanged call changes nothing.
 */
class CallLedgerOnH2Test {

    private static final String DAY_SUMS = "SELECT calls, answered, handle_ms, band_3, with_speech, agent_talk_ms, talk_percent_sum,"
            + " talk_percent_calls, silence_ms FROM %s WHERE call_day = DATE '2026-11-30'";

    @Test
    void recountsCallsAndTheirSpeechIntoBothAggregates() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO call_record (call_id, state, started_at, answered_at, ended_at, packets_from_caller, packets_to_agent,"
                    + " packets_from_agent, packets_to_caller, packets_lost, version) VALUES"
                    + " ('answered', 'ENDED', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:10+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-30 10:05:40+00', 0, 0, 0, 0, 0, 0),"
                    + " ('abandoned', 'ENDED', TIMESTAMP WITH TIME ZONE '2026-11-30 11:00:00+00', NULL,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-30 11:00:30+00', 0, 0, 0, 0, 0, 0)");
            sql.execute("INSERT INTO recording (id, call_id, started_at, recording_day, status, not_recorded_ms, call_bytes, supervisor_bytes,"
                    + " kek_key_id, keep_supervisor, monitored, paused, retention_days, version) VALUES (RANDOM_UUID(), 'answered',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-30 10:00:10+00', DATE '2026-11-30', 'COMPLETE', 0, 0, 0, 1, FALSE, FALSE, FALSE, 90, 0)");
            sql.execute("INSERT INTO recording_speech (recording_id, caller_talk_ms, agent_talk_ms, agent_talk_percent, silence_total_ms,"
                    + " silence_longest_ms, overtalk_count, overtalk_ms, caller_monologue_longest_ms, agent_monologue_longest_ms, hold_ms, source)"
                    + " SELECT id, 100000, 150000, 60, 80000, 9000, 2, 3000, 40000, 50000, 0, 'RECORDER' FROM recording");
            String ids = "(SELECT id FROM call_record)";

            recount(sql, ids);
            List<Long> counted = List.of(2L, 1L, 330_000L, 1L, 1L, 150_000L, 60L, 1L, 80_000L);
            assertThat(sums(sql, "call_day")).as("a call of 5 min 30 s is in band 3 (5-10 min)").isEqualTo(counted);
            assertThat(sums(sql, "call_team_day")).isEqualTo(counted);

            recount(sql, ids);
            assertThat(sums(sql, "call_day")).as("recounting what did not change").isEqualTo(counted);

            sql.execute("DELETE FROM recording_speech");
            recount(sql, "(SELECT id FROM call_record WHERE call_id = 'answered')");
            List<Long> withoutSpeech = List.of(2L, 1L, 330_000L, 1L, 0L, 0L, 0L, 0L, 0L);
            assertThat(sums(sql, "call_day")).as("the call stays counted, its speech leaves").isEqualTo(withoutSpeech);
            assertThat(sums(sql, "call_team_day")).isEqualTo(withoutSpeech);
        }
    }

    /** The ledger's statements in its order, the calls given by a sub-query where the server binds their ids. */
    private static void recount(Statement sql, String ids) throws SQLException {
        for (String statement : CallLedger.RECOUNT) {
            sql.executeUpdate(statement.replace("(:ids)", ids));
        }
    }

    private static List<Long> sums(Statement sql, String table) throws SQLException {
        try (ResultSet row = sql.executeQuery(DAY_SUMS.formatted(table))) {
            assertThat(row.next()).isTrue();
            List<Long> values = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                values.add(row.getLong(column));
            }
            assertThat(row.next()).as("one row of the day").isFalse();
            return values;
        }
    }
}
