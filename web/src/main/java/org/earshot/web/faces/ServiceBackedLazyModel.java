package org.earshot.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
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

    private final PageSource<T> source;
    private final RowId<T> rowId;

    // A refusal while counting is already shown and audited; the load right after must not ask again.
    private transient boolean refused;

    // Where the last page started: a capped count reads its cap past there, so paging on past the cap finds more.
    private int shownFirst;
    private boolean totalIsLowerBound;

    public ServiceBackedLazyModel(PageSource<T> source, RowId<T> rowId) {
        this.source = source;
        this.rowId = rowId;
    }

    // The table asks for the total before it knows which rows it will want: the total alone, no rows read for it.
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> total = fetch(filterBy, PageRequest.totalOnly(shownFirst));
        refused = total == null;
        totalIsLowerBound = total != null && total.totalIsLowerBound();
        if (total == null) {
            return 0;
        }
        // One row past a lower bound keeps the paginator's next page, which counts on from where it starts.
        long rows = totalIsLowerBound ? total.total() + 1 : total.total();
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }

    // The table loads right after it counted, with the same filters: the total is not asked again.
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (refused) {
            return List.of();
        }
        shownFirst = first;
        Page<T> page = fetch(filterBy, new PageRequest(first, pageSize).uncounted());
        return page == null ? List.of() : page.items();
    }

    /**
     * The paginator's report of the rows shown: "1–25 of 312", or "1–25 of 10 000+" when the list's count stopped at its
     * cap. The browser keeps the report it was sent while it pages; it says the bound of the count made then.
     */
    public String getPageReport() {
        int rows = getRowCount();
        String total = totalIsLowerBound ? String.format(Locale.ROOT, "%,d+", rows - 1).replace(',', ' ') : "{totalRecords}";
        return "{startRecord}\u2013{endRecord} of " + total;
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
