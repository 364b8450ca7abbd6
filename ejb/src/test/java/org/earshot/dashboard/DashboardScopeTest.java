package org.earshot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.earshot.access.VisibleScope;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.junit.jupiter.api.Test;

class DashboardScopeTest {

    private static final DashboardFilter DECEMBER = new DashboardFilter(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"),
            null, null, null, null, Set.of());

    @Test
    void theWholeOrganizationIsOnlyTheRange() {
        Condition where = new DashboardScope(new VisibleScope(true, Set.of(), Set.of(), Set.of(), null), DECEMBER)
                .where(Columns.quality("d"));
        assertThat(where.sql()).isEqualTo("d.submitted_on BETWEEN :from AND :to");
        assertThat(where.parameters()).containsOnlyKeys("from", "to");
    }

    @Test
    void onlyAnUnfilteredWholeOrganizationIsTheOrganizations() {
        VisibleScope everything = new VisibleScope(true, Set.of(), Set.of(), Set.of(), null);
        DashboardFilter byForm = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), null, null, null, null, Set.of(11L));
        DashboardFilter bySite = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), 1L, null, null, null, Set.of());
        assertThat(new DashboardScope(everything, byForm).wholeOrganization()).as("forms are kept with the organization's totals").isTrue();
        assertThat(new DashboardScope(everything, bySite).wholeOrganization()).isFalse();
        assertThat(new DashboardScope(new VisibleScope(false, Set.of(), Set.of(7L), Set.of(), null), DECEMBER).wholeOrganization()).isFalse();
    }

    @Test
    void aSupervisorsRowsAreThoseOfTheirTeamsAndQueuesWhateverTheFilter() {
        DashboardFilter billingForms = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), null, 7L, null, 3L, Set.of(11L));
        Condition where = new DashboardScope(new VisibleScope(false, Set.of(), Set.of(7L), Set.of(2L), null), billingForms)
                .where(Columns.quality("f"));
        assertThat(where.sql()).isEqualTo("f.submitted_on BETWEEN :from AND :to AND (f.team_id IN (:scopeTeams) OR f.queue_id IN (:scopeQueues)"
                + " OR f.team_id IN (SELECT id FROM team WHERE site_id IN (:scopeSites)) OR f.queue_id IN (SELECT id FROM call_queue"
                + " WHERE site_id IN (:scopeSites)) OR f.agent_user_id = :scopeOwn) AND f.team_id = :team AND f.agent_user_id = :agent"
                + " AND f.scorecard_id IN (:forms)");
        assertThat(where.parameters()).containsEntry("scopeTeams", Set.of(7L)).containsEntry("scopeQueues", Set.of(2L))
                .containsEntry("scopeSites", Set.of(-1L)).containsEntry("scopeOwn", -1L).containsEntry("team", 7L)
                .containsEntry("agent", 3L).containsEntry("forms", Set.of(11L));
    }

    @Test
    void scopedLeavesTheDaysToItsReader() {
        DashboardScope billing = new DashboardScope(new VisibleScope(false, Set.of(), Set.of(7L), Set.of(), null), DECEMBER);
        Columns plan = new Columns(null, "p.agent_user_id", "COALESCE(u.team_id, 0)", "0", "0");
        Condition open = billing.scoped(plan).and("p.started_on <= :to", "to", DECEMBER.to());
        assertThat(open.sql()).startsWith("(COALESCE(u.team_id, 0) IN (:scopeTeams) OR 0 IN (:scopeQueues)").doesNotContain(":from")
                .endsWith(" AND p.started_on <= :to");
        assertThat(open.parameters()).containsEntry("to", DECEMBER.to()).doesNotContainKey("from");
        assertThat(new DashboardScope(new VisibleScope(true, Set.of(), Set.of(), Set.of(), null), DECEMBER).scoped(plan).sql())
                .as("the whole organization, unfiltered").isEqualTo("1 = 1");
    }

    @Test
    void figuresOfNoFormRefuseAFilterByForm() {
        DashboardFilter byForm = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), null, null, null, null, Set.of(11L));
        DashboardScope scope = new DashboardScope(new VisibleScope(true, Set.of(), Set.of(), Set.of(), null), byForm);
        assertThatThrownBy(() -> scope.where(Columns.monitoring("s")))
                .isInstanceOf(DashboardException.class).hasMessageContaining("forms");
    }
}
