package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;

/**
 * The recording policies: each queue's, and the organization default. Administration of the
 * organization: every method needs MANAGE_ORGANIZATION, and every change is audited with the
 * settings before and after. The telephony core needs no directory update: it is given a policy's
 * options with each call it is asked to record.
 */
// Authorization is decided per call by AccessService, not by EJB role lists.
@PermitAll
@Stateless
public class RecordingPolicyService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    private PolicyLookup lookup;

    @PostConstruct
    void prepareLookup() {
        lookup = new PolicyLookup(em);
    }

    /** The organization default first, then every queue's policy by queue name. */
    public List<RecordingPolicyView> policies() {
        requireManage();
        List<RecordingPolicyView> policies = new ArrayList<>();
        policies.add(view(null, lookup.organizationDefault()));
        em.createQuery("SELECT q FROM CallQueue q ORDER BY q.name", CallQueue.class).getResultStream()
                .forEach(queue -> policies.add(view(queue, lookup.applyingTo(queue))));
        return policies;
    }

    /** The policy of the queue, or the organization default when queueId is null. */
    public RecordingPolicyView policyOf(Long queueId) {
        requireManage();
        CallQueue queue = queueId == null ? null : Entities.load(em, CallQueue.class, queueId);
        return view(queue, lookup.applyingTo(queue));
    }

    /**
     * Sets the policy of the queue (which gets one of its own if it followed the default), or the
     * organization default when queueId is null. Audited with what changed; a change that changes
     * nothing is not audited.
     */
    public RecordingPolicyView change(Long queueId, RecordingPolicySettings settings) {
        requireManage();
        CallQueue queue = queueId == null ? null : Entities.load(em, CallQueue.class, queueId);
        RecordingPolicy policy = queue == null ? lookup.organizationDefault() : lookup.ownPolicyOf(queue).orElse(null);
        Map<String, String> before = (policy == null ? lookup.organizationDefault() : policy).described();
        if (policy == null) {
            policy = new RecordingPolicy(queue, settings);
            em.persist(policy);
        } else {
            policy.change(settings);
        }
        String changed = policy.described().entrySet().stream().filter(after -> !after.getValue().equals(before.get(after.getKey())))
                .map(after -> after.getKey() + ": " + before.get(after.getKey()) + " -> " + after.getValue())
                .collect(Collectors.joining("; "));
        if (!changed.isEmpty()) {
            String whose = queue == null ? "organization default" : "queue " + queue.getName();
            audit.record(AuditEvent.of(RecordingAuditAction.RECORDING_POLICY_CHANGE, queue == null ? "Organization" : "CallQueue",
                    queueId, whose + " recording policy: " + changed));
        }
        return view(queue, policy);
    }

    private static RecordingPolicyView view(CallQueue queue, RecordingPolicy policy) {
        boolean inherited = queue != null && policy.getQueue() == null;
        return new RecordingPolicyView(queue == null ? null : queue.getId(), queue == null ? null : queue.getName(), inherited,
                policy.settings());
    }

    private void requireManage() {
        access.require(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
    }
}
