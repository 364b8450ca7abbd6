package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Goertzel;
import org.earshot.telephony.testing.RtpSink;
import org.earshot.telephony.testing.RtpSink.Packet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Earshot plays prompts out of a call's own RTP port to a party, here a plain socket on loopback that
 * decodes what it gets and listens for the tones in it.
 */
class MediaPlayerTest {

    private static final Prompt QUEUE_CHIME = Prompt.resource("/prompts/queue-chime.wav");

    private MediaEngine engine;
    private RtpRelay relay;
    private RtpSink caller;
    private MediaPlayer player;

    @BeforeEach
    void openCall() throws Exception {
        int base = FreePorts.rtp();
        engine = new MediaEngine("127.0.0.1", new PortRange(base, base + 2));
        relay = engine.openRelay();
        caller = new RtpSink();
        relay.partyAAt(caller.address());
        player = new MediaPlayer();
    }

    @AfterEach
    void closeCall() {
        player.close();
        relay.close();
        engine.close();
        caller.close();
    }

    @Test
    void toneReachesTheCallerAsPcmaRtpFromTheCallsPort() throws Exception {
        Playback playback = player.play(Prompt.tone(1000, Duration.ofSeconds(1), -6), relay.towardsPartyA(G711.PCMA), Loop.ONCE);

        List<Packet> packets = caller.receive(60, 500);
        Playback.Report report = playback.finished().get(2, TimeUnit.SECONDS);

        assertThat(packets).hasSize(50).allSatisfy(packet -> {
            assertThat(packet.payloadType()).isEqualTo(8);
            assertThat(packet.payload()).hasSize(160);
            assertThat(packet.ssrc()).isEqualTo(report.ssrc());
        });
        assertThat(packets).extracting(Packet::marker).containsOnlyOnce(true).first().isEqualTo(true);
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).sequence()).isEqualTo((packets.get(i - 1).sequence() + 1) & 0xFFFF);
            assertThat(packets.get(i).timestamp()).isEqualTo((packets.get(i - 1).timestamp() + 160) & 0xFFFFFFFFL);
        }
        assertThat(packets.get(0).sequence()).isEqualTo(report.firstSequence());
        short[] heard = RtpSink.decode(packets, G711.PCMA);
        assertThat(Goertzel.present(heard, 8000, 1000)).isTrue();
        assertThat(Goertzel.present(heard, 8000, 2600)).isFalse();
        assertThat(report).isEqualTo(new Playback.Report("1000 Hz 1000 ms", G711.PCMA, report.ssrc(), report.firstSequence(),
                50, 8000, Playback.State.COMPLETED));
        assertThat(player.playing()).isZero();
    }

    @Test
    void queueChimeIsHeardNoteByNoteInPcmu() throws Exception {
        player.play(QUEUE_CHIME, relay.towardsPartyA(G711.PCMU), Loop.ONCE);

        List<Packet> packets = caller.receive(200, 500);

        assertThat(packets).hasSize(100).allSatisfy(packet -> assertThat(packet.payloadType()).isZero());
        short[] heard = RtpSink.decode(packets, G711.PCMU);
        short[] first = Arrays.copyOfRange(heard, 0, 3200);
        short[] second = Arrays.copyOfRange(heard, 3200, 6400);
        short[] rest = Arrays.copyOfRange(heard, 6400, heard.length);
        assertThat(Goertzel.present(first, 8000, 660)).isTrue();
        assertThat(Goertzel.present(first, 8000, 880)).isFalse();
        assertThat(Goertzel.present(second, 8000, 880)).isTrue();
        assertThat(Goertzel.present(second, 8000, 660)).isFalse();
        assertThat(Goertzel.present(rest, 8000, 660) || Goertzel.present(rest, 8000, 880)).as("the pause is silent").isFalse();
    }

    @Test
    void loopedPromptKeepsFiftyPacketsPerSecondWithoutDrift() throws Exception {
        Playback playback = player.play(QUEUE_CHIME, relay.towardsPartyA(G711.PCMU), Loop.UNTIL_STOPPED);

        List<Packet> packets = caller.receive(140, 500); // 2.8 s: the 2 s chime and the start of its repeat
        playback.stop();

        Packet first = packets.get(0);
        List<Packet> inTwoSeconds = packets.stream()
                .filter(p -> p.arrivedNanos() - first.arrivedNanos() < TimeUnit.SECONDS.toNanos(2)).toList();
        assertThat(inTwoSeconds).hasSizeBetween(97, 103);
        Packet last = packets.get(packets.size() - 1);
        long late = (last.arrivedNanos() - first.arrivedNanos()) - (packets.size() - 1) * Playback.FRAME_NANOS;
        assertThat(Math.abs(late)).as("drift after %d packets, ns", packets.size()).isLessThan(TimeUnit.MILLISECONDS.toNanos(60));
        short[] repeat = RtpSink.decode(packets.subList(100, 120), G711.PCMU);
        assertThat(Goertzel.present(repeat, 8000, 660)).as("the chime starts over").isTrue();
    }

    @Test
    void stopIsImmediateAndNothingIsSentAfterIt() throws Exception {
        Playback playback = player.play(QUEUE_CHIME, relay.towardsPartyA(G711.PCMU), Loop.UNTIL_STOPPED);
        caller.receive(15, 1000);

        long before = System.nanoTime();
        playback.stop();
        long stopping = System.nanoTime() - before;
        List<Packet> after = caller.receive(100, 300);

        assertThat(TimeUnit.NANOSECONDS.toMillis(stopping)).isLessThan(20);
        assertThat(playback.isPlaying()).isFalse();
        Playback.Report report = playback.finished().getNow(null);
        assertThat(report.state()).isEqualTo(Playback.State.STOPPED);
        assertThat(15 + after.size()).as("packets received = packets reported sent").isEqualTo(report.packets());
        assertThat(after.size()).as("only those already on the way").isLessThanOrEqualTo(2);
    }

    @Test
    void playbackEndsByItselfWhenTheCallReleasesItsPort() throws Exception {
        Playback playback = player.play(QUEUE_CHIME, relay.towardsPartyA(G711.PCMU), Loop.UNTIL_STOPPED);
        caller.receive(5, 1000);

        relay.close();

        assertThat(playback.finished().get(1, TimeUnit.SECONDS).state()).isEqualTo(Playback.State.PORT_CLOSED);
    }

    @Test
    void closingThePlayerStopsEveryPlayback() throws Exception {
        Playback toCaller = player.play(QUEUE_CHIME, relay.towardsPartyA(G711.PCMU), Loop.UNTIL_STOPPED);
        Playback toAgent = player.play(QUEUE_CHIME, relay.towardsPartyB(G711.PCMU), Loop.UNTIL_STOPPED);

        player.close();

        assertThat(toCaller.report().state()).isEqualTo(Playback.State.STOPPED);
        assertThat(toAgent.report().state()).isEqualTo(Playback.State.STOPPED);
        assertThat(toAgent.report().packets()).as("party B's address is not known: nothing sent").isZero();
    }
}
