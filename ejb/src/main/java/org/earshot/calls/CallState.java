package org.earshot.calls;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a call stands: a new call rings, is answered, may be held and resumed, may be transferring
 * (its agent's transfer target rings) and ends.
 */
public enum CallState {
    RINGING, ANSWERED, HELD, TRANSFERRING, ENDED;

    public boolean isLive() {
        return this != ENDED;
    }

    /**
     * A JPQL condition that the call state at {@code path} is live, its states written out as
     * literals: PostgreSQL then finds the few live calls among a million ended ones by the state's
     * index, where {@code <> ENDED}, or a parameter, has it read them all.
     */
    static String liveAt(String path) {
        return Arrays.stream(values()).filter(CallState::isLive).map(state -> CallState.class.getName() + "." + state.name())
                .collect(Collectors.joining(", ", path + " IN (", ")"));
    }
}
