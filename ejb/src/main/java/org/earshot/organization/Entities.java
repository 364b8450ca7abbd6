package org.earshot.organization;

import jakarta.persistence.EntityManager;

/** Loading by id with the not-found error every service reports the same way. */
public final class Entities {

    private Entities() {
    }

    public static <T> T load(EntityManager em, Class<T> type, long id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(type.getSimpleName() + " " + id + " does not exist");
        }
        return entity;
    }
}
