package org.earshot.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.earshot.access.Grant;
import org.earshot.access.GrantScope;
import org.earshot.access.PasswordCredential;
import org.earshot.access.Role;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.evaluation.EvaluationPolicy;
import org.earshot.evaluation.EvaluationPolicySettings;
import org.earshot.evaluation.FormJson;
import org.earshot.evaluation.Scorecard;
import org.earshot.monitoring.AudioPrompt;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.SipAccount;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPolicy;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingVault;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A small contact center to try Earshot with: one site, two teams, two queues (whose callers hear that
 * the call may be monitored or recorded), six agents with extensions, two supervisors, a QA evaluator, a
 * QA lead, a trainer, a manager, a compliance reviewer and an administrator. Billing records every call,
 * Support a 50 % sample. The QA evaluator has published the scorecard "Customer service call", assigned
 * to both queues, and evaluated three Billing calls with it ({@link DemoEvaluations}: one submitted, one
 * acknowledged, one disputed); the QA lead has calibrated the evaluators on it ({@link DemoCalibrations}); the Billing supervisor samples the
 * queue's calls for the QA evaluators ({@link DemoSampling}); the trainer coaches agent2 and agent4 ({@link DemoCoaching}); the supervisors, the QA evaluator and the trainer
 * monitored a call a day over the last week ({@link DemoMonitoring}). Seeded only when
 * {@code earshot.demo-data=true} and the database has no users.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
@Singleton
@Startup
public class DemoData {

    public static final String PASSWORD = "earshot-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String SEEDER = "system";
    /** Spoken by espeak-ng, resampled to 8 kHz 16-bit mono with sox (see docs/monitoring.md). */
    static final String ANNOUNCEMENT = "/prompts/call-may-be-monitored.wav";
    /** The demo's published scorecard, in the JSON a QA team would import (docs/quality.md, "Form JSON"). */
    static final String SCORECARD = "/demo/customer-service-call.scorecard.json";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private RecordingVault vault;

    @PostConstruct
    void seedIfWanted() {
        if (!Boolean.getBoolean("earshot.demo-data")) {
            return;
        }
        long users = em.createQuery("SELECT COUNT(u) FROM User u", Long.class).getSingleResult();
        if (users > 0) {
            LOG.info("Demo data not seeded: the database already has users");
            return;
        }
        seed();
        audit.recordFor(SEEDER, AuditEvent.of(OrganizationAuditAction.ORG_CREATE, "Organization", null, "demo organization seeded"));
        LOG.info("Demo organization seeded; every demo login uses the password " + PASSWORD);
    }

    private void seed() {
        Site site = persist(new Site("Riverside", ZoneId.of("Europe/Lisbon")));
        Team billing = persist(new Team("Billing", site));
        Team support = persist(new Team("Tech Support", site));
        CallQueue billingQueue = persist(new CallQueue("Billing", "6001", site));
        CallQueue supportQueue = persist(new CallQueue("Support", "6002", site));
        AudioPrompt announcement = persist(new AudioPrompt("This call may be monitored or recorded", shipped(ANNOUNCEMENT), Instant.now()));
        billingQueue.getMonitoringPolicy().announceWith(announcement);
        supportQueue.getMonitoringPolicy().announceWith(announcement);
        // Billing records every call, Support half of them; direct calls follow the default (on demand), set by the schema.
        persist(new RecordingPolicy(billingQueue, new RecordingPolicySettings(RecordingMode.ALL, 100, true, 90, true, 120)));
        persist(new RecordingPolicy(supportQueue, new RecordingPolicySettings(RecordingMode.SAMPLE, 50, true, 90, true, 120)));
        // Support's evaluations run on shorter windows without appeals; Billing follows the default (a week, appeals allowed).
        persist(new EvaluationPolicy(supportQueue, new EvaluationPolicySettings(72, 72, 48, 72, false)));

        List<User> billingAgents = List.of(agent("agent1", "Ana Alves", billing, "1001"),
                agent("agent2", "Bruno Brito", billing, "1002"), agent("agent3", "Carla Costa", billing, "1003"));
        List<User> supportAgents = List.of(agent("agent4", "Diogo Dias", support, "1004"),
                agent("agent5", "Eva Esteves", support, "1005"), agent("agent6", "Filipe Faria", support, "1006"));
        billingAgents.forEach(billingQueue::addMember);
        supportAgents.forEach(supportQueue::addMember);

        Set<MonitoringMode> allModes = EnumSet.allOf(MonitoringMode.class);
        User supBilling = staff("sup.billing", "Sofia Sousa (Billing supervisor)", billing, "2001");
        supBilling.preferMonitoringPurpose(MonitoringPurpose.QUALITY_ASSURANCE);
        grant(supBilling, Role.SUPERVISOR, GrantScope.of(Set.of(), Set.of(billing), Set.of(billingQueue)), allModes);
        User supSupport = staff("sup.support", "Tiago Torres (Support supervisor)", support, "2002");
        supSupport.preferMonitoringPurpose(MonitoringPurpose.ESCALATION);
        grant(supSupport, Role.SUPERVISOR, GrantScope.of(Set.of(), Set.of(support), Set.of(supportQueue)),
                EnumSet.of(MonitoringMode.LISTEN, MonitoringMode.WHISPER, MonitoringMode.BARGE));
        User qa = staff("qa", "Quinta Quaresma (QA evaluator)", null, "2003");
        grant(qa, Role.QA_EVALUATOR, GrantScope.of(Set.of(site), Set.of(), Set.of()), EnumSet.of(MonitoringMode.LISTEN));
        User qaLead = staff("qa.lead", "Lia Lobo (QA lead)", null, null);
        grant(qaLead, Role.QA_EVALUATOR, GrantScope.of(Set.of(site), Set.of(), Set.of()), EnumSet.of(MonitoringMode.LISTEN));
        User trainer = staff("trainer", "Rita Rocha (trainer)", null, "2004");
        trainer.preferMonitoringPurpose(MonitoringPurpose.TRAINING);
        grant(trainer, Role.TRAINER, GrantScope.of(Set.of(site), Set.of(), Set.of()),
                EnumSet.of(MonitoringMode.LISTEN, MonitoringMode.WHISPER));
        User manager = staff("manager", "Marta Matos (manager)", null, null);
        grant(manager, Role.MANAGER, GrantScope.of(Set.of(site), Set.of(), Set.of()), Set.of());
        User compliance = staff("compliance", "Carlos Cunha (compliance)", null, "2005");
        compliance.preferMonitoringPurpose(MonitoringPurpose.COMPLIANCE);
        grant(compliance, Role.COMPLIANCE, GrantScope.everything(), EnumSet.of(MonitoringMode.LISTEN));
        User admin = staff("admin", "Alex Admin (administrator)", null, null);
        grant(admin, Role.ADMIN, GrantScope.everything(), Set.of());

        group("Billing floor", allModes, List.of(supBilling, qa, trainer, compliance), billingAgents);
        group("Support floor", allModes, List.of(supSupport, qa, trainer, compliance), supportAgents);

        Instant now = Instant.now();
        Scorecard scorecard = new Scorecard(FormJson.read(new String(shipped(SCORECARD), StandardCharsets.UTF_8)), qa.getUsername(), now);
        scorecard.publish(1, qa.getUsername(), now);
        scorecard.assignTo(Set.of(billingQueue, supportQueue), Set.of());
        persist(scorecard);
        em.flush();
        DemoRecordings recordings = new DemoRecordings(em, vault);
        try {
            new DemoEvaluations(em, audit, recordings, scorecard.version(1), billingQueue, qa)
                    .seed(billingAgents.get(0), billingAgents.get(1), billingAgents.get(2), now);
            new DemoSampling(em, audit, recordings, billingQueue).seed(scorecard, supBilling, billingAgents, now);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The demo's recordings could not be written", e);
        }
        new DemoCalibrations(em, scorecard.version(1), billingQueue, qaLead, qa, supBilling).seed(billingAgents, now);
        new DemoCoaching(em, audit, scorecard).seed(trainer, billingAgents.get(1), supportAgents.get(0), now);
        new DemoMonitoring(em, audit, billingQueue, supportQueue).seed(supBilling, supSupport, qa, trainer, billingAgents, supportAgents, now);
        new DemoCompliance(em, audit).seed(compliance, billingAgents.get(1), billingAgents.get(2), now);
    }

    private User agent(String username, String name, Team team, String extension) {
        User agent = staff(username, name, team, extension);
        grant(agent, Role.AGENT, GrantScope.ownData(), Set.of());
        return agent;
    }

    private User staff(String username, String name, Team team, String extension) {
        User user = new User(username, name, PasswordCredential.of(PASSWORD.toCharArray()), Instant.now());
        user.assignTo(team);
        persist(user);
        if (extension != null) {
            persist(new SipAccount(user, extension, OrganizationService.SIP_REALM, ("sip-" + extension + "-demo").toCharArray()));
        }
        return user;
    }

    private void grant(User user, Role role, GrantScope scope, Set<MonitoringMode> modes) {
        persist(new Grant(user, role, scope, modes, SEEDER, Instant.now()));
    }

    private void group(String name, Set<MonitoringMode> modes, List<User> monitors, List<User> members) {
        MonitoringGroup group = persist(new MonitoringGroup(name, modes));
        monitors.forEach(group::addMonitor);
        members.forEach(group::addMember);
    }

    /** A file shipped with Earshot, such as the default announcement. */
    private static byte[] shipped(String path) {
        try (InputStream file = DemoData.class.getResourceAsStream(path)) {
            if (file == null) {
                throw new IllegalStateException("Earshot is shipped without " + path);
            }
            return file.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
