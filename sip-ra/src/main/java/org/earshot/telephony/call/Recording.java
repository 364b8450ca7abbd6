package org.earshot.telephony.call;

import java.util.concurrent.ScheduledFuture;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.media.CallRecorder;

/** The recording of one call as its signalling sees it ({@link Recordings}); guarded by the call's lock. */
final class Recording {

    final CallRecorder recorder;
    final RecordingOptions options;
    /** Recording from the answer on (or from when it was asked for); false while armed on a call not answered yet. */
    boolean started;
    /** The recording ended (the call did, or its sink failed): it neither pauses nor records again. */
    boolean stopped;
    /** Paused: silence is recorded and the call's keys are reported masked, until resumed. */
    boolean paused;
    /** The pause ends by itself at this; null when the options ask for no auto-resume. */
    ScheduledFuture<?> autoResume;

    Recording(CallRecorder recorder, RecordingOptions options) {
        this.recorder = recorder;
        this.options = options;
    }

    /** Whether the agent's keys *1 and *2 act on the recording now. */
    boolean agentKeysWork() {
        return options.agentMayPause() && started && !stopped;
    }
}
