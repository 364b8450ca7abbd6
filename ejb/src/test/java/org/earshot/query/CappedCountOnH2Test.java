package org.earshot.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.earshot.testing.EmbeddedDatabase;
import org.earshot.testing.EmbeddedJpa;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The capped count of the lists that may hold all history, as Hibernate writes it for the demo's embedded database
 * under strict JPA, as the server runs it (the integration tests run it on PostgreSQL): seven calls, one of them
 * recorded, a cap of three.
 */
class CappedCountOnH2Test {

    private static final Instant SINCE = Instant.parse("2026-11-30T00:00:00Z");

    @AfterEach
    void defaultCap() {
        System.clearProperty(Paging.COUNT_CAP_PROPERTY);
    }

    @Test
    void countsAtMostTheCapPastThePagesStartAndSaysWhenTheListHoldsMore() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        try (EmbeddedJpa jpa = EmbeddedJpa.on(h2)) {
            sevenCallsOneRecorded(h2);
            System.setProperty(Paging.COUNT_CAP_PROPERTY, "3");
            jpa.inTransaction(em -> {
                assertThat(calls(em, new PageRequest(0, 2))).as("the first page: three counted, more there")
                        .isEqualTo(new Page<>(List.of("c7", "c6"), 3, true));
                assertThat(calls(em, new PageRequest(3, 2))).as("a page past the cap counts three past its start")
                        .isEqualTo(new Page<>(List.of("c4", "c3"), 6, true));
                assertThat(calls(em, new PageRequest(4, 2))).as("within the cap of the end, the count is exact")
                        .isEqualTo(new Page<>(List.of("c3", "c2"), 7, false));
                assertThat(calls(em, new PageRequest(6, 2))).isEqualTo(new Page<>(List.of("c1"), 7, false));
                assertThat(calls(em, PageRequest.totalOnly(0))).as("the total alone reads no row")
                        .isEqualTo(new Page<>(List.of(), 3, true));
                assertThat(calls(em, new PageRequest(0, 2).uncounted()).total()).isEqualTo(Page.UNCOUNTED);

                String recorded = " FROM Recording r JOIN CallRecord c ON c.callId = r.callId WHERE r.deletedAt IS NULL AND c.startedAt >= :from";
                assertThat(Paging.page(em.createQuery("SELECT r.id" + recorded, Object.class).setParameter("from", SINCE),
                        count -> em.createQuery(count, Object.class).setParameter("from", SINCE), recorded, true, new PageRequest(0, 25)).total())
                        .as("a count over a join").isEqualTo(1);
                System.clearProperty(Paging.COUNT_CAP_PROPERTY);
                assertThat(calls(em, new PageRequest(0, 2), false)).as("within a time window, the exact count")
                        .isEqualTo(new Page<>(List.of("c7", "c6"), 7, false));
            });
        }
    }

    private static Page<String> calls(EntityManager em, PageRequest request) {
        return calls(em, request, true);
    }

    private static Page<String> calls(EntityManager em, PageRequest request, boolean allHistory) {
        Conditions where = new Conditions().addIf(SINCE, "c.startedAt >= :from", "from").addIf(null, "c.queue.id = :queue", "queue");
        String from = " FROM CallRecord c" + where.where();
        return Paging.page(where.bind(em.createQuery("SELECT c.callId" + from + " ORDER BY c.startedAt DESC, c.id DESC", String.class)),
                count -> where.bind(em.createQuery(count, Object.class)), from, allHistory, request);
    }

    private static void sevenCallsOneRecorded(JdbcDataSource h2) throws SQLException {
        try (Connection db = h2.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO site (id, name, time_zone, version) VALUES (1, 'HQ', 'UTC', 0)");
            sql.execute("INSERT INTO call_queue (id, name, number, site_id, version) VALUES (1, 'Billing', '7000', 1, 0)");
            for (int i = 1; i <= 7; i++) {
                sql.execute("INSERT INTO call_record (id, call_id, queue_id, state, started_at, ended_at, packets_from_caller, packets_to_agent,"
                        + " packets_from_agent, packets_to_caller, packets_lost, version) VALUES (" + i + ", 'c" + i + "', 1, 'ENDED',"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-30 10:0" + i + ":00+00', TIMESTAMP WITH TIME ZONE '2026-11-30 10:0" + i + ":30+00',"
                        + " 0, 0, 0, 0, 0, 0)");
            }
            sql.execute("INSERT INTO recording (id, call_id, started_at, recording_day, status, not_recorded_ms, call_bytes, supervisor_bytes,"
                    + " kek_key_id, keep_supervisor, monitored, paused, retention_days, version) VALUES (RANDOM_UUID(), 'c3',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-30 10:03:00+00', DATE '2026-11-30', 'COMPLETE', 0, 0, 0, 1, FALSE, FALSE, FALSE, 90, 0)");
        }
    }
}
