package org.earshot.recording;

/**
 * Who talked when in a recording, after {@link TalkDetector}'s smoothing: each party's talk spurts as
 * frame bounds (start inclusive, end exclusive, in pairs) over a timeline of so many 20 ms frames.
 */
record SpeechActivity(int frames, int[] callerSpurts, int[] agentSpurts) {

    boolean[] callerTalking() {
        return talking(callerSpurts);
    }

    boolean[] agentTalking() {
        return talking(agentSpurts);
    }

    private boolean[] talking(int[] spurts) {
        boolean[] talking = new boolean[frames];
        for (int i = 0; i < spurts.length; i += 2) {
            for (int frame = spurts[i]; frame < Math.min(frames, spurts[i + 1]); frame++) {
                talking[frame] = true;
            }
        }
        return talking;
    }
}
