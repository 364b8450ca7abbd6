package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.audit.AuditService;
import org.earshot.monitoring.MonitoringAudit;
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRequest;
import org.earshot.monitoring.MonitoringSession;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A week of live monitoring for the monitoring dashboard: sessions of both supervisors, the QA evaluator
 * and the trainer on finished calls of both queues, one a day over the last six days, in every mode (a
 * listen that turned into a whisper, a barge, a takeover) and for several purposes; and the Support
 * supervisor refused on a Billing call, out of their scope. Each start, switch, end and refusal is in
 * the audit trail as the console would have written it.
 */
final class DemoMonitoring {

    private final EntityManager em;
    private final AuditService audit;
    private final DemoCalls billingCalls;
    private final DemoCalls supportCalls;
    private final CallQueue billing;
    private final CallQueue support;

    DemoMonitoring(EntityManager em, AuditService audit, CallQueue billing, CallQueue support) {
        this.em = em;
        this.audit = audit;
        this.billing = billing;
        this.support = support;
        this.billingCalls = new DemoCalls(em, billing);
        this.supportCalls = new DemoCalls(em, support);
    }

    /** The Billing agents are at 1001 to 1003, the Support agents at 1004 to 1006, in the order given. */
    void seed(User supBilling, User supSupport, User qa, User trainer, List<User> billingAgents, List<User> supportAgents, Instant now) {
        Instant day = now.minus(Duration.ofDays(6));
        monitored(billing, supBilling, "2001", billingAgents.get(0), "1001", day, 4, MonitoringPurpose.QUALITY_ASSURANCE, MonitoringMode.LISTEN);
        monitored(billing, supBilling, "2001", billingAgents.get(1), "1002", day.plus(Duration.ofDays(1)), 7, MonitoringPurpose.TRAINING,
                MonitoringMode.LISTEN, MonitoringMode.WHISPER);
        monitored(support, trainer, "2004", supportAgents.get(0), "1004", day.plus(Duration.ofDays(2)), 12, MonitoringPurpose.TRAINING,
                MonitoringMode.LISTEN);
        monitored(support, supSupport, "2002", supportAgents.get(1), "1005", day.plus(Duration.ofDays(3)), 3, MonitoringPurpose.ESCALATION,
                MonitoringMode.LISTEN, MonitoringMode.BARGE);
        monitored(billing, qa, "2003", billingAgents.get(2), "1003", day.plus(Duration.ofDays(4)), 1, MonitoringPurpose.QUALITY_ASSURANCE,
                MonitoringMode.LISTEN);
        MonitoringSession takeover = monitored(billing, supBilling, "2001", billingAgents.get(0), "1001", day.plus(Duration.ofDays(5)), 20,
                MonitoringPurpose.ESCALATION, MonitoringMode.BARGE, MonitoringMode.TAKEOVER);
        audit.recordFor(supSupport.getUsername(), MonitoringAudit.denied(MonitoringAuditAction.MONITOR_START, takeover.getCallId(),
                takeover.getAgentUsername(), billing.getName(), MonitoringMode.LISTEN, MonitoringPurpose.ESCALATION, MonitoringChannel.CONSOLE,
                "The call is outside your monitoring scope"));
    }

    /** A finished call of the queue, monitored from a minute after it was answered for as many minutes, switching to each later mode in turn. */
    private MonitoringSession monitored(CallQueue queue, User supervisor, String extension, User agent, String agentExtension, Instant answered,
                                        int minutes, MonitoringPurpose purpose, MonitoringMode first, MonitoringMode... then) {
        String callId = "demo-monitored-" + agent.getUsername() + "-" + answered.getEpochSecond();
        Duration listened = Duration.ofMinutes(minutes);
        (queue == billing ? billingCalls : supportCalls).finished(callId, agent, agentExtension, "+351 912 000 3" + minutes, answered,
                listened.plusMinutes(2));
        Instant start = answered.plus(Duration.ofMinutes(1));
        MonitoringSession session = new MonitoringSession(callId, supervisor, extension, agent, agentExtension, queue,
                new MonitoringRequest(first, purpose, false, null, MonitoringChannel.CONSOLE), start.minusSeconds(3));
        session.connect(start);
        em.persist(session);
        em.flush();
        audit.recordFor(supervisor.getUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_START, session, MonitoringChannel.CONSOLE,
                "started in " + first + " for " + purpose.label()));
        for (int i = 0; i < then.length; i++) {
            MonitoringMode before = session.getMode();
            session.switchTo(then[i], start.plus(listened.multipliedBy(i + 1L).dividedBy(then.length + 1L)));
            audit.recordFor(supervisor.getUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_MODE_CHANGE, session,
                    MonitoringChannel.CONSOLE, before + " -> " + then[i]));
        }
        session.end(start.plus(listened), "call ended");
        audit.recordFor(supervisor.getUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_END, session, MonitoringChannel.TELEPHONY,
                "ended: call ended"));
        return session;
    }
}
