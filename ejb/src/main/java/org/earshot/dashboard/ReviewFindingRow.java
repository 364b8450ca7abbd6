package org.earshot.dashboard;

import java.util.List;

/** A grant an open permission review should look at: whose, which role over what, why, and for how long unreviewed and unused. */
public record ReviewFindingRow(long grantId, String user, String role, String scope, List<String> reasons, long daysUnreviewed,
                               long daysUnused) {
}
