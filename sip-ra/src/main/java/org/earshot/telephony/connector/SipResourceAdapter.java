package org.earshot.telephony.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import javax.sip.SipException;
import javax.transaction.xa.XAResource;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.blf.DialogSubscriptions;
import org.earshot.telephony.call.B2bua;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.directory.SnapshotDirectory;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;

/**
 * The Jakarta Connectors entry point of Earshot's telephony core: starts the SIP server (registrar,
 * B2BUA, media relay, queues) with the server and stops it with the server. Inbound, it delivers
 * every call event, every agent state change, every phone's request to watch an extension's
 * calls (BLF) and the SIP server's security reports (one per misbehaving source a minute) to the
 * active message endpoints
 * ({@link InboundDelivery}); outbound, EJBs act on calls through {@link CallControlFactory}.
 * The core reads no database: the application publishes the directory (SIP accounts, queues) through
 * {@link org.earshot.telephony.api.CallControl#publishDirectory}, and until it has, registrations and
 * calls are answered 503. Settings come from system properties {@code earshot.sip.*} so one EAR runs
 * on any host; the defaults suit the demo.
 */
public class SipResourceAdapter implements ResourceAdapter {


    private volatile SipServer server;
    private volatile SnapshotDirectory directory;
    private InboundDelivery<CallEvent> callEvents;
    private InboundDelivery<AgentStateReport> agentStates;
    private InboundDelivery<SubscriptionRequest> subscriptionRequests;
    private InboundDelivery<SecurityReport> securityReports;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        SipSettings settings = settings();
        callEvents = InboundDelivery.callEvents(context.getWorkManager());
        agentStates = InboundDelivery.agentStates(context.getWorkManager());
        subscriptionRequests = InboundDelivery.subscriptionRequests(context.getWorkManager());
        securityReports = InboundDelivery.securityReports(context.getWorkManager());
        directory = new SnapshotDirectory();
        server = new SipServer(settings, directory, directory,
                callEvents::deliver, agentStates::deliver, subscriptionRequests::deliver,
                securityReports::deliver,
                Clock.systemUTC());
        try {
            server.start();
        } catch (SipException e) {
            throw new ResourceAdapterInternalException("Earshot SIP could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static SipSettings settings() {
        String address = System.getProperty("earshot.sip.address", "127.0.0.1");
        int port = Integer.getInteger("earshot.sip.port", 5060);
        DigestAlgorithm[] challenges = Arrays.stream(System.getProperty("earshot.sip.digest", "SHA-256,MD5").split(","))
                .map(name -> DigestAlgorithm.fromSipName(name).orElseThrow(
                        () -> new IllegalArgumentException("Unknown digest algorithm " + name)))
                .toArray(DigestAlgorithm[]::new);
        return SipSettings.of(address, port, System.getProperty("earshot.sip.realm", "earshot"), "earshot-" + port)
                .withChallenges(challenges)
                .withRtpPorts(Integer.getInteger("earshot.rtp.first-port", 20000), Integer.getInteger("earshot.rtp.last-port", 29999))
                .withRingTimeout(Duration.ofSeconds(Integer.getInteger("earshot.sip.ring-timeout-seconds", 20)))
                .withRetransmitInterval(Duration.ofMillis(Integer.getInteger("earshot.sip.t1-millis", 500)))
                .withMaxCalls(Integer.getInteger("earshot.sip.max-calls", 500))
                .withRequestRate(Integer.getInteger("earshot.sip.requests-per-second", 50),
                        Integer.getInteger("earshot.sip.request-burst", 100))
                .withMaxMonitorsPerCall(Integer.getInteger("earshot.monitor.max-per-call", 3))
                .withMonitorDecisionTimeout(Duration.ofMillis(Integer.getInteger("earshot.monitor.decision-timeout-millis", 10000)))
                .withSecurityReporting(Duration.ofSeconds(Integer.getInteger("earshot.sip.security-report-seconds", 60)),
                        Integer.getInteger("earshot.sip.security-report-sources", 1000));
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (spec instanceof CallEventActivationSpec) {
            callEvents.activate(factory);
        } else if (spec instanceof AgentStateActivationSpec) {
            agentStates.activate(factory);
            // Changes made before the application listened (it deploys after the adapter) were dropped.
            server.agents().tellEveryState();
        } else if (spec instanceof SubscriptionRequestActivationSpec) {
            subscriptionRequests.activate(factory);
        } else if (spec instanceof SecurityReportActivationSpec) {
            securityReports.activate(factory);
        } else {
            throw new NotSupportedException("Earshot SIP delivers call events, agent states, subscription requests and "
                    + "security reports, not "
                    + spec.getClass().getName());
        }
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        if (spec instanceof CallEventActivationSpec) {
            callEvents.deactivate(factory);
        } else if (spec instanceof AgentStateActivationSpec) {
            agentStates.deactivate(factory);
        } else if (spec instanceof SubscriptionRequestActivationSpec) {
            subscriptionRequests.deactivate(factory);
        } else if (spec instanceof SecurityReportActivationSpec) {
            securityReports.deactivate(factory);
        }
    }

    /** What the core knows of the organization, which the application publishes through the outbound connections. */
    SnapshotDirectory directory() throws ResourceException {
        SnapshotDirectory running = directory;
        if (running == null) {
            throw new ResourceException("Earshot SIP is not running");
        }
        return running;
    }

    /** The B2BUA's call control, for the outbound connections. */
    B2bua callControl() throws ResourceException {
        SipServer running = server;
        if (running == null || running.callControl() == null) {
            throw new ResourceException("Earshot SIP is not running");
        }
        return running.callControl();
    }

    /** The phones' subscriptions to extensions' calls, for the outbound connections' decisions. */
    DialogSubscriptions subscriptions() throws ResourceException {
        SipServer running = server;
        if (running == null || running.subscriptions() == null) {
            throw new ResourceException("Earshot SIP is not running");
        }
        return running.subscriptions();
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    // A resource adapter is a JavaBean identified by its configuration, which lives in system properties.
    @Override
    public boolean equals(Object other) {
        return other instanceof SipResourceAdapter;
    }

    @Override
    public int hashCode() {
        return SipResourceAdapter.class.hashCode();
    }
}
