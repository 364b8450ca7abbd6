package org.earshot.web.access;

import java.util.Set;
import org.earshot.access.ReviewFinding;

/** A grant the permission review should look at, why, and for how long it went unreviewed and unused. */
public record ReviewFindingView(GrantView grant, Set<ReviewFinding.Reason> reasons, long daysUnreviewed, long daysUnused) {

    static ReviewFindingView of(ReviewFinding finding) {
        return new ReviewFindingView(GrantView.of(finding.grant()), finding.reasons(), finding.daysUnreviewed(),
                finding.daysUnused());
    }
}
