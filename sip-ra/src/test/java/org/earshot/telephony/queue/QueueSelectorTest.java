package org.earshot.telephony.queue;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.testing.Queues;
import org.junit.jupiter.api.Test;

/** The queue of an incoming INVITE, read from real SIP text as the stack parses it. */
class QueueSelectorTest {

    private final Queues queues = new Queues();
    private final DirectoryQueue billing = queues.add("Billing", "5001", "1001");
    private final DirectoryQueue support = queues.add("Support", "5002", "1002");
    private final QueueSelector selector = new QueueSelector(queues, QueueSelector.DEFAULT_HEADER);

    @Test
    void dialedQueueNumberSelectsTheQueue() throws Exception {
        assertThat(selector.select(invite("5001"))).contains(billing);
    }

    @Test
    void dialedExtensionOrFeatureCodeIsNoQueueCall() throws Exception {
        assertThat(selector.select(invite("1001"))).isEmpty();
        assertThat(selector.select(invite("*60"))).isEmpty();
    }

    @Test
    void upstreamHeaderNamingTheQueueNumberWinsOverTheDialedNumber() throws Exception {
        assertThat(selector.select(invite("5001", "X-Earshot-Queue: 5002"))).contains(support);
    }

    @Test
    void upstreamHeaderMayNameTheQueueInAnyCaseWithParameters() throws Exception {
        assertThat(selector.select(invite("+33478000000", "X-Earshot-Queue: support ;priority=2"))).contains(support);
    }

    @Test
    void unknownOrBlankHeaderFallsBackToTheDialedNumber() throws Exception {
        assertThat(selector.select(invite("5001", "X-Earshot-Queue: Sales"))).contains(billing);
        assertThat(selector.select(invite("5001", "X-Earshot-Queue: "))).contains(billing);
        assertThat(selector.select(invite("+33478000000", "X-Earshot-Queue: Sales"))).isEmpty();
    }

    @Test
    void headerNameIsConfigurable() throws Exception {
        QueueSelector acd = new QueueSelector(queues, "X-ACD-Skill");

        assertThat(acd.select(invite("+33478000000", "X-ACD-Skill: Billing"))).contains(billing);
        assertThat(acd.select(invite("+33478000000", "X-Earshot-Queue: Billing"))).isEmpty();
    }

    private static Request invite(String dialed, String... extraHeaders) throws Exception {
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        MessageFactory messages = factory.createMessageFactory();
        StringBuilder text = new StringBuilder()
                .append("INVITE sip:").append(dialed).append("@127.0.0.1:5060 SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-1\r\n")
                .append("From: <sip:trunk@127.0.0.1:5070>;tag=1\r\n")
                .append("To: <sip:").append(dialed).append("@127.0.0.1:5060>\r\n")
                .append("Call-ID: queue-selector-test\r\n")
                .append("CSeq: 1 INVITE\r\n")
                .append("Max-Forwards: 70\r\n");
        for (String header : extraHeaders) {
            text.append(header).append("\r\n");
        }
        return messages.createRequest(text.append("Content-Length: 0\r\n\r\n").toString());
    }
}
