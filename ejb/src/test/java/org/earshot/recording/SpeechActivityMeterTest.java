package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.earshot.telephony.api.RecordingEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meter on the recorder's thread: what the sink measures as it writes, and what that costs it. */
class SpeechActivityMeterTest {

    @TempDir
    Path temp;

    @Test
    void theSinkMeasuresWhatItWritesAsTheTrackReadBackSays() throws Exception {
        RecordingVault vault = new RecordingVault(new KeyEncryptionKeys(temp.resolve("keyset.json"), true), temp.resolve("recordings"));
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 12, 7);
        WrappedKey key = vault.newDataKey();
        Conversation conversation = new Conversation(9000).caller(0, 3000).agent(2500, 7000).caller(8000, 8040);
        EncryptedRecordingSink sink = vault.openSink(id, day, key, false);
        for (int at = 0; at < conversation.caller().length; at += Audio.BLOCK) {
            sink.write(Arrays.copyOfRange(conversation.caller(), at, at + Audio.BLOCK),
                    Arrays.copyOfRange(conversation.agent(), at, at + Audio.BLOCK), null);
        }
        assertThat(sink.speechActivity()).as("not before the sink is closed").isEmpty();
        sink.close(RecordingEnd.CALL_ENDED);

        SpeechSignals measured = new ConversationTimeline(sink.speechActivity().orElseThrow(), TimelineSpans.none()).signals();
        try (SeekableByteChannel track = vault.openForReading(id, day, RecordingTrack.CALL, key)) {
            assertThat(new ConversationTimeline(SpeechActivityMeter.of(track), TimelineSpans.none()).signals()).isEqualTo(measured);
        }
        assertThat(measured).isEqualTo(new SpeechSignals(3000, 4500, 60L, 2000, 2000, 1, 500, 2500, 4000, 0));
    }

    @Test
    void listeningToABlockAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Conversation conversation = new Conversation(1000).caller(0, 600).agent(400, 1000);
        short[] caller = Arrays.copyOf(conversation.caller(), Audio.BLOCK);
        short[] agent = Arrays.copyOf(conversation.agent(), Audio.BLOCK);
        SpeechActivityMeter meter = new SpeechActivityMeter();
        for (int block = 0; block < 20_000; block++) {
            meter.accept(caller, agent, Audio.BLOCK);
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int block = 0; block < 10_000; block++) {
            meter.accept(caller, agent, Audio.BLOCK);
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(allocated).as("bytes allocated over 10 000 blocks (33 minutes of a call)").isLessThan(1024);
    }
}
