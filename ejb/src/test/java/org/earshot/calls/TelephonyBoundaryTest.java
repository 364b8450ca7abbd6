package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application sees the telephony core through its API package alone: the module depends on the
 * adapter's api jar, so the core's internals are not on its class path and code that used them
 * would not compile.
 */
class TelephonyBoundaryTest {

    @ParameterizedTest
    @ValueSource(strings = {"CallEvent", "CallControl", "CallControlFactory", "MonitoringMode", "AgentStateReport"})
    void theTelephonyApiIsOnTheClassPath(String type) {
        assertThatCode(() -> Class.forName("org.earshot.telephony.api." + type)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip.SipServer", "call.B2bua", "connector.SipResourceAdapter", "queue.AgentAvailability",
            "directory.QueueDirectory", "media.Prompt"})
    void theCoreIsNot(String type) {
        assertThatThrownBy(() -> Class.forName("org.earshot.telephony." + type)).isInstanceOf(ClassNotFoundException.class);
    }
}
