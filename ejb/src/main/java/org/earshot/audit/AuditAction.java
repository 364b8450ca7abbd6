package org.earshot.audit;

/**
 * An action the audit trail records. Each capability names its own actions in its own package,
 * usually as an enum implementing this interface; the trail stores "capability.NAME", so two
 * capabilities may use the same name and the trail needs no list of them.
 */
public interface AuditAction {

    /** The capability (package) that performs the action, e.g. "monitoring". */
    String capability();

    /** The action within its capability, e.g. "MONITOR_START"; an enum's constant name. */
    String name();

    /** How the action is stored and filtered: "monitoring.MONITOR_START". */
    default String qualifiedName() {
        return capability() + "." + name();
    }
}
