package org.earshot.monitoring;

/**
 * What an agent's own view offers about privacy on their answered call: whether it is marked private,
 * and if not, whether they may mark it so now ({@code whyNot} null) or why not.
 */
public record CallPrivacy(String callId, boolean markedPrivate, String whyNot) {

    public boolean markable() {
        return !markedPrivate && whyNot == null;
    }
}
