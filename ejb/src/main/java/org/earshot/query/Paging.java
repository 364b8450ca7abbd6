package org.earshot.query;

import jakarta.persistence.TypedQuery;

/** Runs a list query and its count query for one page. */
public final class Paging {

    private Paging() {
    }

    public static <T> Page<T> page(TypedQuery<T> list, TypedQuery<Long> count, PageRequest request) {
        return new Page<>(list.setFirstResult(request.first()).setMaxResults(request.size()).getResultList(),
                request.counted() ? count.getSingleResult() : Page.UNCOUNTED);
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
