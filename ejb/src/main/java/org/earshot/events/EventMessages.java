package org.earshot.events;

/**
 * The JMS message properties every published event carries besides its JSON body, so consumers can
 * select (e.g. {@code eventType LIKE 'call.%'}) and deduplicate without parsing the body.
 */
public final class EventMessages {

    public static final String EVENT_ID = "eventId";
    public static final String TYPE = "eventType";
    public static final String VERSION = "eventVersion";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    /** JMS message groups: a shared subscription gives one aggregate's events to one consumer at a time. */
    public static final String GROUP = "JMSXGroupID";
    /** Artemis' duplicate detection: the broker discards a message whose id it has seen recently. */
    public static final String BROKER_DUPLICATE_ID = "_AMQ_DUPL_ID";

    private EventMessages() {
    }
}
