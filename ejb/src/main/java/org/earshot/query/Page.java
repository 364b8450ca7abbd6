package org.earshot.query;

import java.util.List;

/**
 * One page of a longer, filtered list, with the size of the whole list for pagers. A list that counts at most
 * a cap ({@link Paging#countCap()}) says when it stopped: {@code totalIsLowerBound}, the list then holds more
 * than {@code total} items.
 */
public record Page<T>(List<T> items, long total, boolean totalIsLowerBound) {

    /** The total of a page asked {@link PageRequest#uncounted()}. */
    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, long total) {
        this(items, total, false);
    }

    /** Other items (the same rows read as views, say) with this page's total. */
    public <U> Page<U> withItems(List<U> other) {
        return new Page<>(other, total, totalIsLowerBound);
    }
}
