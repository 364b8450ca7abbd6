package org.earshot.telephony.api;

import java.io.IOException;

/**
 * Where the telephony core writes one call's recording as it records it: the EJB layer provides it
 * (encrypting as it writes), the core calls it on its recording thread only, never on a thread that
 * relays packets. The core keeps no audio of its own: nothing it records touches the disk but
 * through a sink.
 */
public interface RecordingSink {

    /**
     * The next block of the recording's timeline: 8 kHz, 16-bit linear samples, every array the same
     * length, the first sample of the first block being the call's first answered frame (or the
     * moment recording started, on a call answered before). Silence where a party sent nothing, was
     * on hold or the recording was paused: the timeline never skips.
     *
     * @param caller     the caller's audio (the recording's left channel)
     * @param agent      the agent's audio, or the agent taking over after a transfer, or the
     *                   supervisor after a takeover (the right channel)
     * @param supervisor what supervisors said that the call heard (whisper, barge), summed; null in a
     *                   block where none did, and always null unless supervisor audio is kept
     * @throws IOException when it cannot be kept (a full disk): the core stops recording the call,
     *                     closes the sink as incomplete and reports RECORDING_STOPPED; the call goes on
     */
    void write(short[] caller, short[] agent, short[] supervisor) throws IOException;

    /** The recording ended; called once, after the last block. */
    void close(RecordingEnd end);
}
