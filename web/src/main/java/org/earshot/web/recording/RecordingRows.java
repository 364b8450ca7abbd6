package org.earshot.web.recording;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingView;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The recordings table's rows, a page at a time, from {@link RecordingQueries}, which scopes them to
 * the user and orders them newest first. Its count and search are separate calls, so the table
 * asks for the total and the page once each.
 */
public class RecordingRows extends LazyDataModel<RecordingView> {

    private static final long serialVersionUID = 1L;

    /** The filter of the page's inputs as they are when the table loads. */
    @FunctionalInterface
    public interface FilterSource extends Serializable {
        RecordingFilter current();
    }

    private final RecordingQueries queries;
    private final FilterSource filter;

    // A refusal while counting is already shown; the load right after must not ask again.
    private transient boolean refused;

    public RecordingRows(RecordingQueries queries, FilterSource filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Long total = ServiceCall.query(null, () -> queries.count(filter.current())).orElse(null);
        refused = total == null;
        return total == null ? 0 : (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<RecordingView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return refused ? List.of() : ServiceCall.query(null, () -> queries.search(filter.current(), first, pageSize)).orElse(List.of());
    }

    @Override
    public String getRowKey(RecordingView row) {
        return row.id().toString();
    }

    @Override
    public RecordingView getRowData(String rowKey) {
        List<RecordingView> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }
}
