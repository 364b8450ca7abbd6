package org.earshot.telephony.media;

import org.earshot.telephony.api.MonitoringMode;

/**
 * A party's place in a mixed call: caller, agent or supervisor, and for a supervisor the mode it
 * monitors in. It decides whom the party hears. The mode is one volatile field, read once per
 * frame by the mixer, so a switch takes effect on the next frame and never half-way through one.
 */
final class Voice {

    enum Role { CALLER, AGENT, SUPERVISOR }

    final Role role;
    private volatile MonitoringMode mode;

    private Voice(Role role, MonitoringMode mode) {
        this.role = role;
        this.mode = mode;
    }

    static Voice caller() {
        return new Voice(Role.CALLER, null);
    }

    static Voice agent() {
        return new Voice(Role.AGENT, null);
    }

    static Voice supervisor(MonitoringMode mode) {
        Voice voice = new Voice(Role.SUPERVISOR, null);
        voice.switchTo(mode);
        return voice;
    }

    /**
     * A supervisor's new mode. A takeover is no mix: the supervisor's port becomes the agent's
     * side of the relay ({@link RtpRelay#handOver}), so it cannot be switched to here.
     */
    void switchTo(MonitoringMode next) {
        if (role != Role.SUPERVISOR) {
            throw new IllegalStateException("Only a supervisor has a monitoring mode, not the " + role);
        }
        if (next == MonitoringMode.TAKEOVER) {
            throw new IllegalArgumentException("A takeover hands the agent's side over; it is not a mix");
        }
        mode = next;
    }

    MonitoringMode mode() {
        return mode;
    }

    /** Whether this party hears the speaker: caller and agent each other, supervisors both, and a supervisor only as its mode says. */
    boolean hears(Voice speaker) {
        if (speaker == this) {
            return false;
        }
        return switch (speaker.role) {
            case CALLER, AGENT -> role != speaker.role;
            case SUPERVISOR -> role == Role.AGENT ? speaker.mode.agentHearsSupervisor()
                    : role == Role.CALLER && speaker.mode.callerHearsSupervisor();
        };
    }

    @Override
    public String toString() {
        return role == Role.SUPERVISOR ? "supervisor (" + mode + ")" : role.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
