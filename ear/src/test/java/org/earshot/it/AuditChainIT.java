package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.audit.ChainVerification;
import org.earshot.monitoring.MonitoringMode;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.access.GrantService;
import org.earshot.query.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain verifies on the real database, and a row altered behind the application's back
 * (by a PostgreSQL superuser who switches the append-only triggers off) is named by the check.
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
    void removingAnEntryIsNamedAsMissing() throws SQLException {
        ChainVerification before = As.user("compliance", () -> audit.verifyChain());
        long victim = 2;
        try (Connection c = Database.superuser(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_entry WHERE seq = " + victim);
            s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + victim);
            try {
                ChainVerification after = As.user("compliance", () -> audit.verifyChain());
                assertThat(after.intact()).isFalse();
                assertThat(after.firstBrokenSeq()).isEqualTo(victim);
                assertThat(after.problem()).contains("missing");
            } finally {
                s.executeUpdate("INSERT INTO audit_entry SELECT * FROM removed");
            }
        }
        assertThat(before.intact()).isTrue();
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

        assertThat(modesFound(new AuditQuery(null, null, null, null, null, callA, null, null, null, null)))
                .containsExactly("WHISPER", "LISTEN");
        assertThat(modesFound(new AuditQuery(null, null, null, null, agentB.toUpperCase(Locale.ROOT), null, null, null, null, null)))
                .containsExactly("BARGE", "LISTEN");
        assertThat(modesFound(new AuditQuery("sup.billing", null, null, null, agentB, null, null, null, null, null)))
                .containsExactly("BARGE");
        assertThat(modesFound(new AuditQuery(null, null, null, null, null, callB, MonitoringMode.LISTEN, null, null, null)))
                .containsExactly("LISTEN");
        List<AuditEntry> training = As.user("compliance", () -> audit.find(
                new AuditQuery("sup.billing", null, null, null, agentA, callA, MonitoringMode.LISTEN, null, null, null),
                PageRequest.firstPage(10)).items());
        assertThat(training).singleElement().satisfies(entry -> {
            assertThat(entry.getPurpose()).isEqualTo("TRAINING");
            assertThat(entry.getActor()).isEqualTo("sup.billing");
        });
        assertThat(modesFound(new AuditQuery("sup.support", null, null, null, null, callA, null, null, null, null))).isEmpty();
    }

    @Test
    void onlyAuditRolesMayVerify() {
        assertThatThrownBy(() -> As.user("sup.billing", () -> audit.verifyChain()))
                .hasMessageContaining("VERIFY_AUDIT");
    }

    private void monitoringEntry(String supervisor, String callId, String agent, MonitoringMode mode, String purpose) {
        As.user(supervisor, () -> audit.record(new AuditEvent(AccessAuditAction.ACCESS_DENIED, AuditOutcome.DENIED, "Call", callId,
                callId, agent, "Billing", mode.name(), purpose, "filter test")));
    }

    /** The modes of the entries the query finds, newest first. */
    private List<String> modesFound(AuditQuery query) {
        return As.user("compliance", () -> audit.find(query, PageRequest.firstPage(10)).items()).stream()
                .map(AuditEntry::getMode).toList();
    }

    /** Sets a column of one audit row as superuser with triggers off; returns the old value. */
    private static String tamper(long seq, String column, String value) throws SQLException {
        try (Connection c = Database.superuser(); Statement s = c.createStatement()) {
            String old;
            try (ResultSet rs = s.executeQuery("SELECT " + column + " FROM audit_entry WHERE seq = " + seq)) {
                assertThat(rs.next()).isTrue();
                old = rs.getString(1);
            }
            s.execute("SET session_replication_role = replica");
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET " + column + " = ? WHERE seq = ?")) {
                update.setString(1, value);
                update.setLong(2, seq);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return old;
        }
    }
}
