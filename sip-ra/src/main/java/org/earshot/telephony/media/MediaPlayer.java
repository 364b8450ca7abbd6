package org.earshot.telephony.media;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Plays prompts and tones to parties: queue music to waiting callers, confirmation tones for
 * feature codes, monitoring notices. One thread paces every playback: a prompt is encoded once when
 * its playback starts, so a frame costs a copy and one datagram, and hundreds of waiting callers
 * fit in its 20 ms.
 */
public final class MediaPlayer implements AutoCloseable {

    private final ScheduledThreadPoolExecutor scheduler;
    private final Set<Playback> playing = ConcurrentHashMap.newKeySet();

    public MediaPlayer() {
        scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "earshot-prompts");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true); // a stopped playback leaves nothing queued behind
    }

    /** Starts playing at once; the handle stops it and reports what was sent. */
    public Playback play(Prompt prompt, RtpTarget target, Loop loop) {
        if (scheduler.isShutdown()) {
            throw new IllegalStateException("Media player is closed");
        }
        Playback playback = new Playback(prompt, target, loop);
        playing.add(playback);
        playback.finished().whenComplete((report, failure) -> playing.remove(playback));
        playback.startOn(scheduler);
        return playback;
    }

    /** Playbacks under way now. */
    int playing() {
        return playing.size();
    }

    /** Stops every playback and the player's thread. */
    @Override
    public void close() {
        scheduler.shutdown();
        List.copyOf(playing).forEach(Playback::stop);
    }
}
