package org.earshot.query;

import java.util.List;

/** One page of a longer, filtered list, with the size of the whole list for pagers. */
public record Page<T>(List<T> items, long total) {

    /** The total of a page asked {@link PageRequest#uncounted()}. */
    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }
}
