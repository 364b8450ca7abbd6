package org.earshot.evaluation;

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
import org.earshot.access.VisibleScope;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;

/**
 * The evaluation workflow's windows: the organization default and each queue's own. Administrators
 * (MANAGE_ORGANIZATION) set the default and any queue's; the leads of a queue's quality work
 * (MANAGE_SAMPLING, whose grant reaches the queue) set that queue's and read the default. Every change
 * is audited with each setting before and after; a change applies to the steps taken after it, since
 * each step fixes its window's end on the evaluation.
 */
// Authorization is decided per call by AccessService (MANAGE_ORGANIZATION, or MANAGE_SAMPLING and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class EvaluationPolicyService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    private EvaluationPolicies lookup;

    @PostConstruct
    void prepareLookup() {
        lookup = new EvaluationPolicies(em);
    }

    /** The organization default first, then the policy of every queue the caller may set, by queue name. */
    public List<EvaluationPolicyView> policies() {
        boolean administrator = requireRead();
        VisibleScope reached = administrator ? null : access.visibleScope(Action.MANAGE_SAMPLING);
        List<EvaluationPolicyView> policies = new ArrayList<>();
        policies.add(view(null, lookup.organizationDefault(), administrator));
        em.createQuery("SELECT q FROM CallQueue q ORDER BY q.name", CallQueue.class).getResultStream()
                .filter(queue -> administrator || reached.includes(queue))
                .forEach(queue -> policies.add(view(queue, lookup.applyingTo(queue), true)));
        return policies;
    }

    /** The policy of the queue, or the organization default when queueId is null. */
    public EvaluationPolicyView policyOf(Long queueId) {
        boolean administrator = requireRead();
        CallQueue queue = queueId == null ? null : Entities.load(em, CallQueue.class, queueId);
        if (queue != null && !administrator) {
            requireChange(queue);
        }
        return view(queue, lookup.applyingTo(queue), administrator || queue != null);
    }

    /**
     * Sets the policy of the queue (which gets one of its own if it followed the default), or the
     * organization default when queueId is null. Audited with what changed; a change that changes
     * nothing is not audited. Running clocks stay as their steps fixed them.
     */
    public EvaluationPolicyView change(Long queueId, EvaluationPolicySettings settings) {
        CallQueue queue = queueId == null ? null : Entities.load(em, CallQueue.class, queueId);
        requireChange(queue);
        EvaluationPolicy policy = queue == null ? lookup.organizationDefault() : lookup.ownPolicyOf(queue).orElse(null);
        Map<String, String> before = (policy == null ? lookup.organizationDefault() : policy).described();
        if (policy == null) {
            policy = new EvaluationPolicy(queue, settings);
            em.persist(policy);
        } else {
            policy.change(settings);
        }
        Map<String, String> after = policy.described();
        String changed = after.entrySet().stream().filter(setting -> !setting.getValue().equals(before.get(setting.getKey())))
                .map(setting -> setting.getKey() + ": " + before.get(setting.getKey()) + " -> " + setting.getValue())
                .collect(Collectors.joining("; "));
        if (!changed.isEmpty()) {
            audit.record(event(EvaluationAuditAction.EVALUATION_POLICY_CHANGE, queue, whose(queue) + " evaluation windows: " + changed));
        }
        return view(queue, policy, true);
    }

    /** The queue follows the organization default again; audited with the windows it had. A queue without its own is left as it is. */
    public EvaluationPolicyView followDefault(long queueId) {
        CallQueue queue = Entities.load(em, CallQueue.class, queueId);
        requireChange(queue);
        lookup.ownPolicyOf(queue).ifPresent(own -> {
            String had = own.described().entrySet().stream().map(setting -> setting.getKey() + ": " + setting.getValue())
                    .collect(Collectors.joining("; "));
            em.remove(own);
            audit.record(event(EvaluationAuditAction.EVALUATION_POLICY_REMOVE, queue, whose(queue)
                    + " follows the organization default again; it had " + had));
        });
        return view(queue, lookup.organizationDefault(), true);
    }

    private static EvaluationPolicyView view(CallQueue queue, EvaluationPolicy policy, boolean mayChange) {
        boolean inherited = queue != null && policy.getQueue() == null;
        return new EvaluationPolicyView(queue == null ? null : queue.getId(), queue == null ? null : queue.getName(), inherited,
                policy.settings(), mayChange);
    }

    private static AuditEvent event(EvaluationAuditAction action, CallQueue queue, String what) {
        return AuditEvent.of(action, queue == null ? "Organization" : "CallQueue", queue == null ? null : queue.getId(), what);
    }

    private static String whose(CallQueue queue) {
        return queue == null ? "organization default" : "queue " + queue.getName();
    }

    /** Administrators read every policy; sampling leads the default and their queues'. Whether the caller is an administrator. */
    private boolean requireRead() {
        if (isAdministrator()) {
            return true;
        }
        access.require(Action.MANAGE_SAMPLING, AccessTarget.organization(), null);
        return false;
    }

    /** The default is the administrators'; a queue's also its sampling leads'. A refusal is audited. */
    private void requireChange(CallQueue queue) {
        if (queue != null && !isAdministrator()) {
            access.requireReach(Action.MANAGE_SAMPLING, AccessTarget.queue(queue));
        } else {
            access.require(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
        }
    }

    private boolean isAdministrator() {
        return access.isAllowed(Action.MANAGE_ORGANIZATION, AccessTarget.organization(), null);
    }
}
