package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.evaluation.CallCriteria;
import org.earshot.evaluation.PeriodWindow;
import org.earshot.evaluation.SamplingAuditAction;
import org.earshot.evaluation.SamplingPeriod;
import org.earshot.evaluation.SamplingPlan;
import org.earshot.evaluation.SamplingPlanSettings;
import org.earshot.evaluation.Scorecard;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;

/**
 * The Billing queue's sampling rule, set by {@code sup.billing}: two calls per agent a week, at least
 * one, on the demo form, and three recorded calls of each Billing agent last week for it to draw from
 * (unrecorded when the vault has no keys). The sampling timer draws the week that ended shortly after
 * the server starts, so that {@code qa}'s work queue and {@code sup.billing}'s workload have assignments.
 */
final class DemoSampling {

    private final EntityManager em;
    private final AuditService audit;
    private final DemoRecordings recordings;
    private final CallQueue queue;

    DemoSampling(EntityManager em, AuditService audit, DemoRecordings recordings, CallQueue queue) {
        this.em = em;
        this.audit = audit;
        this.recordings = recordings;
        this.queue = queue;
    }

    void seed(Scorecard form, User lead, List<User> agents, Instant now) throws IOException, GeneralSecurityException {
        SamplingPlan plan = new SamplingPlan(new SamplingPlanSettings("Billing weekly sample", queue.getId(), null, form.getId(),
                SamplingPeriod.WEEK, 2, 1, Map.of(), 30L, null, null, CallCriteria.Monitoring.EITHER, List.of(), true, false, true),
                queue, null, form, lead.getUsername(), now);
        em.persist(plan);
        em.flush();
        audit.recordFor(lead.getUsername(), AuditEvent.of(SamplingAuditAction.SAMPLING_RULE_CREATE, "SamplingRule", plan.getId(),
                "\"" + plan.getName() + "\": " + plan.describe()));

        PeriodWindow lastWeek = SamplingPeriod.WEEK.before(LocalDate.ofInstant(now, plan.zone()), plan.zone());
        DemoCalls calls = new DemoCalls(em, queue);
        for (int a = 0; a < agents.size(); a++) {
            User agent = agents.get(a);
            for (int day = 0; day < 3; day++) {
                Instant answered = lastWeek.start().plus(Duration.ofDays(day * 2L + a % 2)).plus(Duration.ofHours(9 + a));
                String callId = "demo-sampled-" + agent.getUsername() + "-" + (day + 1);
                Duration talk = Duration.ofSeconds(60 + day * 15L);
                calls.finished(callId, agent, "100" + (a + 1), "+351 912 000 2" + a + day, answered, talk);
                if (recordings.available()) {
                    recordings.record(callId, answered, talk);
                }
            }
        }
    }
}
