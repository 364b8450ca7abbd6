package org.earshot.telephony.queue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.earshot.telephony.directory.DirectoryQueue;
import org.earshot.telephony.directory.QueueDirectory;
import org.earshot.telephony.media.Prompt;

/**
 * What agents dial from their phone to change their own availability. Earshot answers such a call,
 * plays the confirmation (rising tones: now taking calls; falling: not) and hangs up.
 */
public enum FeatureCode {

    /** Log in to every queue the agent is a member of. */
    LOG_IN("*60", true),
    /** Log out of every queue. */
    LOG_OUT("*61", false),
    /** Back at the phone: calls may be offered again. */
    AVAILABLE("*62", true),
    /** Away from the phone (break, meeting): stays logged in, is offered no calls. */
    AWAY("*63", false);

    private final String code;
    private final boolean takingCalls;

    FeatureCode(String code, boolean takingCalls) {
        this.code = code;
        this.takingCalls = takingCalls;
    }

    /** The feature code a dialed number is, if any; phones may send the star escaped as %2A. */
    public static Optional<FeatureCode> parse(String dialed) {
        if (dialed == null) {
            return Optional.empty();
        }
        String digits = dialed.strip().replace("%2A", "*").replace("%2a", "*");
        return Arrays.stream(values()).filter(feature -> feature.code.equals(digits)).findFirst();
    }

    /**
     * Changes the dialing agent's availability. False when there was nothing to do it for: logging
     * in, when the agent is a member of no queue (answer 403 rather than confirm).
     */
    public boolean applyTo(String extension, AgentAvailability agents, QueueDirectory queues) {
        switch (this) {
            case LOG_IN -> {
                List<String> numbers = queues.queuesOf(extension).stream().map(DirectoryQueue::number).toList();
                if (numbers.isEmpty()) {
                    return false;
                }
                agents.logIn(extension, numbers);
            }
            case LOG_OUT -> agents.logOut(extension, agents.stateOf(extension).queues());
            case AVAILABLE -> agents.available(extension);
            case AWAY -> agents.away(extension);
        }
        return true;
    }

    /** The tones that confirm this code was applied, with a short tail so hanging up does not clip them. */
    public Prompt confirmation() {
        return takingCalls ? Confirmations.RISING : Confirmations.FALLING;
    }

    /** Built once, on first use (an enum's constants cannot refer to its own static fields). */
    private static final class Confirmations {

        static final Prompt RISING = beeps(600, 900);
        static final Prompt FALLING = beeps(900, 600);

        private static Prompt beeps(int first, int second) {
            Duration beep = Duration.ofMillis(150);
            return Prompt.tone(first, beep, -10).then(Prompt.silence(Duration.ofMillis(50)))
                    .then(Prompt.tone(second, beep, -10)).then(Prompt.silence(Duration.ofMillis(200)));
        }
    }
}
