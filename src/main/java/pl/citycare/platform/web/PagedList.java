package pl.citycare.platform.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.citycare.shared.persistence.ListQuery;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table's model that pages and sorts in the database: PrimeFaces asks for a page and the columns
 * the clerk sorted by; only columns the service names as sortable (column field → entity attribute) reach
 * the query, so a crafted request cannot sort by an attribute nobody offered.
 *
 * @param <T> a row
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: a page in an order, and the count. Serializable, as its view-scoped owner is. */
    public interface Source<T> extends Serializable {

        List<T> page(List<Sort> order, int first, int max);

        long count();

        /**
         * What the count depends on (the filter shown, a value with equals), so paging and sorting reuse it; null
         * counts again for every page.
         */
        default Object countKey() {
            return null;
        }
    }

    /** A row's key, for selection and row-level updates. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Source<T> source;
    private final Map<String, String> sortable;
    private final Key<T> key;
    private Object countedFor;
    private long counted = -1;

    public PagedList(Source<T> source, Map<String, String> sortable, Key<T> key) {
        this.source = source;
        this.sortable = Map.copyOf(sortable);
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object countKey = source.countKey();
        if (counted < 0 || countKey == null || !countKey.equals(countedFor)) {
            counted = source.count();
            countedFor = countKey;
        }
        return (int) Math.min(Integer.MAX_VALUE, counted);
    }

    /** True when the list was counted up to {@link ListQuery#COUNT_LIMIT} and holds at least as many rows. */
    public boolean isCapped() {
        return counted == ListQuery.COUNT_LIMIT;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.page(order(sortBy), first, pageSize);
    }

    /** The clerk's sort columns, first priority first, translated to attributes; unknown columns ignored. */
    List<Sort> order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && sortable.containsKey(meta.getField()))
                .sorted(java.util.Comparator.comparingInt(SortMeta::getPriority))
                .map(meta -> new Sort(sortable.get(meta.getField()), meta.getOrder() == SortOrder.ASCENDING))
                .toList();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
