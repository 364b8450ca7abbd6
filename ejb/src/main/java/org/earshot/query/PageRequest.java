package org.earshot.query;

/**
 * Which rows of a list to return; sizes are capped so no request can pull a whole table. Counted
 * unless the caller already knows the total: over a million calls the count costs more than the rows.
 * A request for the total only ({@link #totalOnly}) asks for no rows: a table that learns its size
 * before its page must not run the page's query for it.
 */
public record PageRequest(int first, int size, boolean counted, boolean listed) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (!counted && !listed) {
            throw new IllegalArgumentException("a page asks for its rows, its total or both");
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public PageRequest(int first, int size, boolean counted) {
        this(first, size, counted, true);
    }

    public PageRequest(int first, int size) {
        this(first, size, true);
    }

    /** The same rows without their total ({@link Page#UNCOUNTED} where the list honours it). */
    public PageRequest uncounted() {
        return new PageRequest(first, size, false, true);
    }

    /**
     * The total of the list without its rows, where the list honours it; {@code first} bounds a capped count
     * ({@link Paging#countCap()}) as it would for a page starting there.
     */
    public static PageRequest totalOnly(int first) {
        return new PageRequest(first, 1, true, false);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size);
    }
}
