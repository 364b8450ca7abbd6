package org.earshot.query;

/**
 * Which rows of a list to return; sizes are capped so no request can pull a whole table. Counted
 * unless the caller already knows the total: over a million calls the count costs more than the rows.
 */
public record PageRequest(int first, int size, boolean counted) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public PageRequest(int first, int size) {
        this(first, size, true);
    }

    /** The same rows without their total ({@link Page#UNCOUNTED} where the list honours it). */
    public PageRequest uncounted() {
        return new PageRequest(first, size, false);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size);
    }
}
