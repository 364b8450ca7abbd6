package org.earshot.testing;

import java.lang.reflect.Field;

/**
 * Reads and writes private fields of entities in unit tests only: generated ids, and state that
 * production code sets through the database (a grant's last use) or that a tamperer could change
 * (an audit entry's column). Production code never does this.
 */
public final class Fields {

    private Fields() {
    }

    /** Gives an entity the id the database would have generated. */
    public static <T> T withId(T entity, long id) {
        set(entity, "id", id);
        return entity;
    }

    public static void set(Object target, String name, Object value) {
        try {
            field(target.getClass(), name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot set " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <V> V get(Object target, String name) {
        try {
            return (V) field(target.getClass(), name).get(target);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no field " + name);
    }
}
