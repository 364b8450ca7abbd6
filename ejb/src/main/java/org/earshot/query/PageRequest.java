package org.earshot.query;

/** Which rows of a list to return; sizes are capped so no request can pull a whole table. */
public record PageRequest(int first, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size);
    }
}
