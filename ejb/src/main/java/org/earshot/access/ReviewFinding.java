package org.earshot.access;

import java.util.EnumSet;
import java.util.Set;

/** A grant a permission review should look at, and why. */
public record ReviewFinding(Grant grant, Set<Reason> reasons, long daysUnreviewed, long daysUnused) {

    public enum Reason {
        /** Not reviewed (or, never reviewed, not granted) within the review period. */
        UNREVIEWED,
        /** Has not allowed any action within the usage period. */
        UNUSED,
        /** The grantee moved to another team since the grant was given or certified. */
        TEAM_MOVED
    }

    public ReviewFinding {
        reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
    }
}
