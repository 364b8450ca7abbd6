package org.earshot.access;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import java.time.Duration;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.api.SecurityReportListener;

/**
 * Writes the SIP server's security reports to the audit trail (from the SIP resource adapter, bound
 * to it in META-INF/jboss-ejb3.xml): one entry per misbehaving source address per interval, acted by
 * {@code sip}, its target the source, saying what it did ("12 failed digest authentications for 3
 * usernames (1001, 1002, admin); rate limit tripped 240 times") and over how long. The core has
 * already summed the packets up, so a flood costs the trail one entry per source per interval.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = SecurityReportListener.class)
public class SipSecurityReceiver implements SecurityReportListener {

    static final String ACTOR = "sip";
    static final String SOURCE = "sip-source";

    @EJB
    private AuditService audit;

    @Override
    public void onSecurityReport(SecurityReport report) {
        Duration interval = Duration.between(report.from(), report.until());
        audit.recordFor(ACTOR, AuditEvent.of(AccessAuditAction.SIP_SECURITY_REPORT, SOURCE, report.source(),
                        report.describe() + " in " + interval.toSeconds() + " s from " + report.from())
                .withOutcome(AuditOutcome.DENIED)
                .with("failed_authentications", report.failedAuthentications())
                .with("rate_limited", report.rateLimited())
                .with("malformed", report.malformed())
                .with("from", report.from())
                .with("until", report.until()));
    }
}
