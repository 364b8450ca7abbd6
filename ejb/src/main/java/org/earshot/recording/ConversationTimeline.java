package org.earshot.recording;

import java.util.function.IntPredicate;

/**
 * A recording's talk spurts ({@link SpeechActivity}) laid over the spans its markers set apart (holds
 * and pauses, {@link TimelineSpans}), counted into its {@link SpeechSignals}. Held and paused frames
 * belong to no signal but the hold time: a pause is silence by design and a hold is the caller
 * waiting, neither is the conversation. docs/quality.md, "Speech signals", defines each count.
 */
final class ConversationTimeline {

    /** 500 ms: both talking for less is a backchannel ("mm-hm"), not overtalk. */
    static final int OVERTALK_FRAMES = 25;
    /** 1 s: neither talking for less is the turn passing, not silence. */
    static final int SILENCE_FRAMES = 50;
    /** 1 s: the other party talking for up to this long (a backchannel, a short question) does not end a monologue. */
    static final int INTERRUPTION_FRAMES = 50;

    private static final int FRAME = TalkDetector.FRAME_MILLIS;

    private final int frames;
    private final boolean[] caller;
    private final boolean[] agent;
    private final boolean[] setApart;
    private final long holdMillis;

    ConversationTimeline(SpeechActivity activity, TimelineSpans spans) {
        frames = activity.frames();
        caller = activity.callerTalking();
        agent = activity.agentTalking();
        setApart = spans.setApart(frames, FRAME);
        holdMillis = spans.holdMillis((long) frames * FRAME);
    }

    SpeechSignals signals() {
        long callerTalk = count(frame -> caller[frame]) * FRAME;
        long agentTalk = count(frame -> agent[frame]) * FRAME;
        Runs silences = runs(frame -> !caller[frame] && !agent[frame], SILENCE_FRAMES);
        Runs overtalks = runs(frame -> caller[frame] && agent[frame], OVERTALK_FRAMES);
        return new SpeechSignals(callerTalk, agentTalk,
                callerTalk + agentTalk == 0 ? null : Math.round(100.0 * agentTalk / (callerTalk + agentTalk)),
                silences.total() * FRAME, silences.longest() * FRAME, overtalks.count(), overtalks.total() * FRAME,
                longestMonologue(caller, agent) * FRAME, longestMonologue(agent, caller) * FRAME, holdMillis);
    }

    private long count(IntPredicate in) {
        long count = 0;
        for (int frame = 0; frame < frames; frame++) {
            if (!setApart[frame] && in.test(frame)) {
                count++;
            }
        }
        return count;
    }

    private record Runs(long count, long total, long longest) {
    }

    /** The runs of frames in the conversation where {@code in} holds, counted when at least {@code shortest} long. */
    private Runs runs(IntPredicate in, int shortest) {
        long count = 0;
        long total = 0;
        long longest = 0;
        int run = 0;
        for (int frame = 0; frame <= frames; frame++) {
            if (frame < frames && !setApart[frame] && in.test(frame)) {
                run++;
                continue;
            }
            if (run >= shortest) {
                count++;
                total += run;
                longest = Math.max(longest, run);
            }
            run = 0;
        }
        return new Runs(count, total, longest);
    }

    /**
     * The longest stretch, in frames, from one of the party's talk frames to a later one, without the
     * other party talking for more than {@link #INTERRUPTION_FRAMES} on end, without a silence, and
     * without a hold or pause in between. An interruption ends it at the party's last talk before the
     * other began; while the other holds the floor, the party's talk starts nothing.
     */
    private long longestMonologue(boolean[] own, boolean[] other) {
        long longest = 0;
        int start = -1;
        int lastOwn = -1;
        int lastOwnBeforeOther = -1;
        int otherRun = 0;
        int silentRun = 0;
        for (int frame = 0; frame <= frames; frame++) {
            boolean conversationEnds = frame == frames || setApart[frame];
            if (conversationEnds) {
                otherRun = 0;
                silentRun = 0;
            } else {
                otherRun = other[frame] ? otherRun + 1 : 0;
                if (otherRun == 1) {
                    lastOwnBeforeOther = lastOwn;
                }
                silentRun = !own[frame] && !other[frame] ? silentRun + 1 : 0;
            }
            if (conversationEnds || silentRun >= SILENCE_FRAMES) {
                longest = Math.max(longest, span(start, lastOwn));
                start = -1;
            } else if (otherRun > INTERRUPTION_FRAMES) {
                longest = Math.max(longest, span(start, lastOwnBeforeOther));
                start = -1;
            } else if (own[frame]) {
                start = start < 0 ? frame : start;
                lastOwn = frame;
            }
        }
        return longest;
    }

    private static long span(int start, int last) {
        return start < 0 || last < start ? 0 : last - start + 1;
    }
}
