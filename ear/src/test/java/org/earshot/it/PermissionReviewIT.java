package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.earshot.access.Grant;
import org.earshot.access.GrantException;
import org.earshot.access.GrantService;
import org.earshot.access.PermissionReviewService;
import org.earshot.access.ReviewFinding.Reason;
import org.earshot.access.ReviewFinding;
import org.earshot.access.ReviewTally;
import org.earshot.access.Role;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Site;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Permission reviews over grants seeded stale in the database: never reviewed for months, unused
 * for months, or left over after the grantee moved team; and the reviewer's decisions on them.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionReviewIT {

    @EJB
    private PermissionReviewService reviews;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;
    @EJB
    private AuditService audit;

    @Resource(lookup = "java:jboss/datasources/EarshotDS")
    private DataSource dataSource;

    private Team teamA;
    private Team teamB;
    private Grant forgotten;
    private Grant idle;
    private Grant moved;
    private Grant fresh;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @BeforeEach
    void staleGrants() throws SQLException {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        Site site = fixture.site("Review site");
        teamA = fixture.team("Review A", site);
        teamB = fixture.team("Review B", site);
        Set<Long> scope = Set.of(teamA.getId());
        forgotten = fixture.grant(fixture.user("forgotten", teamA), Role.SUPERVISOR, scope, EnumSet.of(MonitoringMode.LISTEN));
        idle = fixture.grant(fixture.user("idle", teamA), Role.TRAINER, scope, EnumSet.of(MonitoringMode.LISTEN));
        User mover = fixture.user("mover", teamA);
        moved = fixture.grant(mover, Role.SUPERVISOR, scope, EnumSet.of(MonitoringMode.LISTEN));
        fresh = fixture.grant(fixture.user("fresh", teamA), Role.QA_EVALUATOR, scope, EnumSet.of(MonitoringMode.LISTEN));
        As.user("admin", () -> organization.updateUser(mover.getId(), mover.getDisplayName(), null, teamB.getId()));

        backdate(forgotten, "granted_at", Duration.ofDays(200));
        backdate(forgotten, "last_used_at", Duration.ofDays(1));
        backdate(idle, "granted_at", Duration.ofDays(120));
        backdate(idle, "last_reviewed_at", Duration.ofDays(10));
        backdate(idle, "last_used_at", Duration.ofDays(75));
        backdate(moved, "last_used_at", Duration.ofDays(1));
        backdate(fresh, "last_used_at", Duration.ofDays(1));
    }

    @Test
    void reportFindsUnreviewedUnusedAndMovedGrantsButNotFreshOnes() {
        Map<Long, Set<Reason>> found = findings();
        assertThat(found.get(forgotten.getId())).containsExactly(Reason.UNREVIEWED);
        assertThat(found.get(idle.getId())).containsExactly(Reason.UNUSED);
        assertThat(found.get(moved.getId())).containsExactly(Reason.TEAM_MOVED);
        assertThat(found).doesNotContainKey(fresh.getId());
    }

    @Test
    void theTallyCountsWhatTheReportFindsForEachReason() {
        List<ReviewFinding> report = As.user("compliance", () -> reviews.findings(90, 60));
        ReviewTally tally = As.user("compliance", () -> reviews.tally(90, 60));
        assertThat(tally.findings()).as("the home's and the dashboard's figure").isEqualTo(report.size()).isGreaterThanOrEqualTo(3);
        assertThat(tally.unreviewed()).isEqualTo(report.stream().filter(f -> f.reasons().contains(Reason.UNREVIEWED)).count());
        assertThat(tally.unused()).isEqualTo(report.stream().filter(f -> f.reasons().contains(Reason.UNUSED)).count());
        assertThat(tally.teamMoved()).isEqualTo(report.stream().filter(f -> f.reasons().contains(Reason.TEAM_MOVED)).count());

        As.user("compliance", () -> reviews.certify(forgotten.getId(), "still needed"));
        assertThat(As.user("compliance", () -> reviews.tally(90, 60)).findings()).as("a certified grant leaves the figure")
                .isEqualTo(tally.findings() - 1).isEqualTo(As.user("compliance", () -> reviews.findings(90, 60)).size());
        assertThatThrownBy(() -> As.user("sup.billing", () -> reviews.tally(90, 60))).hasMessageContaining("REVIEW_PERMISSIONS");
    }

    @Test
    void certifyingClearsTheFindingAndIsAudited() {
        As.user("compliance", () -> reviews.certify(moved.getId(), "moved on purpose, keeps old team for a month"));
        As.user("compliance", () -> reviews.certify(forgotten.getId(), null));
        Map<Long, Set<Reason>> found = findings();
        assertThat(found).doesNotContainKeys(moved.getId(), forgotten.getId());
        assertThat(As.user("compliance", () -> audit.find(new AuditQuery("compliance", AccessAuditAction.REVIEW_CERTIFY.qualifiedName(), null,
                "Grant", null, null, null), PageRequest.firstPage(50)).items()))
                .anyMatch(e -> e.getTargetId().equals(moved.getId().toString()) && e.getDetail().contains("moved on purpose"));
    }

    @Test
    void revokingEndsTheGrantAndNeedsAReason() {
        assertThatThrownBy(() -> As.user("compliance", () -> reviews.revoke(idle.getId(), " ")))
                .isInstanceOf(GrantException.class).hasMessageContaining("why");
        Grant revoked = As.user("compliance", () -> reviews.revoke(idle.getId(), "no longer trains this team"));
        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.getRevokeReason()).contains("no longer trains this team");
        assertThat(findings()).doesNotContainKey(idle.getId());
    }

    @Test
    void reviewersCannotDecideOnTheirOwnGrants() {
        Grant own = As.user("admin", () -> grants.findGrants("compliance", Role.COMPLIANCE, false, PageRequest.firstPage(5)).items().get(0));
        assertThatThrownBy(() -> As.user("compliance", () -> reviews.certify(own.getId(), "all good")))
                .isInstanceOf(GrantException.class).hasMessageContaining("own grants");
    }

    @Test
    void onlyReviewersMayRunTheReport() {
        assertThatThrownBy(() -> As.user("sup.billing", () -> reviews.findings(90, 60)))
                .hasMessageContaining("REVIEW_PERMISSIONS");
    }

    private Map<Long, Set<Reason>> findings() {
        List<ReviewFinding> report = As.user("compliance", () -> reviews.findings(90, 60));
        return report.stream().collect(Collectors.toMap(f -> f.grant().getId(), ReviewFinding::reasons));
    }

    private void backdate(Grant grant, String column, Duration ago) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE access_grant SET " + column + " = ? WHERE id = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC));
            update.setLong(2, grant.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
