package org.earshot.calls;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.util.logging.Logger;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.SystemRole;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.api.SubscriptionRequestListener;

/**
 * Decides who may watch whom on the busy lamp field: a phone's subscription to an agent's dialog
 * events (from the SIP resource adapter, bound to it in META-INF/jboss-ejb3.xml) is allowed when
 * the user of the subscribing extension may view that agent ({@link Action#VIEW_AGENT}, in scope),
 * and refused otherwise, the refusal audited as a denied access by that user. The decision goes
 * back through the adapter's call control.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = SubscriptionRequestListener.class)
public class DialogSubscriptionAuthorizer implements SubscriptionRequestListener {

    private static final Logger LOG = Logger.getLogger(DialogSubscriptionAuthorizer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory callControl;

    @Override
    public void onSubscriptionRequest(SubscriptionRequest request) {
        User subscriber = userAt(request.subscriber());
        User agent = userAt(request.agent());
        String reason = null;
        if (subscriber == null || agent == null) {
            reason = "extension " + (subscriber == null ? request.subscriber() : request.agent()) + " belongs to no user";
        } else {
            AccessDecision decision = access.decide(subscriber.getUsername(), Action.VIEW_AGENT, AccessTarget.agent(agent,
                    em.createNamedQuery(CallQueue.ANSWERED_BY, CallQueue.class).setParameter("agent", agent).getResultList()), null);
            reason = decision.allowed() ? null : decision.reason();
        }
        if (reason != null) {
            audit.recordFor(subscriber == null ? "extension " + request.subscriber() : subscriber.getUsername(),
                    AuditEvent.of(AccessAuditAction.ACCESS_DENIED, "Action", Action.VIEW_AGENT, "busy lamp field of extension "
                            + request.agent() + ": " + reason).withOutcome(AuditOutcome.DENIED));
        }
        try (CallControl control = callControl.getConnection()) {
            if (!control.authorizeSubscription(request.subscriptionId(), reason == null)) {
                LOG.fine(() -> "Subscription " + request.subscriptionId() + " ended before it was decided");
            }
        } catch (ResourceException e) {
            throw new IllegalStateException("Subscription " + request.subscriptionId() + " could not be decided", e);
        }
    }

    private User userAt(String extension) {
        return em.createQuery("SELECT a.user FROM SipAccount a WHERE a.extension = :ext", User.class)
                .setParameter("ext", extension).getResultStream().findFirst().orElse(null);
    }
}
