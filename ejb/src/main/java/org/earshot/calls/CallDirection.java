package org.earshot.calls;

/**
 * Which way a call went: a customer calling in (to a queue or an agent's number), an agent calling
 * out, or one extension calling another. Sampling rules select calls by it.
 */
public enum CallDirection {
    INBOUND, OUTBOUND, INTERNAL
}
