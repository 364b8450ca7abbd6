package org.earshot.access;

/** How many grants a permission review should look at, and how many of them for each reason (a grant may have several). */
public record ReviewTally(long findings, long unreviewed, long unused, long teamMoved) {
}
