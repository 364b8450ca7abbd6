package org.earshot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earshot.schema.SchemaMigration;
import org.earshot.testing.EmbeddedDatabase;
import org.earshot.testing.Fields;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A trail written before entries were chained after commit keeps its entries, their bare action
 * names and their hashes: after the upgrade the same chain verifies, and new entries are numbered
 * after the old ones.
 */
class AuditTrailUpgradeOnH2Test {

    @Test
    void chainWrittenBeforeTheUpgradeStillVerifiesAfterIt() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target("8").load().migrate();
        ChainBuilder old = new ChainBuilder();
        for (int i = 1; i <= 3; i++) {
            old.append(AuditEvent.of(TestActions.BeforeCapabilities.ORG_UPDATE, "Team", i, "change " + i));
        }
        try (Connection c = h2.getConnection()) {
            for (long seq = 1; seq <= 3; seq++) {
                insertAsBefore(c, seq, old.entry(seq), old.link(seq));
            }
        }

        new SchemaMigration(h2).migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            Map<Long, AuditEntry> entries = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, occurred_at, actor, action, outcome, target_type, target_id, detail, details,"
                    + " source_address FROM audit_entry")) {
                while (rs.next()) {
                    entries.put(rs.getLong(1), entryOf(rs));
                }
            }
            List<AuditLink> links = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT seq, entry_id, prev_hash, entry_hash FROM audit_link ORDER BY seq")) {
                while (rs.next()) {
                    links.add(linkOf(rs));
                }
            }
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            links.forEach(link -> verifier.accept(link, entries.get(link.getEntryId())));

            assertThat(verifier.finish(old.headSeq(), old.headHash(), null)).isEqualTo(ChainVerification.intact(3));
            assertThat(entries.values()).allSatisfy(entry -> assertThat(entry.getAction()).isEqualTo("ORG_UPDATE"));
            try (ResultSet next = s.executeQuery("SELECT NEXT VALUE FOR audit_entry_id_seq")) {
                next.next();
                assertThat(next.getLong(1)).isEqualTo(4);
            }
        }
    }

    /** The entry as the trail stored it before: position as key, bare action, hashes in the same row. */
    private static void insertAsBefore(Connection c, long seq, AuditEntry entry, AuditLink link) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, action, outcome,"
                + " target_type, target_id, detail, source_address, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setTimestamp(2, Timestamp.from(entry.getOccurredAt()));
            insert.setString(3, entry.getActor());
            insert.setString(4, entry.getAction());
            insert.setString(5, entry.getOutcome().name());
            insert.setString(6, entry.getTargetType());
            insert.setString(7, entry.getTargetId());
            insert.setString(8, entry.getDetail());
            insert.setString(9, entry.getSourceAddress());
            insert.setString(10, link.getPrevHash());
            insert.setString(11, link.getEntryHash());
            insert.executeUpdate();
        }
    }

    private static AuditEntry entryOf(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry();
        Fields.set(entry, "id", rs.getLong("id"));
        Fields.set(entry, "occurredAt", rs.getTimestamp("occurred_at").toInstant());
        Fields.set(entry, "actor", rs.getString("actor"));
        Fields.set(entry, "action", rs.getString("action"));
        Fields.set(entry, "outcome", AuditOutcome.valueOf(rs.getString("outcome")));
        Fields.set(entry, "targetType", rs.getString("target_type"));
        Fields.set(entry, "targetId", rs.getString("target_id"));
        Fields.set(entry, "detail", rs.getString("detail"));
        Fields.set(entry, "details", rs.getString("details"));
        Fields.set(entry, "sourceAddress", rs.getString("source_address"));
        return entry;
    }

    private static AuditLink linkOf(ResultSet rs) throws SQLException {
        AuditLink link = new AuditLink();
        Fields.set(link, "seq", rs.getLong("seq"));
        Fields.set(link, "entryId", rs.getLong("entry_id"));
        Fields.set(link, "prevHash", rs.getString("prev_hash"));
        Fields.set(link, "entryHash", rs.getString("entry_hash"));
        return link;
    }
}
