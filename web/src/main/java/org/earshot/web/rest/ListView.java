package org.earshot.web.rest;

import java.util.List;
import java.util.function.Function;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list as the API returns it: the items and the size of the whole list. Lists that may hold all
 * history (calls, recordings, evaluations, the audit trail) count at most 10 000 items past {@code first}; when
 * they hold more, {@code totalIsLowerBound} is true and {@code total} is {@code first} plus that cap: the list has
 * more than {@code total} items, and a page asked past it counts on from there.
 */
public record ListView<T>(List<T> items, long total,
                          @Schema(description = "true when the list holds more than total items: its count stopped at a cap past first")
                          boolean totalIsLowerBound) {

    public ListView(List<T> items, long total) {
        this(items, total, false);
    }

    public static <E, V> ListView<V> of(Page<E> page, Function<? super E, V> view) {
        return new ListView<>(page.items().stream().<V>map(view).toList(), page.total(), page.totalIsLowerBound());
    }

    /** A page of a list the service returns whole. */
    public static <E, V> ListView<V> of(List<E> all, PageRequest page, Function<? super E, V> view) {
        int from = Math.min(page.first(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new ListView<>(all.subList(from, to).stream().<V>map(view).toList(), all.size());
    }
}
