package org.earshot.web.rest;

import java.util.List;
import java.util.function.Function;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;

/** One page of a list as the API returns it: the items and the size of the whole list. */
public record ListView<T>(List<T> items, long total) {

    public static <E, V> ListView<V> of(Page<E> page, Function<? super E, V> view) {
        return new ListView<>(page.items().stream().<V>map(view).toList(), page.total());
    }

    /** A page of a list the service returns whole. */
    public static <E, V> ListView<V> of(List<E> all, PageRequest page, Function<? super E, V> view) {
        int from = Math.min(page.first(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new ListView<>(all.subList(from, to).stream().<V>map(view).toList(), all.size());
    }
}
