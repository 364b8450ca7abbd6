package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import jakarta.transaction.UserTransaction;
import org.earshot.access.AccessAuditAction;
import org.earshot.access.AccessDeniedException;
import org.earshot.audit.AuditDetails;
import org.earshot.access.GrantService;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.audit.ChainVerification;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain verifies on the real database; a row altered, removed or inserted behind the
 * application's back (by a PostgreSQL superuser who switches the append-only triggers off) is named
 * by the check. Concurrent audited writes all end up in the chain, once, and a denial outlives the
 * business transaction it ended.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @EJB
    private AuditService audit;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void chainVerifiesAndNamesExactlyTheEntryAlteredBySuperuser() throws SQLException {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        fixture.team("Audited", fixture.site("Audit site"));
        ChainVerification before = As.user("compliance", () -> audit.verifyChain());
        assertThat(before.intact()).as(String.valueOf(before)).isTrue();
        assertThat(before.entriesChecked()).isGreaterThan(2);

        long victim = before.entriesChecked() / 2 + 1;
        String original = tamper(victim, "actor", "someone-else");
        try {
            ChainVerification after = As.user("compliance", () -> audit.verifyChain());
            assertThat(after.intact()).isFalse();
            assertThat(after.firstBrokenSeq()).isEqualTo(victim);
            assertThat(after.problem()).contains("altered");
        } finally {
            tamper(victim, "actor", original);
        }
        assertThat(As.user("compliance", () -> audit.verifyChain()).intact()).isTrue();
    }

    @Test
    void removingAnEntryIsNamedAsMissingWhetherItsLinkGoesToo() throws SQLException {
        ChainVerification before = As.user("compliance", () -> audit.verifyChain());
        long victim = 2;
        try (Connection c = Database.superuser(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("CREATE TEMP TABLE removed_entry AS SELECT * FROM audit_entry WHERE id = " + entryIdAt(s, victim));
            s.execute("CREATE TEMP TABLE removed_link AS SELECT * FROM audit_link WHERE seq = " + victim);
            s.executeUpdate("DELETE FROM audit_entry WHERE id = " + entryIdAt(s, victim));
            try {
                ChainVerification contentGone = As.user("compliance", () -> audit.verifyChain());
                assertThat(contentGone.firstBrokenSeq()).isEqualTo(victim);
                assertThat(contentGone.problem()).contains("entry 2 is missing", "was deleted");

                s.executeUpdate("DELETE FROM audit_link WHERE seq = " + victim);
                ChainVerification linkGone = As.user("compliance", () -> audit.verifyChain());
                assertThat(linkGone.firstBrokenSeq()).isEqualTo(victim);
                assertThat(linkGone.problem()).isEqualTo("entry 2 is missing (next present is 3)");
            } finally {
                s.executeUpdate("INSERT INTO audit_entry SELECT * FROM removed_entry");
                s.executeUpdate("INSERT INTO audit_link SELECT * FROM removed_link WHERE NOT EXISTS (SELECT 1 FROM audit_link WHERE seq = " + victim + ")");
            }
        }
        assertThat(before.intact()).isTrue();
        assertThat(As.user("compliance", () -> audit.verifyChain()).intact()).isTrue();
    }

    @Test
    void entryInsertedBehindTheApplicationsBackIsNamed() throws SQLException {
        long forged;
        try (Connection c = Database.superuser(); Statement s = c.createStatement()) {
            try (ResultSet id = s.executeQuery("SELECT nextval('audit_entry_id_seq')")) {
                id.next();
                forged = id.getLong(1);
            }
            s.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, action, outcome, detail) VALUES (" + forged
                    + ", now() - interval '2 minutes', 'admin', 'organization.ORG_DELETE', 'SUCCESS', 'never happened')");
            try {
                ChainVerification result = As.user("compliance", () -> audit.verifyChain());
                assertThat(result.intact()).isFalse();
                assertThat(result.problem()).startsWith("the entry with id " + forged + " ").contains("in no link");
            } finally {
                s.execute("SET session_replication_role = replica");
                s.executeUpdate("DELETE FROM audit_entry WHERE id = " + forged);
            }
        }
        assertThat(As.user("compliance", () -> audit.verifyChain()).intact()).isTrue();
    }

    /** Audited writes no longer wait on one another; each still gets its own place in one intact chain. */
    @Test
    void concurrentAuditedWritesAreAllChainedOnce() throws Exception {
        String marker = "concurrent-" + UUID.randomUUID();
        int threads = 6;
        int writesEach = 20;
        // Managed threads carry the deployment's security domain, so each client can log in as admin.
        ExecutorService clients = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(clients.submit(() -> As.user("admin", () -> {
                for (int i = 0; i < writesEach; i++) {
                    organization.createSite(marker + " " + thread + "-" + i, "Europe/Berlin");
                }
            })));
        }
        for (Future<?> each : done) {
            each.get(2, TimeUnit.MINUTES);
        }

        List<AuditEntry> written = Eventually.answer(() -> As.user("compliance", () -> audit.find(
                        new AuditQuery(null, OrganizationAuditAction.ORG_CREATE.qualifiedName(), null, "Site", marker, null, null),
                        PageRequest.firstPage(500)).items()),
                entries -> entries.size() == threads * writesEach && entries.stream().allMatch(e -> e.getSeq() != null),
                Duration.ofSeconds(30));
        assertThat(written).extracting(AuditEntry::getSeq).doesNotHaveDuplicates();
        assertThat(written).extracting(AuditEntry::getDetail).doesNotHaveDuplicates();
        ChainVerification result = As.user("compliance", () -> audit.verifyChain());
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(written.stream().mapToLong(AuditEntry::getSeq).max().orElseThrow());
    }

    /** A denial is written in its own transaction: rolling the business transaction back keeps it. */
    @Test
    void denialStaysWhenTheBusinessTransactionRollsBack() throws Exception {
        String marker = "rolled-back-" + UUID.randomUUID();
        Instant since = Instant.now().minusSeconds(1);
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        Long siteId = As.user("admin", () -> organization.createSite(marker + " site", "Europe/Berlin").getId());

        As.user("sup.billing", () -> {
            transaction.begin();
            try {
                audit.record(AuditEvent.of(AccessAuditAction.GRANT_CREATE, "Grant", null, marker + " business change"));
                assertThatThrownBy(() -> organization.createTeam(marker + " team", siteId)).isInstanceOf(AccessDeniedException.class);
            } finally {
                transaction.rollback();
            }
            return null;
        });

        List<AuditEntry> denials = Eventually.answer(() -> As.user("compliance", () -> audit.find(new AuditQuery("sup.billing",
                        AccessAuditAction.ACCESS_DENIED.qualifiedName(), AuditOutcome.DENIED, null, "MANAGE_ORGANIZATION", since, null),
                        PageRequest.firstPage(10)).items()),
                entries -> !entries.isEmpty() && entries.get(0).getSeq() != null, Duration.ofSeconds(10));
        assertThat(denials.get(0).getActor()).isEqualTo("sup.billing");
        assertThat(As.user("compliance", () -> audit.find(new AuditQuery(null, null, null, null, marker + " business", null, null),
                PageRequest.firstPage(10)).total())).as("the business change's own entry went with its transaction").isZero();
        assertThat(As.user("compliance", () -> audit.verifyChain()).intact()).isTrue();
    }

    @Test
    void trailNarrowsToOneSupervisorAgentCallAndMode() {
        String callA = "filter-a-" + UUID.randomUUID();
        String callB = "filter-b-" + UUID.randomUUID();
        String agentA = "agent-" + UUID.randomUUID();
        String agentB = "agent-" + UUID.randomUUID();
        monitoringEntry("sup.billing", callA, agentA, MonitoringMode.LISTEN, "TRAINING");
        monitoringEntry("sup.billing", callA, agentA, MonitoringMode.WHISPER, null);
        monitoringEntry("sup.support", callB, agentB, MonitoringMode.LISTEN, "COMPLIANCE");
        monitoringEntry("sup.billing", callB, agentB, MonitoringMode.BARGE, "ESCALATION");

        assertThat(modesFound(new AuditQuery(null, null, null, null, null, null, callA, null, null, null, null)))
                .containsExactly("WHISPER", "LISTEN");
        assertThat(modesFound(new AuditQuery(null, null, null, null, null, agentB.toUpperCase(Locale.ROOT), null, null, null, null, null)))
                .containsExactly("BARGE", "LISTEN");
        assertThat(modesFound(new AuditQuery("sup.billing", null, null, null, null, agentB, null, null, null, null, null)))
                .containsExactly("BARGE");
        assertThat(modesFound(new AuditQuery(null, null, null, null, null, null, callB, "LISTEN", null, null, null)))
                .containsExactly("LISTEN");
        List<AuditEntry> training = As.user("compliance", () -> audit.find(
                new AuditQuery("sup.billing", null, null, null, null, agentA, callA, "LISTEN", null, null, null),
                PageRequest.firstPage(10)).items());
        assertThat(training).singleElement().satisfies(entry -> {
            assertThat(entry.getPurpose()).isEqualTo("TRAINING");
            assertThat(entry.getActor()).isEqualTo("sup.billing");
        });
        assertThat(modesFound(new AuditQuery("sup.support", null, null, null, null, null, callA, null, null, null, null))).isEmpty();
    }

    @Test
    void onlyAuditRolesMayVerify() {
        assertThatThrownBy(() -> As.user("sup.billing", () -> audit.verifyChain()))
                .hasMessageContaining("VERIFY_AUDIT");
    }

    private void monitoringEntry(String supervisor, String callId, String agent, MonitoringMode mode, String purpose) {
        As.user(supervisor, () -> audit.record(AuditEvent.of(AccessAuditAction.ACCESS_DENIED, "Call", callId, "filter test")
                .withOutcome(AuditOutcome.DENIED).with(AuditDetails.CALL, callId).with(AuditDetails.AGENT, agent)
                .with(AuditDetails.QUEUE, "Billing").with(AuditDetails.MODE, mode).with(AuditDetails.PURPOSE, purpose)));
    }

    /** The modes of the entries the query finds, newest first. */
    private List<String> modesFound(AuditQuery query) {
        return As.user("compliance", () -> audit.find(query, PageRequest.firstPage(10)).items()).stream()
                .map(AuditEntry::getMode).toList();
    }

    /** Sets a column of the entry at a place in the chain as superuser with triggers off; returns the old value. */
    private static String tamper(long seq, String column, String value) throws SQLException {
        try (Connection c = Database.superuser(); Statement s = c.createStatement()) {
            long id = entryIdAt(s, seq);
            String old;
            try (ResultSet rs = s.executeQuery("SELECT " + column + " FROM audit_entry WHERE id = " + id)) {
                assertThat(rs.next()).isTrue();
                old = rs.getString(1);
            }
            s.execute("SET session_replication_role = replica");
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET " + column + " = ? WHERE id = ?")) {
                update.setString(1, value);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return old;
        }
    }

    private static long entryIdAt(Statement s, long seq) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT entry_id FROM audit_link WHERE seq = " + seq)) {
            assertThat(rs.next()).as("a link at " + seq).isTrue();
            return rs.getLong(1);
        }
    }
}
