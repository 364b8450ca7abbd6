package org.earshot.telephony.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.earshot.telephony.connector.Lane.Admission;
import org.junit.jupiter.api.Test;

class LaneTest {

    private final List<String> delivered = new ArrayList<>();
    private final List<Lane<String>> retired = new ArrayList<>();
    private final Lane<String> lane = new Lane<>(delivered::add, retired::add);

    @Test
    void firstItemStartsTheLaneAndLaterOnesQueueBehindIt() {
        assertThat(lane.offer("a")).isEqualTo(Admission.MUST_START);
        assertThat(lane.offer("b")).isEqualTo(Admission.QUEUED);

        lane.run();

        assertThat(delivered).containsExactly("a", "b");
    }

    @Test
    void laneThatRanEmptyRetiresAndRefusesWhatComesAfterSoNoSecondWorkCanOverlapTheNewLane() {
        lane.offer("a");
        lane.run();
        assertThat(retired).containsExactly(lane);

        // An item offered by a thread that found this lane just before it retired goes to a new lane.
        assertThat(lane.offer("b")).isEqualTo(Admission.RETIRED);

        assertThat(delivered).containsExactly("a");
    }

    @Test
    void abandonedLaneDropsWhatItHeldAndRetires() {
        lane.offer("a");
        lane.offer("b");

        assertThat(lane.abandon()).isEqualTo(2);

        assertThat(retired).containsExactly(lane);
        assertThat(lane.offer("c")).isEqualTo(Admission.RETIRED);
        assertThat(delivered).isEmpty();
    }
}
