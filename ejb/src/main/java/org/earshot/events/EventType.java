package org.earshot.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The published name and version of a {@link DomainEvent} record. A change that consumers of the
 * current version could misread (a field renamed, removed or given another meaning) is a new version
 * with its own schema; adding an optional field is not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Lower case, capability first: {@code call.started}, {@code monitoring.mode-changed}. */
    String name();

    int version();
}
