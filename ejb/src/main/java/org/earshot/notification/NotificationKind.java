package org.earshot.notification;

/**
 * What a notification is about. Each capability names its own kinds in its own package, as an enum
 * implementing this interface (like the audit trail's actions); a notification stores
 * "capability.NAME", so this package needs no list of them.
 */
public interface NotificationKind {

    /** The capability (package) that sends it, e.g. "evaluation". */
    String capability();

    /** The kind within its capability; an enum's constant name. */
    String name();

    default String qualifiedName() {
        return capability() + "." + name();
    }
}
