package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallStateTest {

    @Test
    void theLiveStatesAreWrittenOutAsLiteralsSoTheStateIndexFindsThem() {
        assertThat(CallState.liveAt("c.state")).isEqualTo("c.state IN (org.earshot.calls.CallState.RINGING,"
                + " org.earshot.calls.CallState.ANSWERED, org.earshot.calls.CallState.HELD, org.earshot.calls.CallState.TRANSFERRING)");
    }
}
