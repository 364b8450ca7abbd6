package org.earshot.bench.rec;

import java.io.IOException;
import org.earshot.telephony.api.RecordingSink;

/** Where the benchmark's recordings go: one new sink per call. */
interface Sinks {

    /** A call's sink, the file it writes, and what RecordingCheck needs to read it back ("-" when nothing). */
    record Opened(RecordingSink sink, String path, String key) {
    }

    Opened open(String callId) throws IOException;
}
