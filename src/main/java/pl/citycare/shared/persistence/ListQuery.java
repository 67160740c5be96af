package pl.citycare.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lista stronicowana: a filtered, sorted, paged list and its count, built with the Criteria API. Each
 * filter is added only when the clerk gave a value for it, so the lazy lists of every context filter,
 * sort and page in the database, never in memory, and no query is assembled from strings.
 *
 * <pre>{@code
 * ListQuery.of(em, UserAccount.class)
 *         .containsIgnoringCase(filter.text(), "username", "displayName")
 *         .equalIfPresent("active", filter.active())
 *         .sortedBy(Sort.asc("username"))
 *         .page(first, pageSize);
 * }</pre>
 *
 * @param <T> the entity listed
 */
public final class ListQuery<T> {

    /** One condition on the listed entity. */
    @FunctionalInterface
    public interface Condition<T> {
        Predicate on(CriteriaBuilder cb, Root<T> root);
    }

    /** One condition that needs its query, e.g. for a subquery. */
    @FunctionalInterface
    public interface QueryCondition<T> {
        Predicate on(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query);
    }

    /** Sort by an attribute (a dotted path, e.g. {@code "employer.name"}), ascending or descending. */
    public record Sort(String attribute, boolean ascending) {

        public static Sort asc(String attribute) {
            return new Sort(attribute, true);
        }

        public static Sort desc(String attribute) {
            return new Sort(attribute, false);
        }
    }

    private static final char ESCAPE = '\\';

    /**
     * The most rows a list counts ({@link #countUpTo}): 1,000 pages of 20. Beyond it a clerk narrows the search, and
     * the count stops reading instead of scanning a million rows each time the list is shown.
     */
    public static final int COUNT_LIMIT = 20_000;

    private final EntityManager em;
    private final Class<T> type;
    private final List<QueryCondition<T>> conditions = new ArrayList<>();
    private final List<Sort> sorts = new ArrayList<>();

    private ListQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> ListQuery<T> of(EntityManager em, Class<T> type) {
        return new ListQuery<>(em, type);
    }

    /** A condition that always applies. */
    public ListQuery<T> where(Condition<T> condition) {
        conditions.add((cb, root, query) -> condition.on(cb, root));
        return this;
    }

    /** A condition that needs the query it is part of (a subquery), when {@code applies}. */
    public ListQuery<T> whereIf(boolean applies, QueryCondition<T> condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /** A condition that applies only when {@code applies} (e.g. when its filter field is filled in). */
    public ListQuery<T> whereIf(boolean applies, Condition<T> condition) {
        return applies ? where(condition) : this;
    }

    /** {@code attribute = value}, unless the value is null (no filter). */
    public ListQuery<T> equalIfPresent(String attribute, Object value) {
        return whereIf(value != null, (cb, root) -> cb.equal(path(root, attribute), value));
    }

    /**
     * Any of the attributes contains the text, ignoring case, unless the text is blank. {@code %} and
     * {@code _} typed by a clerk match themselves, not any text.
     */
    public ListQuery<T> containsIgnoringCase(String text, String... attributes) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
        return where((cb, root) -> cb.or(Arrays.stream(attributes)
                .map(attribute -> cb.like(cb.lower(path(root, attribute).as(String.class)), pattern, ESCAPE))
                .toArray(Predicate[]::new)));
    }

    /**
     * Any of the attributes contains any of the texts, exactly as given: for columns the application
     * stores in one case (a search key in capitals), so no database function has to fold the case of
     * non-ASCII letters, which a database with the C locale would not. Blank texts are skipped; none
     * left, no filter.
     */
    public ListQuery<T> containsAny(java.util.Collection<String> texts, String... attributes) {
        return whereIf(texts.stream().anyMatch(t -> t != null && !t.isBlank()), (cb, root) -> anyContains(cb, texts,
                Arrays.stream(attributes).map(attribute -> path(root, attribute)).toArray(Path[]::new)));
    }

    /** Any of the paths contains any of the (non-blank) texts exactly as given; {@code %} and {@code _} match themselves. */
    public static Predicate anyContains(CriteriaBuilder cb, java.util.Collection<String> texts, Path<?>... paths) {
        List<String> patterns = texts.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> "%" + escapeLike(t.trim()) + "%").distinct().toList();
        return cb.or(patterns.stream()
                .flatMap(pattern -> Arrays.stream(paths).map(path -> cb.like(path.as(String.class), pattern, ESCAPE)))
                .toArray(Predicate[]::new));
    }

    /** The order of the list; later sorts break ties of earlier ones. */
    public ListQuery<T> sortedBy(Sort... order) {
        sorts.addAll(Arrays.asList(order));
        return this;
    }

    /** Rows {@code first} to {@code first + max - 1} of the sorted list. */
    public List<T> page(int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(predicates(cb, root, query));
        List<Order> order = new ArrayList<>();
        for (Sort sort : sorts) {
            Expression<?> by = path(root, sort.attribute());
            order.add(sort.ascending() ? cb.asc(by) : cb.desc(by));
        }
        query.orderBy(order);
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
    }

    /** How many rows the filters select. */
    public long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        return em.createQuery(query.select(cb.count(root)).where(predicates(cb, root, query))).getSingleResult();
    }

    /**
     * How many rows the filters select, up to {@code limit}: the database skips to the limit-th key and says whether
     * there is one, so a list of millions is counted as fast as one of {@code limit} rows, and only a shorter list is
     * counted exactly. A result equal to the limit means "at least". (Reading the keys themselves to count them sent
     * 20,000 of them to the server for every count: a sixth of the list pages' CPU.)
     */
    public long countUpTo(int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> probe = cb.createQuery(Object.class);
        Root<T> root = probe.from(type);
        var entity = em.getMetamodel().entity(type);
        String id = entity.getId(entity.getIdType().getJavaType()).getName();
        boolean atLeastLimit = !em.createQuery(probe.select(root.get(id)).where(predicates(cb, root, probe)))
                .setFirstResult(limit - 1).setMaxResults(1).getResultList().isEmpty();
        if (atLeastLimit) {
            return limit;
        }
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        return em.createQuery(count.select(cb.count(counted)).where(predicates(cb, counted, count))).getSingleResult();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, AbstractQuery<?> query) {
        return conditions.stream().map(c -> c.on(cb, root, query)).toArray(Predicate[]::new);
    }

    /** The attribute at a dotted path from the root. */
    public static Path<Object> path(Root<?> root, String attribute) {
        Path<Object> path = null;
        for (String part : attribute.split("\\.")) {
            path = path == null ? root.get(part) : path.get(part);
        }
        return path;
    }

    /** The text with LIKE's wildcards and the escape character escaped by {@code \\}. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
