package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.query.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed SIP authentications reach the audit trail summed up: a phone (real sipp) guessing a demo
 * agent's SIP password three times becomes one entry by {@code sip} for its source address, once the
 * reporting interval (shortened for the tests) ends.
 */
@ExtendWith(ArquillianExtension.class)
class SipSecurityAuditIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @EJB
    private AuditService audit;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void repeatedWrongPasswordsOfOneSourceBecomeOneAuditEntry() throws Exception {
        Instant before = Instant.now();
        for (String guess : List.of("guess-1", "guess-2", "guess-3")) {
            assertThat(Phones.registrationRefused("1001", guess)).as("refused with 403").isTrue();
        }

        List<AuditEntry> reports = Eventually.answer(() -> reportsSince(before),
                entries -> entries.stream().mapToInt(SipSecurityAuditIT::failedAuthentications).sum() >= 3, PATIENCE);

        assertThat(reports).allSatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo("sip");
            assertThat(entry.getTargetId()).isEqualTo("127.0.0.1");
            assertThat(entry.getOutcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.getDetail()).contains("for 1 username (1001)").doesNotContain("guess");
        });
        // three attempts within a few seconds: one interval, or two when they straddle its end
        assertThat(reports).hasSizeBetween(1, 2);
    }

    private List<AuditEntry> reportsSince(Instant since) {
        return As.user("admin", () -> audit.find(new AuditQuery("sip", AccessAuditAction.SIP_SECURITY_REPORT.qualifiedName(), null,
                null, null, since, null), PageRequest.firstPage(50))).items();
    }

    private static int failedAuthentications(AuditEntry entry) {
        return Integer.parseInt(entry.getDetails().get("failed_authentications"));
    }
}
