package pl.citycare.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * One list page and the four things a clerk does on it, each a request of its own in the report: open it
 * (GET), sort the lazy table by a column, go to page {@link Bench#DEEP_PAGE} (the last page where the list is
 * shorter), search with the filter form. A page without one of these (no filter form, no sortable column) has
 * fewer requests.
 * <p>
 * The Ajax requests carry what PrimeFaces 15.0.13's {@code components.js} sends (DataTable.sort, DataTable.paginate,
 * PrimeFaces.ab for the search button), plus the serialized form: the form's own id, its inputs, the ViewState and
 * the CSP nonce. The order within a round matters: a view-scoped bean keeps its filter, so the search comes last
 * and the next round's GET starts a fresh view; the deep page is therefore a page of the sorted list.
 *
 * @param name       the prefix of the request names, e.g. "samples"
 * @param path       the page, e.g. /testing/samples.xhtml
 * @param form       the h:form's id
 * @param table      the p:dataTable's client id
 * @param rows       the table's rows per page
 * @param fields     the form's inputs as the browser posts them untouched (name → value)
 * @param search     the search button's client id, or null where the page has no filter form
 * @param filter     the inputs the clerk fills in before searching (name → value)
 * @param sortColumn which of the table's sortable columns is sorted (0 = first), or -1 where none is sortable
 * @param sortDir    1 ascending, -1 descending (DataTable.SORT_ORDER)
 */
record ListPage(String name, String path, String form, String table, int rows, Map<String, String> fields,
                String search, Map<String, String> filter, int sortColumn, int sortDir) {

    private static final String ROW_COUNT = "rowCount";
    private static final String SORT_KEYS = "sortKeys";

    /** The round: the page, then the Ajax requests the page offers. */
    ChainBuilder round() {
        List<ChainBuilder> steps = new ArrayList<>();
        steps.add(exec(firstPage()));
        if (table != null && sortColumn >= 0) {
            steps.add(exec(sorted()));
        }
        if (table != null) {
            steps.add(exec(deepPage()));
        }
        if (search != null) {
            steps.add(exec(filtered()));
        }
        return exec(steps);
    }

    private HttpRequestActionBuilder firstPage() {
        var get = http(name + ": first page").get(path).check(Bench.signedInPage());
        if (table == null) {
            return get;
        }
        // the table's widget script says how many rows the list has (the deep page is clamped to the last one)
        String widget = "\\{id:\"" + table.replace(":", "\\:") + "\",paginator:\\{[^}]*rowCount:(\\d+)";
        return get.check(Bench.pageState())
                .check(regex(widget).saveAs(ROW_COUNT))
                .check(regex("<tr data-ri=\"(\\d+)\"").exists())
                .check(regex("<th id=\"(" + table.replace(":", "\\:") + ":[^\"]+)\" class=\"[^\"]*ui-sortable-column")
                        .findAll().optional().saveAs(SORT_KEYS));
    }

    private HttpRequestActionBuilder sorted() {
        return ajax(name + ": sorted", table, table, table, fields)
                .formParam(table + "_sorting", "true")
                .formParam(table + "_skipChildren", "true")
                .formParam(table + "_encodeFeature", "true")
                .formParam(table + "_sortKey", session -> sortKey(session))
                .formParam(table + "_sortDir", String.valueOf(sortDir))
                .check(Bench.partialResponseWithRows())
                // a sorted table starts again at its first row
                .check(regex("<tr data-ri=\"(\\d+)\"").is("0"));
    }

    private HttpRequestActionBuilder deepPage() {
        int first = (Bench.DEEP_PAGE - 1) * rows;
        return ajax(name + ": page " + Bench.DEEP_PAGE, table, table, table, fields)
                .formParam(table + "_pagination", "true")
                .formParam(table + "_first", session -> String.valueOf(reachableFirst(session, first)))
                .formParam(table + "_rows", String.valueOf(rows))
                .formParam(table + "_skipChildren", "true")
                .formParam(table + "_encodeFeature", "true")
                .check(Bench.partialResponseWithRows())
                // the rows of the page asked for, not the first page again
                .check(regex("<tr data-ri=\"(\\d+)\"").is(session -> String.valueOf(reachableFirst(session, first))));
    }

    private HttpRequestActionBuilder filtered() {
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.putAll(filter);
        return ajax(name + ": filtered", search, "@all", table, posted)
                .formParam(search, search)
                .check(Bench.partialResponseWithRows());
    }

    /** A PrimeFaces Ajax postback of this page's form: {@code PrimeFaces.ajax.Request.send} with partialSubmit off. */
    private HttpRequestActionBuilder ajax(String requestName, String source, String execute, String render,
                                          Map<String, String> inputs) {
        var post = http(requestName).post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form);
        for (var input : inputs.entrySet()) {
            post = post.formParam(input.getKey(), input.getValue());
        }
        return post
                .formParam("jakarta.faces.ViewState", "#{" + Bench.VIEW_STATE + "}")
                .formParam("primefaces.nonce", "#{" + Bench.NONCE + "}");
    }

    private String sortKey(Session session) {
        List<String> keys = session.getList(SORT_KEYS);
        if (keys.size() <= sortColumn) {
            throw new IllegalStateException(name + ": no sortable column " + sortColumn + " among " + keys);
        }
        return keys.get(sortColumn);
    }

    /**
     * The deep page's first row, or the last page's where the list is shorter: the paginator offers no page
     * beyond it (a lazy table would clamp `first` itself; a list held in the bean, like the audit trail's
     * newest 200 events, answers an empty page).
     */
    private int reachableFirst(Session session, int first) {
        int count = Integer.parseInt(session.getString(ROW_COUNT));
        int last = count == 0 ? 0 : (count - 1) / rows * rows;
        return Math.min(first, last);
    }
}
