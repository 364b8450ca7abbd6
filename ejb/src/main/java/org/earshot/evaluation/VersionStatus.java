package org.earshot.evaluation;

/**
 * Where a scorecard version is in its life. A DRAFT is edited; PUBLISHED is what evaluators fill in
 * and never changes again; RETIRED is no longer used for new evaluations but stays, unchanged, for
 * the evaluations made with it.
 */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
