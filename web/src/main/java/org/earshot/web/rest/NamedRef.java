package org.earshot.web.rest;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A site, team or queue named from another representation (a grant's scope). */
public record NamedRef(Long id, String name) {

    /** Ordered by name, so lists built from sets read the same on every request. */
    public static <T> List<NamedRef> sorted(Collection<T> things, Function<T, Long> id, Function<T, String> name) {
        return things.stream().map(t -> new NamedRef(id.apply(t), name.apply(t)))
                .sorted(Comparator.comparing(NamedRef::name)).toList();
    }
}
