package org.earshot.telephony.sip;

import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TooManyListenersException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.PeerUnavailableException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.address.AddressFactory;
import javax.sip.header.AllowHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.api.AgentStateListener;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.api.SecurityReportListener;
import org.earshot.telephony.api.SubscriptionRequestListener;
import org.earshot.telephony.blf.DialogSubscriptions;
import org.earshot.telephony.call.ActiveCall;
import org.earshot.telephony.call.B2bua;
import org.earshot.telephony.call.QueueDesk;
import org.earshot.telephony.directory.QueueDirectory;
import org.earshot.telephony.directory.SubscriberDirectory;
import org.earshot.telephony.media.MediaEngine;
import org.earshot.telephony.media.MediaPlayer;
import org.earshot.telephony.media.PortRange;
import org.earshot.telephony.media.Prompt;
import org.earshot.telephony.queue.AgentAvailability;
import org.earshot.telephony.queue.QueueDistributor;
import org.earshot.telephony.queue.QueueSelector;
import org.earshot.telephony.registrar.DigestAuthenticator;
import org.earshot.telephony.registrar.LocationService;
import org.earshot.telephony.registrar.RegisteredCaller;
import org.earshot.telephony.registrar.Registrar;

/**
 * Earshot's SIP endpoint: one JAIN-SIP stack listening on UDP and TCP, dispatching requests to
 * the registrar and the B2BUA. Every request gets an answer: a method Earshot knows but does not
 * handle is refused with 405 and the methods it allows, one it does not know with 501, and a source
 * sending faster than its rate gets 503 with Retry-After. Malformed requests are answered 400, 505
 * or 513 before the stack would drop them ({@link ScreeningMessageParserFactory}), and what cannot
 * be answered is dropped; all of it is counted in {@link #statistics()}. Failed authentications,
 * rate-limit trips and malformed messages are also tallied per source and reported once an interval
 * ({@link SecurityReport}). The counts are also a JMX MBean ({@link StatisticsMBean}). Queue callers are routed on a queue thread that also ticks every second,
 * so that ring timeouts and longest waits take effect; the same thread closes the reporting intervals.
 */
public final class SipServer implements SipListener {

    private static final Logger LOG = Logger.getLogger(SipServer.class.getName());
    private static final String ALLOWED = "REGISTER, OPTIONS, INVITE, ACK, BYE, CANCEL, REFER, INFO, SUBSCRIBE";
    /** Methods of RFC 3261 and its extensions that Earshot does not handle: 405, not 501 (RFC 3261 §8.2.1). */
    private static final Set<String> KNOWN_NOT_ALLOWED = Set.of(Request.NOTIFY, Request.PRACK, Request.UPDATE,
            Request.MESSAGE, Request.PUBLISH);
    /**
     * The stack allocates a buffer this large for every UDP datagram it reads: at 64 KiB that
     * garbage alone caused most of the collection pauses under load. SIP over UDP stays well below
     * 16 KiB (RFC 3261 §18.1.1 moves messages near the MTU to TCP); larger ones over TCP get 513.
     */
    private static final int MAX_MESSAGE_SIZE = 16384;
    /** A rate-limited source may try again after a second: its bucket has refilled by then. */
    private static final int RATE_LIMIT_RETRY_SECONDS = 1;
    private static final String STACK_MISSING_HEADER = "Missing a required header :";

    private final SipSettings settings;
    private final SubscriberDirectory directory;
    private final QueueDirectory queues;
    private final CallEventListener calls;
    private final AgentStateListener agentStates;
    private final SubscriptionRequestListener subscriptionRequests;
    private final SecurityReportListener securityReports;
    private final Clock clock;
    private final SipCounters counters = new SipCounters();
    private final IncidentTally incidents;
    private final SourceRateLimiter limiter;
    private SipStack stack;
    private MediaEngine media;
    private B2bua b2bua;
    private DialogSubscriptions subscriptions;
    private SipProvider provider;
    private SipResponses responses;
    private HeaderFactory headers;
    private Registrar registrar;
    private LocationService locations;
    private MediaPlayer player;
    private AgentAvailability agents;
    private ScheduledExecutorService queueThread;
    private AutoCloseable statisticsMBean;

    /**
     * @param subscriptionRequests decides who may watch whom (BLF subscriptions, {@link DialogSubscriptions})
     * @param securityReports      receives a report per misbehaving source per interval, for the audit trail
     */
    public SipServer(SipSettings settings, SubscriberDirectory directory, QueueDirectory queues, CallEventListener calls,
                     AgentStateListener agentStates, SubscriptionRequestListener subscriptionRequests,
                     SecurityReportListener securityReports, Clock clock) {
        this.settings = settings;
        this.directory = directory;
        this.queues = queues;
        this.calls = calls;
        this.agentStates = agentStates;
        this.subscriptionRequests = subscriptionRequests;
        this.securityReports = securityReports;
        this.clock = clock;
        this.incidents = new IncidentTally(settings.securityReporting().maxSources(), clock);
        this.limiter = new SourceRateLimiter(settings.requestRate(), System::nanoTime);
    }

    public synchronized void start() throws SipException {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        try {
            stack = factory.createSipStack(stackProperties());
            // the stack drops what it cannot parse without telling the listener; its parser can answer and count it
            ((SIPTransactionStack) stack).setMessageParserFactory(
                    new ScreeningMessageParserFactory(counters, incidents, MAX_MESSAGE_SIZE));
            headers = factory.createHeaderFactory();
            MessageFactory messages = factory.createMessageFactory();
            AddressFactory addresses = factory.createAddressFactory();
            responses = new SipResponses(messages);
            locations = new LocationService(clock);
            registrar = new Registrar(directory, new DigestAuthenticator(settings.realm(), clock), locations, responses,
                    headers, addresses, clock, settings.challenges(), (source, username, outcome) -> {
                        counters.failedDigest(outcome);
                        incidents.failedDigest(source, username);
                    });
            ListeningPoint udp = stack.createListeningPoint(settings.address(), settings.port(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(settings.address(), settings.port(), ListeningPoint.TCP);
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            provider.addSipListener(this);
            media = new MediaEngine(settings.address(), new PortRange(settings.rtpFirstPort(), settings.rtpLastPort()));
            RegisteredCaller registeredCaller = new RegisteredCaller(addresses, locations);
            subscriptions = new DialogSubscriptions(provider, headers, addresses, responses, directory, registeredCaller,
                    subscriptionRequests);
            CallEventListener watchedAndRecorded = event -> {
                subscriptions.onCallEvent(event);
                calls.onCallEvent(event);
            };
            b2bua = new B2bua(provider, messages, headers, addresses, directory, locations, media, watchedAndRecorded, queueDesk(), clock,
                    settings.ringTimeout(), settings.retransmitInterval(), settings.maxCalls(), settings.maxMonitorsPerCall(),
                    settings.monitorDecisionTimeout());
            stack.start();
            queueThread.scheduleWithFixedDelay(b2bua::dispatchQueues, 1, 1, TimeUnit.SECONDS);
            long reportEvery = settings.securityReporting().interval().toMillis();
            queueThread.scheduleAtFixedRate(this::reportIncidents, reportEvery, reportEvery, TimeUnit.MILLISECONDS);
            statisticsMBean = StatisticsMBean.register(settings.stackName(), this::statistics);
        } catch (PeerUnavailableException | TooManyListenersException | javax.sip.InvalidArgumentException e) {
            throw new SipException("SIP stack could not start on " + settings.address() + ":" + settings.port(), e);
        }
        LOG.info(() -> "SIP listening on " + settings.address() + ":" + settings.port() + " (UDP, TCP), realm " + settings.realm());
    }

    public synchronized void stop() {
        if (stack == null) {
            return;
        }
        try {
            provider.removeSipListener(this);
            stack.deleteSipProvider(provider);
        } catch (ObjectInUseException e) {
            LOG.log(Level.WARNING, "SIP provider still in use at stop", e);
        }
        stack.stop();
        queueThread.shutdownNow();
        reportIncidents(); // the interval cut short still counts
        try {
            statisticsMBean.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "SIP statistics were not registered with JMX", e);
        }
        player.close();
        media.close();
        b2bua.close();
        subscriptions.close();
        stack = null;
        LOG.info("SIP stopped");
    }

    private QueueDesk queueDesk() {
        SipSettings.Queueing queueing = settings.queueing();
        agents = new AgentAvailability(clock, agentStates);
        player = new MediaPlayer();
        queueThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "earshot-queues");
            thread.setDaemon(true);
            return thread;
        });
        return new QueueDesk(queues, new QueueSelector(queues, queueing.header()), agents,
                new QueueDistributor(agents, queueing.policies()), player, Prompt.resource(queueing.prompt()), queueThread);
    }

    /** Who is logged in to which queue and ready for calls (feature codes change it, later the console too). */
    public AgentAvailability agents() {
        return agents;
    }

    public LocationService locations() {
        return locations;
    }

    /** What Earshot itself may do to calls under way (the resource adapter's outbound side). */
    public B2bua callControl() {
        return b2bua;
    }

    /** Phones watching extensions' calls (BLF), for the EJB layer's decisions. */
    public DialogSubscriptions subscriptions() {
        return subscriptions;
    }

    /** The calls under way now. */
    public List<ActiveCall> activeCalls() {
        return b2bua.activeCalls();
    }

    /** What the server refused or could not read since it started. */
    public SipStatistics statistics() {
        return counters.snapshot(b2bua.refusedOverCapacity());
    }

    private void reportIncidents() {
        for (SecurityReport report : incidents.close()) {
            try {
                securityReports.onSecurityReport(report);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Security report for " + report.source() + " not delivered: " + report.describe(), e);
            }
        }
    }

    private Properties stackProperties() {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", settings.stackName());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "on");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(MAX_MESSAGE_SIZE));
        return properties;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return; // ACKs to our final responses end their transactions; nothing to answer
        }
        // Requests inside a dialog belong to calls already admitted: shedding their BYEs and
        // re-INVITEs would hurt established calls, which is what the flood guard protects.
        String source = ((RequestEventExt) event).getRemoteIpAddress();
        if (startsDialog(request) && !limiter.admits(source)) {
            counters.rateLimited.increment();
            incidents.rateLimited(source);
            refuseStatelessly(request, Response.SERVICE_UNAVAILABLE, "Too many requests");
            return;
        }
        try {
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(request);
            dispatch(event, transaction);
        } catch (TransactionAlreadyExistsException e) {
            // a retransmission; the transaction resends our last response itself
        } catch (TransactionUnavailableException e) {
            // the stack checks the headers of a method's own (Contact and Event of SUBSCRIBE, Event of PUBLISH) only here
            counters.badRequests.increment();
            incidents.malformed(source);
            refuseStatelessly(request, Response.BAD_REQUEST, reasonOf(e));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not answer " + request.getMethod(), e);
        }
    }

    private static boolean startsDialog(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to == null || to.getTag() == null;
    }

    /** "Missing a required header : Contact" becomes "Missing Contact". */
    private static String reasonOf(TransactionUnavailableException e) {
        String problem = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return problem != null && problem.startsWith(STACK_MISSING_HEADER)
                ? "Missing " + problem.substring(STACK_MISSING_HEADER.length()).trim() : "Bad request";
    }

    /**
     * A refusal without a transaction: keeping no state for a flooding source or a request the stack
     * cannot make a transaction of is the point. A rate-limited one is told when to come back.
     * ACKs are never limited, as they cannot be answered and dropping them only brings 2xx retransmissions.
     */
    private void refuseStatelessly(Request request, int status, String reason) {
        try {
            Response refusal = responses.create(status, request, reason);
            if (status == Response.SERVICE_UNAVAILABLE) {
                refusal.addHeader(headers.createRetryAfterHeader(RATE_LIMIT_RETRY_SECONDS));
            }
            provider.sendResponse(refusal);
        } catch (Exception e) {
            LOG.log(Level.FINE, "Could not refuse a " + request.getMethod() + " with " + status, e);
        }
    }

    private void dispatch(RequestEvent event, ServerTransaction transaction) throws Exception {
        switch (event.getRequest().getMethod()) {
            case Request.INVITE -> b2bua.invite(event, transaction);
            case Request.BYE -> b2bua.bye(event, transaction);
            case Request.CANCEL -> b2bua.cancel(event, transaction);
            case Request.REFER -> b2bua.refer(event, transaction);
            case Request.INFO -> b2bua.info(event, transaction);
            case Request.SUBSCRIBE -> subscriptions.subscribe((RequestEventExt) event, transaction);
            case Request.REGISTER -> transaction.sendResponse(
                    registrar.register(event.getRequest(), ((RequestEventExt) event).getRemoteIpAddress()));
            default -> transaction.sendResponse(withAllow(event.getRequest()));
        }
    }

    /** OPTIONS, and the refusal of the methods Earshot does not handle, tell what it does handle. */
    private Response withAllow(Request request) throws Exception {
        int status;
        if (Request.OPTIONS.equals(request.getMethod())) {
            status = Response.OK;
        } else if (KNOWN_NOT_ALLOWED.contains(request.getMethod())) {
            status = Response.METHOD_NOT_ALLOWED;
        } else {
            counters.notImplemented.increment();
            status = Response.NOT_IMPLEMENTED;
        }
        Response response = responses.create(status, request, null);
        response.addHeader(allow());
        return response;
    }

    private AllowHeader allow() throws java.text.ParseException {
        return headers.createAllowHeader(ALLOWED);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        try {
            if (!subscriptions.response(event)) {
                b2bua.response(event);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not handle response " + event.getResponse().getStatusCode(), e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        try {
            if (!subscriptions.timeout(event)) {
                b2bua.timeout(event);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not handle a timeout", e);
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.fine(() -> "SIP transport error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing kept per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // calls end on BYE, CANCEL or a final failure; the B2BUA has cleaned up by then
    }
}
