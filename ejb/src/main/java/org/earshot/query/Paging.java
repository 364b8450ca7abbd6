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
     * A page of a list that may hold all history (a million calls): its count reads at most {@link #countCap()}
     * rows past the page's start, and the page says when the list holds more ({@link Page#totalIsLowerBound()},
     * the total is then the page's start plus the cap). Paging on past it counts on from there.
     *
     * @param cappedCount the query of {@link #cappedCount} for the list's FROM and WHERE
     */
    public static <T> Page<T> cappedPage(TypedQuery<T> list, TypedQuery<Long> cappedCount, PageRequest request) {
        List<T> items = rows(list, request);
        if (!request.counted()) {
            return new Page<>(items, Page.UNCOUNTED);
        }
        long counted = cappedCount.getSingleResult();
        long limit = countLimit(request);
        return counted < limit ? new Page<>(items, counted) : new Page<>(items, limit - 1, true);
    }

    /**
     * A page whose count is {@link #cappedPage capped} when the list is not bounded in time ({@code allHistory}: its From
     * cleared), and exact within a time window: there a LIMIT would only cost, as PostgreSQL then plans to stop early and
     * gives up the parallel workers of a count, though a narrow scope's rows are spread over the whole window.
     *
     * @param count the count query of a statement
     * @param from the list's FROM and WHERE ({@code " FROM ... WHERE ..."}), whose parameters {@code count} binds
     */
    public static <T> Page<T> page(TypedQuery<T> list, Function<String, TypedQuery<Long>> count, String from, boolean allHistory,
                                   PageRequest request) {
        return allHistory ? cappedPage(list, count.apply(cappedCount(from, request)), request)
                : page(list, count.apply("SELECT COUNT(*)" + from), request);
    }

    /**
     * The JPQL that counts the rows of a list's FROM and WHERE ({@code " FROM ... WHERE ..."}) up to the limit of the
     * request: a derived table with its LIMIT written in, as a parameter would leave the generic plan guessing. HQL
     * takes a LIMIT only after an ORDER BY; ordering by the constant selected sorts nothing.
     */
    public static String cappedCount(String from, PageRequest request) {
        return "SELECT COUNT(*) FROM (SELECT 1 AS one" + from + " ORDER BY 1 LIMIT " + countLimit(request) + ") capped";
    }

    /** How many rows past a page's start a capped count reads: {@value #DEFAULT_COUNT_CAP} unless {@value #COUNT_CAP_PROPERTY} says. */
    public static int countCap() {
        return Math.max(1, Integer.getInteger(COUNT_CAP_PROPERTY, DEFAULT_COUNT_CAP));
    }

    // One row more than the cap tells a list of exactly first + cap rows from a longer one.
    static long countLimit(PageRequest request) {
        return (long) request.first() + countCap() + 1;
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
