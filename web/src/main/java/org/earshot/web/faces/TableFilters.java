package org.earshot.web.faces;

import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;

/**
 * What the user typed or chose in a lazy table's column filters, by the column's field. Choice
 * filters have no converter (their values are never bound to a bean), so they arrive as text.
 */
public record TableFilters(Map<String, FilterMeta> byColumn) {

    /** The filter text, or null when the column is not filtered. */
    public String text(String field) {
        Object value = byColumn.values().stream().filter(f -> field.equals(f.getField()))
                .map(FilterMeta::getFilterValue).filter(Objects::nonNull).findFirst().orElse(null);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The id chosen in a column's select filter, or null for "any". */
    public Long id(String field) {
        String value = text(field);
        return value == null ? null : Long.valueOf(value);
    }

    /** The constant chosen in a column's select filter, or null for "any". */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
