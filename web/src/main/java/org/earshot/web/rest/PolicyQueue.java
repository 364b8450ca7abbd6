package org.earshot.web.rest;

/**
 * The path segment that names whose policy a request is about, where policies are kept per queue
 * with an organization default (recording, evaluation workflow): a queue's id, or {@value #DEFAULT}.
 */
public final class PolicyQueue {

    /** The path segment naming the organization default instead of a queue. */
    public static final String DEFAULT = "default";

    private PolicyQueue() {
    }

    /** The queue's id, or null for the organization default; anything else is a 400 on {@code queue}. */
    public static Long idOf(String queue) {
        if (DEFAULT.equals(queue)) {
            return null;
        }
        try {
            return Long.valueOf(queue);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("queue", "Name a queue by its id, or the organization default as \"" + DEFAULT + "\"");
        }
    }
}
