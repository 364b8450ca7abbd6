package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A caller whose phone sends its keys by SIP INFO (real sipp): Earshot answers each 200 and reports
 * it as DTMF, as it does RFC 4733 keys, without passing the INFO on; an INFO with another body gets
 * 415 saying which types are taken. (A supervisor's keys by INFO: {@link MonitorCodeSippTest}.)
 */
class DtmfInfoSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"));

    @Test
    void aCallersKeysByInfoAreReportedAndOtherBodiesRefused() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1000)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("keys_by_info.xml", 0, 440).arg("-s", "1002", "-key", "caller", "caller",
                "-key", "rtp_port", String.valueOf(earshot.phoneMedia(4))).startAgainst(earshot.port());

        CallEvent last = earshot.awaitEvent(CallEvent.Type.DTMF, event -> event.detail().equals("3"));
        assertThat(earshot.server().callControl().hangUp(last.callId())).isTrue();

        for (Sipp.Result phone : new Sipp.Result[] {caller.finish(), agent.finish()}) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        assertThat(earshot.events()).filteredOn(event -> event.type() == CallEvent.Type.DTMF).extracting(CallEvent::detail)
                .containsExactly("2", "3");
    }
}
