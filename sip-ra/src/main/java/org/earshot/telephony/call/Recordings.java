package org.earshot.telephony.call;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.api.RecordingSink;
import org.earshot.telephony.media.RtpRelay;

/**
 * Recording calls, as the EJB layer asks: armed on a call not answered yet, a recording starts at
 * the answer; on an answered call it starts at once, and RECORDING_STARTED tells how much of the
 * answered call it misses. The media side is the call's {@link org.earshot.telephony.media.CallRecorder}.
 * A pause records silence and reports every key pressed on the call masked (the digits may be a
 * payment card's) until it is resumed, by the EJB layer, by the agent's {@code *2} when the policy lets
 * the agent pause with {@code *1}, or by itself after the policy's time. Everything here runs under
 * the call's lock.
 */
final class Recordings {

    private static final Logger LOG = Logger.getLogger(Recordings.class.getName());
    static final String MASKED = "masked";
    private static final String AGENT_KEY = "agent key";
    private static final String AUTO_RESUME = "auto-resume";

    private final CallEvents events;
    private final ScheduledExecutorService timers;
    private final Clock clock;

    Recordings(CallEvents events, ScheduledExecutorService timers, Clock clock) {
        this.events = events;
        this.timers = timers;
        this.clock = clock;
    }

    /** Arms or starts the call's recording; false when the call ended or is recorded already. */
    boolean record(Call call, RecordingSink sink, RecordingOptions options) {
        if (call.state == Call.State.ENDED || call.recording != null) {
            return false;
        }
        // the end is told on the recording thread, which must not wait for a call's lock
        call.recording = new Recording(call.media.record(sink, options.keepSupervisorAudio(), options.agentMayPause(),
                end -> afterwards(() -> stopped(call, end))), options);
        call.agentPressedStar = false; // reported already: it begins no pause code

        if (call.state == Call.State.ANSWERED) {
            start(call, Duration.between(call.answeredAt, clock.instant()).toMillis());
        }
        return true;
    }

    /** The call was answered: an armed recording starts with it. */
    void answered(Call call) {
        if (call.recording != null && !call.recording.started) {
            start(call, 0);
        }
    }

    private void start(Call call, long unrecordedMillis) {
        Recording recording = call.recording;
        recording.started = true;
        recording.recorder.start();
        events.emit(call, CallEvent.Type.RECORDING_STARTED, String.valueOf(Math.max(0, unrecordedMillis)));
    }

    /** False when the call is not being recorded (not yet, or not any more) or is paused already. */
    boolean pause(Call call, String by) {
        Recording recording = call.recording;
        if (recording == null || !recording.started || recording.stopped || recording.paused) {
            return false;
        }
        recording.recorder.pause();
        recording.paused = true;
        Duration after = recording.options.autoResumeAfter();
        if (after != null) {
            recording.autoResume = timers.schedule(() -> autoResume(call, recording), after.toMillis(), TimeUnit.MILLISECONDS);
        }
        events.emit(call, CallEvent.Type.RECORDING_PAUSED, by);
        return true;
    }

    /** False when the call's recording is not paused. */
    boolean resume(Call call, String by) {
        Recording recording = call.recording;
        if (recording == null || !recording.paused) {
            return false;
        }
        recording.recorder.resume();
        recording.paused = false;
        if (recording.autoResume != null) {
            recording.autoResume.cancel(false);
            recording.autoResume = null;
        }
        events.emit(call, CallEvent.Type.RECORDING_RESUMED, by);
        return true;
    }

    private void autoResume(Call call, Recording recording) {
        synchronized (call) {
            if (call.recording == recording && recording.paused && call.state != Call.State.ENDED) {
                resume(call, AUTO_RESUME);
            }
        }
    }

    /**
     * A key a party of the answered call pressed (RFC 4733 or SIP INFO): reported as DTMF, masked
     * while the recording is paused. The agent's {@code *1} and {@code *2} pause and resume instead,
     * when the recording's policy lets the agent; their {@code *} is held back until the next key
     * shows whether it began one. On a call not recorded, the agent's {@code *3} asks for it to be
     * recorded (RECORDING_REQUESTED); its keys were relayed to the caller as any key of an unrecorded
     * call is, so they are reported too.
     */
    void keyPressed(Call call, RtpRelay.Side side, char key) {
        if (side != RtpRelay.Side.B) {
            report(call, key);
            return;
        }
        boolean afterStar = call.agentPressedStar;
        call.agentPressedStar = key == '*';
        Recording recording = call.recording;
        if (recording == null) {
            report(call, key);
            if (afterStar && key == '3') {
                events.emit(call, CallEvent.Type.RECORDING_REQUESTED, AGENT_KEY);
            }
            return;
        }
        if (!recording.agentKeysWork()) {
            report(call, key);
            return;
        }
        if (afterStar) {
            if (key == '1') {
                pause(call, AGENT_KEY);
                return;
            }
            if (key == '2') {
                resume(call, AGENT_KEY);
                return;
            }
            report(call, '*');
        }
        if (key != '*') {
            report(call, key);
        }
    }

    /** Another party took the agent's side: a '*' the agent before it pressed begins no code of the successor's. */
    void agentReplaced(Call call) {
        call.agentPressedStar = false;
    }

    private void report(Call call, char key) {
        boolean masked = call.recording != null && call.recording.paused;
        events.emit(call, CallEvent.Type.DTMF, masked ? MASKED : String.valueOf(key));
    }

    /** The recording ended (the call did, the sink failed, or the server stops). */
    private void stopped(Call call, RecordingEnd end) {
        synchronized (call) {
            // a pause goes on (keys stay masked) until resumed or its auto-resume, as the card's digits may still be coming
            call.recording.stopped = true;
            events.emit(call, CallEvent.Type.RECORDING_STOPPED, end.detail());
        }
    }

    private void afterwards(Runnable task) {
        try {
            timers.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.fine("A recording's end was not reported: the call handling has stopped");
        }
    }
}
