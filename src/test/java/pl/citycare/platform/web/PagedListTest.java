package pl.citycare.platform.web;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.citycare.shared.persistence.ListQuery.Sort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the columns a service offers reach its query, in the clerk's priority. */
class PagedListTest {

    @Test
    void sortColumnsBecomeAttributesAndUnknownOnesAreDropped() {
        var list = new PagedList<String>(new PagedList.Source<>() {
            @Override
            public List<String> page(List<Sort> order, int first, int max) {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }
        }, Map.of("employer", "employer.name", "surname", "surname"), s -> s);

        var sortBy = new LinkedHashMap<String, SortMeta>();
        sortBy.put("surname", SortMeta.builder().field("surname").order(SortOrder.DESCENDING).priority(2).build());
        sortBy.put("employer", SortMeta.builder().field("employer").order(SortOrder.ASCENDING).priority(1).build());
        sortBy.put("personalKey", SortMeta.builder().field("personalKey").order(SortOrder.ASCENDING).priority(0).build());

        assertThat(list.order(sortBy)).containsExactly(Sort.asc("employer.name"), Sort.desc("surname"));
    }
}
