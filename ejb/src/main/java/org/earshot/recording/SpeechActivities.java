package org.earshot.recording;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sinks of the recordings under way, so that the transaction that finishes a recording takes the
 * speech activity its sink measured while writing, instead of reading the audio back. The core closes
 * a sink before it reports RECORDING_STOPPED, so the activity is there when that event is handled.
 * (Its methods are public so that the container's proxy forwards them.)
 */
@ApplicationScoped
public class SpeechActivities {

    private final Map<UUID, EncryptedRecordingSink> sinks = new ConcurrentHashMap<>();

    public void follow(UUID recordingId, EncryptedRecordingSink sink) {
        sinks.put(recordingId, sink);
    }

    /** A recording the core did not take: nothing to measure. */
    public void forget(UUID recordingId) {
        sinks.remove(recordingId);
    }

    /** The finished recording's activity as its sink measured it; empty when this run did not write it, or it is not closed. */
    public Optional<SpeechActivity> take(UUID recordingId) {
        EncryptedRecordingSink sink = sinks.remove(recordingId);
        return sink == null ? Optional.empty() : sink.speechActivity();
    }
}
