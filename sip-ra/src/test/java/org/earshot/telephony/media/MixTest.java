package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

/**
 * Who hears whom, frame by frame, with synthetic frames: each party speaks a constant of its own
 * (caller 1000, agent 100, supervisor 10), so the value a listener gets names exactly whom it heard.
 */
class MixTest {

    private static final short CALLER = 1000;
    private static final short AGENT = 100;
    private static final short SUPERVISOR = 10;

    private final Voice caller = Voice.caller();
    private final Voice agent = Voice.agent();

    @Test
    void listeningSupervisorHearsBothAndNobodyHearsIt() {
        Voice supervisor = Voice.supervisor(MonitoringMode.LISTEN);
        Map<Voice, short[]> spoken = everyoneSpeaks(supervisor);

        assertThat(heard(supervisor, spoken)).isEqualTo(CALLER + AGENT);
        assertThat(heard(agent, spoken)).isEqualTo(CALLER);
        assertThat(heard(caller, spoken)).isEqualTo(AGENT);
    }

    @Test
    void callerNeverHearsAWhisper() {
        Voice supervisor = Voice.supervisor(MonitoringMode.WHISPER);
        Map<Voice, short[]> spoken = everyoneSpeaks(supervisor);

        assertThat(heard(supervisor, spoken)).isEqualTo(CALLER + AGENT);
        assertThat(heard(agent, spoken)).isEqualTo(CALLER + SUPERVISOR);
        assertThat(heard(caller, spoken)).isEqualTo(AGENT);
    }

    @Test
    void bargingSupervisorIsHeardByBoth() {
        Voice supervisor = Voice.supervisor(MonitoringMode.BARGE);
        Map<Voice, short[]> spoken = everyoneSpeaks(supervisor);

        assertThat(heard(supervisor, spoken)).isEqualTo(CALLER + AGENT);
        assertThat(heard(agent, spoken)).isEqualTo(CALLER + SUPERVISOR);
        assertThat(heard(caller, spoken)).isEqualTo(AGENT + SUPERVISOR);
    }

    @Test
    void aSwitchChangesTheVeryNextFrame() {
        Voice supervisor = Voice.supervisor(MonitoringMode.LISTEN);
        Map<Voice, short[]> spoken = everyoneSpeaks(supervisor);
        assertThat(heard(caller, spoken)).isEqualTo(AGENT);

        supervisor.switchTo(MonitoringMode.BARGE);

        assertThat(heard(caller, spoken)).isEqualTo(AGENT + SUPERVISOR);
    }

    @Test
    void supervisorsNeverHearEachOther() {
        Voice barging = Voice.supervisor(MonitoringMode.BARGE);
        Voice listening = Voice.supervisor(MonitoringMode.LISTEN);
        Map<Voice, short[]> spoken = everyoneSpeaks(barging);
        spoken.put(listening, frame((short) 1));

        assertThat(heard(listening, spoken)).isEqualTo(CALLER + AGENT);
        assertThat(heard(barging, spoken)).isEqualTo(CALLER + AGENT);
        assertThat(heard(caller, spoken)).isEqualTo(AGENT + SUPERVISOR);
    }

    @Test
    void aPartyThatSentNothingIsSilenceAndStallsNobody() {
        Voice supervisor = Voice.supervisor(MonitoringMode.BARGE);
        Map<Voice, short[]> spoken = everyoneSpeaks(supervisor);
        spoken.put(agent, null);

        assertThat(heard(caller, spoken)).isEqualTo(SUPERVISOR);
        assertThat(heard(supervisor, spoken)).isEqualTo(CALLER);
        assertThat(Mix.heardBy(agent, Map.of(agent, frame(AGENT)))).containsOnly((short) 0);
    }

    @Test
    void loudPartiesTogetherAreClippedNotWrappedAround() {
        Voice supervisor = Voice.supervisor(MonitoringMode.BARGE);
        Map<Voice, short[]> loud = new LinkedHashMap<>();
        loud.put(caller, frame((short) 30000));
        loud.put(agent, frame((short) -30000));
        loud.put(supervisor, frame((short) 30000));
        Map<Voice, short[]> allNegative = new LinkedHashMap<>(loud);
        allNegative.put(supervisor, frame((short) -30000));

        assertThat(Mix.heardBy(agent, loud)).containsOnly(Short.MAX_VALUE);
        assertThat(Mix.heardBy(caller, allNegative)).containsOnly(Short.MIN_VALUE);
    }

    @Test
    void takeoverIsNoMix() {
        Voice supervisor = Voice.supervisor(MonitoringMode.WHISPER);

        assertThatThrownBy(() -> supervisor.switchTo(MonitoringMode.TAKEOVER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(supervisor.mode()).isEqualTo(MonitoringMode.WHISPER);
        assertThatThrownBy(() -> caller.switchTo(MonitoringMode.LISTEN)).isInstanceOf(IllegalStateException.class);
    }

    private Map<Voice, short[]> everyoneSpeaks(Voice supervisor) {
        Map<Voice, short[]> spoken = new LinkedHashMap<>();
        spoken.put(caller, frame(CALLER));
        spoken.put(agent, frame(AGENT));
        spoken.put(supervisor, frame(SUPERVISOR));
        return spoken;
    }

    /** The one value of the frame the listener hears (every sample is the same). */
    private static int heard(Voice listener, Map<Voice, short[]> spoken) {
        short[] frame = Mix.heardBy(listener, spoken);
        assertThat(frame).hasSize(RtpStream.FRAME_SAMPLES).containsOnly(frame[0]);
        return frame[0];
    }

    private static short[] frame(short value) {
        short[] frame = new short[RtpStream.FRAME_SAMPLES];
        Arrays.fill(frame, value);
        return frame;
    }
}
