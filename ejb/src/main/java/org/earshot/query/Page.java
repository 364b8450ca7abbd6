package org.earshot.query;

import java.util.List;

/** One page of a longer, filtered list, with the size of the whole list for pagers. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
