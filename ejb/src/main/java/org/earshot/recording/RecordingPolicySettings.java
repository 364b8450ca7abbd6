package org.earshot.recording;

/**
 * A recording policy as an administrator sets it.
 *
 * @param samplePercent     the share of calls a {@link RecordingMode#SAMPLE} policy records, 1 to 100
 *                          (kept, though unused, by the other modes)
 * @param retentionDays     how long a recording is kept after its call, 1 to 3650 days
 * @param autoResumeSeconds a pause ends by itself after this long, 10 to 3600 s; null: only when someone resumes
 */
public record RecordingPolicySettings(RecordingMode mode, int samplePercent, boolean keepSupervisorAudio, int retentionDays,
                                      boolean agentsMayPause, Integer autoResumeSeconds) {
}
