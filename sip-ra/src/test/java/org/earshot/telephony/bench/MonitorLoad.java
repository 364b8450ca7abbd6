package org.earshot.telephony.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipException;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.call.B2bua;

/**
 * The monitoring load of the benchmark: every answered call to one of the given agents gets one
 * supervisor through the B2BUA's {@code monitor(callId, supervisor, mode)}, exactly as the EJB layer
 * starts a session, so that the call becomes a mixed call. A key the supervisor presses switches the
 * mode as the phones' feature keys do (1 listen, 2 whisper, 3 barge, 4 takeover); each switch is
 * appended to a log with the wall-clock time at which the B2BUA had made it, for the benchmark's
 * probe to count the frames until the switched audio arrives (same machine, same clock).
 *
 * <p>Sessions are started on a thread of their own: the events come under the call's lock, and the
 * benchmark must not hold up the SIP thread that answered the call.
 */
final class MonitorLoad implements CallEventListener {

    private static final Logger LOG = Logger.getLogger(MonitorLoad.class.getName());
    private static final Map<Character, MonitoringMode> KEYS = Map.of(
            '1', MonitoringMode.LISTEN, '2', MonitoringMode.WHISPER, '3', MonitoringMode.BARGE, '4', MonitoringMode.TAKEOVER);

    private final Map<String, String> supervisorOfAgent;
    private final MonitoringMode mode;
    private final Supplier<B2bua> b2bua;
    private final Path switchLog;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-monitor");
        t.setDaemon(true);
        return t;
    });
    private final LongAdder asked = new LongAdder();
    private final LongAdder started = new LongAdder();
    private final LongAdder ended = new LongAdder();
    private final LongAdder switched = new LongAdder();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

    /**
     * @param supervisorOfAgent which supervisor extension monitors the calls of which agent extension
     * @param switchLog         where each switch is appended (call, session, modes, epoch nanoseconds), or null
     */
    MonitorLoad(Map<String, String> supervisorOfAgent, MonitoringMode mode, Supplier<B2bua> b2bua, Path switchLog) {
        this.supervisorOfAgent = Map.copyOf(supervisorOfAgent);
        this.mode = mode;
        this.b2bua = b2bua;
        this.switchLog = switchLog;
    }

    /** "agent:supervisor,agent:supervisor" as the bench.monitor property writes it. */
    static Map<String, String> parsePairs(String pairs) {
        Map<String, String> map = new ConcurrentHashMap<>();
        for (String pair : pairs.split(",")) {
            String[] parts = pair.split(":", 2);
            map.put(parts[0].trim(), parts[1].trim());
        }
        return map;
    }

    @Override
    public void onCallEvent(CallEvent event) {
        switch (event.type()) {
            case ANSWERED -> {
                String supervisor = supervisorOfAgent.get(event.agent());
                if (supervisor != null) {
                    starter.execute(() -> start(event.callId(), supervisor));
                }
            }
            case MONITOR_STARTED -> started.increment();
            case MONITOR_ENDED -> ended.increment();
            case MONITOR_DTMF -> {
                MonitoringMode wanted = KEYS.get(event.detail().charAt(0));
                if (wanted != null) {
                    starter.execute(() -> switchTo(event.callId(), event.monitor().sessionId(), wanted));
                }
            }
            default -> { }
        }
    }

    private void start(String callId, String supervisor) {
        asked.increment();
        try {
            b2bua.get().monitor(callId, supervisor, mode);
        } catch (MonitorRefusedException e) {
            refused.computeIfAbsent(e.reason().name(), reason -> new LongAdder()).increment();
        } catch (SipException e) {
            refused.computeIfAbsent("SIP_ERROR", reason -> new LongAdder()).increment();
            LOG.log(Level.WARNING, "Monitoring call " + callId + " failed", e);
        }
    }

    private void switchTo(String callId, String sessionId, MonitoringMode wanted) {
        try {
            b2bua.get().switchMonitorMode(sessionId, wanted);
            Instant at = Instant.now();
            switched.increment();
            if (switchLog != null) {
                long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
                Files.writeString(switchLog, callId + " " + sessionId + " " + wanted + " " + nanos + System.lineSeparator(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (MonitorRefusedException | SipException e) {
            LOG.log(Level.WARNING, "Switching session " + sessionId + " to " + wanted + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counters, as key=value words for the stats line. */
    String counters() {
        StringBuilder line = new StringBuilder("monitors_asked=" + asked.sum() + " monitors_started=" + started.sum()
                + " monitors_ended=" + ended.sum() + " monitor_switches=" + switched.sum());
        refused.forEach((reason, count) -> line.append(" monitor_refused_").append(reason).append('=').append(count.sum()));
        return line.toString();
    }
}
