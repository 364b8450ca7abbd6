package org.earshot.telephony.api;

import java.time.Duration;

/**
 * How the core records one call, as its recording policy says.
 *
 * @param keepSupervisorAudio whether what supervisors say in whisper or barge is given to the sink
 * @param agentMayPause       whether the agent's keys *1 (pause) and *2 (resume) act on the recording;
 *                            the agent's RFC 4733 keys are then never relayed to the caller while the call is recorded
 * @param autoResumeAfter     a pause ends by itself after this long (an agent forgetting to resume is
 *                            the common failure); null never
 */
public record RecordingOptions(boolean keepSupervisorAudio, boolean agentMayPause, Duration autoResumeAfter) {
}
