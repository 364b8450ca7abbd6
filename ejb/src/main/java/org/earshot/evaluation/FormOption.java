package org.earshot.evaluation;

/** A published scorecard an evaluator may start an evaluation with: its id, its name and the version in use. */
public record FormOption(long scorecardId, String name, int version) {

    static FormOption of(ScorecardVersion version) {
        return new FormOption(version.getScorecard().getId(), version.getScorecard().getName(), version.getNumber());
    }
}
