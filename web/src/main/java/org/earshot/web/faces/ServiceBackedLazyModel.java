package org.earshot.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over one of the services' paged find methods. The service filters to
 * the caller's scope, orders and pages in the database; this only translates between the two.
 * Sorting by column is not offered: every service list has one fixed, meaningful order.
 */
public class ServiceBackedLazyModel<T> extends LazyDataModel<T> {

    /** One service query: the table's column filters and the rows wanted. */
    @FunctionalInterface
    public interface PageSource<T> extends Serializable {
        Page<T> fetch(TableFilters filters, PageRequest page);
    }

    /** The value that identifies a row across requests (its entity id). */
    @FunctionalInterface
    public interface RowId<T> extends Serializable {
        Object of(T row);
    }

    private static final PageRequest TOTAL_ONLY = new PageRequest(0, 1);

    private final PageSource<T> source;
    private final RowId<T> rowId;

    // A refusal while counting is already shown and audited; the load right after must not ask again.
    private transient boolean refused;

    public ServiceBackedLazyModel(PageSource<T> source, RowId<T> rowId) {
        this.source = source;
        this.rowId = rowId;
    }

    // The table asks for the total before it knows which rows it will want; the smallest page carries it.
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> probe = fetch(filterBy, TOTAL_ONLY);
        refused = probe == null;
        return probe == null ? 0 : (int) Math.min(probe.total(), Integer.MAX_VALUE);
    }

    // The table loads right after it counted, with the same filters: the total is not asked again.
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (refused) {
            return List.of();
        }
        Page<T> page = fetch(filterBy, new PageRequest(first, pageSize).uncounted());
        return page == null ? List.of() : page.items();
    }

    private Page<T> fetch(Map<String, FilterMeta> filterBy, PageRequest request) {
        return ServiceCall.query(null, () -> source.fetch(new TableFilters(filterBy), request)).orElse(null);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowId.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }
}
