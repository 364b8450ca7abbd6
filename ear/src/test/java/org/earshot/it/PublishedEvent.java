package org.earshot.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earshot.events.EventMessages;

/** An event as a subscriber of the topic EarshotEvents receives it: the message's properties and JSON body. */
record PublishedEvent(UUID eventId, String type, int version, String aggregateType, String aggregateId, String body) {

    static PublishedEvent of(Message message) throws JMSException {
        return new PublishedEvent(UUID.fromString(message.getStringProperty(EventMessages.EVENT_ID)),
                message.getStringProperty(EventMessages.TYPE), message.getIntProperty(EventMessages.VERSION),
                message.getStringProperty(EventMessages.AGGREGATE_TYPE), message.getStringProperty(EventMessages.AGGREGATE_ID),
                message.getBody(String.class));
    }

    /** Receives until {@code count} arrived or nothing more came within {@code patience}. */
    static List<PublishedEvent> receive(JMSConsumer consumer, int count, Duration patience) throws JMSException {
        List<PublishedEvent> received = new ArrayList<>();
        Message message;
        while (received.size() < count && (message = consumer.receive(patience.toMillis())) != null) {
            received.add(of(message));
        }
        return received;
    }
}
