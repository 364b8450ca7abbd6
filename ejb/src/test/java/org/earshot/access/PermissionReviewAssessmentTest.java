package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.access.ReviewFinding.Reason.TEAM_MOVED;
import static org.earshot.access.ReviewFinding.Reason.UNREVIEWED;
import static org.earshot.access.ReviewFinding.Reason.UNUSED;
import static org.earshot.telephony.api.MonitoringMode.LISTEN;
import static org.earshot.testing.OrgFixture.NOW;

import java.time.Duration;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

/**
 * What a permission review flags ({@link PermissionReviewService#assess}): grants unreviewed or
 * unused for longer than the review periods, and grants that outlived their holder's team move.
 * The periods used here are 90 days unreviewed and 30 days unused.
 */
class PermissionReviewAssessmentTest {

    private static final int UNREVIEWED_DAYS = 90;
    private static final int UNUSED_DAYS = 30;

    private final OrgFixture org = new OrgFixture();
    private final Site north = org.site("North");
    private final Team billing = org.team("Billing", north);
    private final Team retention = org.team("Retention", north);
    private final User sup = org.agent("sup.billing", billing);

    @Test
    void freshlyGrantedAndUsedGrantHasNoFindings() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(1)).lastUsedAgo(Duration.ofHours(1)).build();

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).isEmpty();
        assertThat(finding.grant()).isSameAs(grant);
        assertThat(finding.daysUnreviewed()).isEqualTo(1);
        assertThat(finding.daysUnused()).isZero();
    }

    @Test
    void grantNeverReviewedForLongerThanThePeriodIsUnreviewed() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(91)).lastUsedAgo(Duration.ofDays(1)).build();

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).containsExactly(UNREVIEWED);
        assertThat(finding.daysUnreviewed()).isEqualTo(91);
    }

    @Test
    void unreviewedMeansLongerThanThePeriodNotExactlyThePeriod() {
        Grant exactly = supervisorGrant().grantedAgo(Duration.ofDays(UNREVIEWED_DAYS)).lastUsedAgo(Duration.ZERO).build();
        Grant justOver = supervisorGrant().grantedAgo(Duration.ofDays(UNREVIEWED_DAYS).plusSeconds(1)).lastUsedAgo(Duration.ZERO).build();

        assertThat(assess(exactly).reasons()).doesNotContain(UNREVIEWED);
        assertThat(assess(justOver).reasons()).contains(UNREVIEWED);
    }

    @Test
    void recentReviewClearsUnreviewedForAnOldGrant() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(400)).lastUsedAgo(Duration.ofDays(1)).build();
        grant.certify("compliance", NOW.minus(Duration.ofDays(10)));

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).isEmpty();
        assertThat(finding.daysUnreviewed()).isEqualTo(10);
    }

    @Test
    void reviewLongerAgoThanThePeriodIsUnreviewedAgain() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(400)).lastUsedAgo(Duration.ofDays(1)).build();
        grant.certify("compliance", NOW.minus(Duration.ofDays(100)));

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).containsExactly(UNREVIEWED);
        assertThat(finding.daysUnreviewed()).isEqualTo(100);
    }

    @Test
    void grantNeverUsedSinceGrantedLongerThanThePeriodIsUnused() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(45)).build();

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).containsExactly(UNUSED);
        assertThat(finding.daysUnused()).isEqualTo(45);
    }

    @Test
    void grantLastUsedLongerAgoThanThePeriodIsUnused() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(60)).lastUsedAgo(Duration.ofDays(31)).build();
        grant.certify("compliance", NOW.minus(Duration.ofDays(2)));

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).containsExactly(UNUSED);
        assertThat(finding.daysUnused()).isEqualTo(31);
    }

    @Test
    void unusedMeansLongerThanThePeriodNotExactlyThePeriod() {
        Grant exactly = supervisorGrant().grantedAgo(Duration.ofDays(40)).lastUsedAgo(Duration.ofDays(UNUSED_DAYS)).build();
        Grant justOver = supervisorGrant().grantedAgo(Duration.ofDays(40)).lastUsedAgo(Duration.ofDays(UNUSED_DAYS).plusMillis(1)).build();

        assertThat(assess(exactly).reasons()).doesNotContain(UNUSED);
        assertThat(assess(justOver).reasons()).contains(UNUSED);
    }

    @Test
    void recentUseClearsUnusedButNotUnreviewed() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(200)).lastUsedAgo(Duration.ofMinutes(5)).build();

        assertThat(assess(grant).reasons()).containsExactly(UNREVIEWED);
    }

    @Test
    void grantOutlivingTheHoldersTeamMoveIsFlagged() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(2)).lastUsedAgo(Duration.ofDays(1)).build();
        sup.assignTo(retention);

        assertThat(assess(grant).reasons()).containsExactly(TEAM_MOVED);
    }

    @Test
    void certifyingAfterTheMoveClearsTeamMoved() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(2)).lastUsedAgo(Duration.ofDays(1)).build();
        sup.assignTo(retention);

        grant.certify("compliance", NOW);

        assertThat(assess(grant).reasons()).isEmpty();
    }

    @Test
    void oneGrantCanHaveEveryFinding() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(365)).build();
        sup.assignTo(null);

        ReviewFinding finding = assess(grant);

        assertThat(finding.reasons()).containsExactlyInAnyOrder(UNREVIEWED, UNUSED, TEAM_MOVED);
        assertThat(finding.daysUnreviewed()).isEqualTo(365);
        assertThat(finding.daysUnused()).isEqualTo(365);
    }

    @Test
    void periodsAreThoseAskedFor() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(10)).lastUsedAgo(Duration.ofDays(5)).build();

        assertThat(PermissionReviewService.assess(grant, NOW, 9, 4).reasons()).containsExactlyInAnyOrder(UNREVIEWED, UNUSED);
        assertThat(PermissionReviewService.assess(grant, NOW, 10, 5).reasons()).isEmpty();
    }

    @Test
    void daysAreWholeDaysRoundedDown() {
        Grant grant = supervisorGrant().grantedAgo(Duration.ofDays(3).minusSeconds(1)).lastUsedAgo(Duration.ofHours(23)).build();

        ReviewFinding finding = assess(grant);

        assertThat(finding.daysUnreviewed()).isEqualTo(2);
        assertThat(finding.daysUnused()).isZero();
    }

    private org.earshot.testing.GrantBuilder supervisorGrant() {
        return org.grant(Role.SUPERVISOR).to(sup).overTeams(billing).modes(LISTEN);
    }

    private static ReviewFinding assess(Grant grant) {
        return PermissionReviewService.assess(grant, NOW, UNREVIEWED_DAYS, UNUSED_DAYS);
    }
}
