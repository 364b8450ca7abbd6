package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayProgressTest {

    private static final long MS = 1_000_000;

    @Test
    void aRelayThatFinishedAnIterationHasRelayedWhatArrivedBeforeItBegan() {
        RelayProgress progress = new RelayProgress(0);
        progress.waiting(100 * MS);
        progress.reading();
        progress.readAll();
        assertThat(progress.relayedBefore(130 * MS)).isEqualTo(100 * MS);
    }

    @Test
    void aRelayStillReadingABacklogHoldsTheRecordingsBackToWhereItsIterationBegan() {
        RelayProgress progress = new RelayProgress(0);
        progress.waiting(100 * MS);
        progress.reading();
        progress.readAll();
        progress.waiting(110 * MS);
        progress.reading();
        assertThat(progress.relayedBefore(900 * MS)).as("the iteration that began at 110 ms is not through").isEqualTo(100 * MS);
        progress.readAll();
        assertThat(progress.relayedBefore(900 * MS)).isEqualTo(110 * MS);
    }

    @Test
    void aRelayWaitingForPacketsHasRelayedEverything() {
        RelayProgress progress = new RelayProgress(0);
        progress.waiting(100 * MS);
        assertThat(progress.relayedBefore(100 * MS + MS / 2)).as("a wait this short may be a backlog about to return")
                .isEqualTo(0);
        assertThat(progress.relayedBefore(500 * MS)).isEqualTo(500 * MS);
    }

    @Test
    void recordingsWaitForARelayHeldUpOnlySoLong() {
        RelayProgress progress = new RelayProgress(0);
        progress.waiting(100 * MS);
        progress.reading();
        long muchLater = 100 * MS + RelayProgress.LONGEST_WAIT_NANOS + 700 * MS;
        assertThat(progress.relayedBefore(muchLater)).isEqualTo(muchLater - RelayProgress.LONGEST_WAIT_NANOS);
    }
}
