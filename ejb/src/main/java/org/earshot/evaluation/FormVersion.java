package org.earshot.evaluation;

/** One version of a scorecard with its form as canonical JSON, the text export and import use. */
public record FormVersion(VersionView version, String definition) {

    static FormVersion of(ScorecardVersion version) {
        return new FormVersion(version.view(), version.getDefinition());
    }
}
