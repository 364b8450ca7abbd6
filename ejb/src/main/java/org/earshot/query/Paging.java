package org.earshot.query;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/** Runs a list query and its count query for one page. */
public final class Paging {

    /** The system property that sets how many rows past a page's start a capped count reads ({@link #countCap()}). */
    public static final String COUNT_CAP_PROPERTY = "earshot.lists.count-cap";

    public static final int DEFAULT_COUNT_CAP = 10_000;

    private Paging() {
    }

    public static <T> Page<T> page(TypedQuery<T> list, TypedQuery<Long> count, PageRequest request) {
        return new Page<>(rows(list, request), request.counted() ? count.getSingleResult() : Page.UNCOUNTED);
    }

    /**
     * A page whose count is capped when the list is not bounded in time ({@code allHistory}: its From cleared), and
     * exact within a time window: there a LIMIT would only cost, as PostgreSQL then plans to stop early and gives up the
     * parallel workers of a count, though a narrow scope's rows are spread over the whole window. A capped count reads
     * at most {@link #countCap()} rows past the page's start, and the page says when the list holds more
     * ({@link Page#totalIsLowerBound()}, the total is then the page's start plus the cap); paging on past it counts on
     * from there.
     *
     * @param count a query of the given JPQL, with the list's parameters bound
     * @param from the list's FROM and WHERE ({@code " FROM ... WHERE ..."})
     */
    public static <T> Page<T> page(TypedQuery<T> list, Function<String, TypedQuery<Object>> count, String from, boolean allHistory,
                                   PageRequest request) {
        List<T> items = rows(list, request);
        if (!request.counted()) {
            return new Page<>(items, Page.UNCOUNTED);
        }
        if (!allHistory) {
            return new Page<>(items, ((Number) count.apply("SELECT COUNT(*)" + from).getSingleResult()).longValue());
        }
        // The rows up to the limit, one column each, counted as they come: strict JPA (as the server runs it) refuses the
        // derived table a LIMIT inside a COUNT would need.
        int limit = countLimit(request);
        int counted = count.apply("SELECT 1" + from).setMaxResults(limit).getResultList().size();
        return counted < limit ? new Page<>(items, counted) : new Page<>(items, limit - 1L, true);
    }

    /** How many rows past a page's start a capped count reads: {@value #DEFAULT_COUNT_CAP} unless {@value #COUNT_CAP_PROPERTY} says. */
    public static int countCap() {
        return Math.max(1, Integer.getInteger(COUNT_CAP_PROPERTY, DEFAULT_COUNT_CAP));
    }

    // One row more than the cap tells a list of exactly first + cap rows from a longer one.
    static int countLimit(PageRequest request) {
        return (int) Math.min(Integer.MAX_VALUE, (long) request.first() + countCap() + 1);
    }

    private static <T> List<T> rows(TypedQuery<T> list, PageRequest request) {
        return request.listed() ? list.setFirstResult(request.first()).setMaxResults(request.size()).getResultList() : List.of();
    }

    /** A LIKE pattern matching the text anywhere, case-insensitively; "%" when the filter is empty. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        return "%" + escapeLike(text.strip().toLowerCase()) + "%";
    }

    /** The LIKE pattern of {@link #contains}, or null ("any": no condition, see {@link Conditions#addIf}) when the filter is empty. */
    public static String containingOrAny(String text) {
        return text == null || text.isBlank() ? null : contains(text);
    }

    /** The text with LIKE's wildcards and escape character escaped by a backslash (ESCAPE '\\'). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
