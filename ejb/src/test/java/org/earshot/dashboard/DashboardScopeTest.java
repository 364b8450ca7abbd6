package org.earshot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
    void whatIsUnderWayNowIsTheScopeAndTheFilterWithoutTheRange() {
        DashboardFilter billing = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), null, 7L, null, null, Set.of());
        Condition now = new DashboardScope(new VisibleScope(false, Set.of(), Set.of(7L), Set.of(), null), billing)
                .whereAnyDay(Columns.monitoring("s"));
        assertThat(now.sql()).startsWith("1 = 1 AND (s.team_id IN (:scopeTeams)").endsWith(" AND s.team_id = :team");
        assertThat(now.parameters()).doesNotContainKeys("from", "to").containsEntry("team", 7L);
    }

    @Test
    void figuresOfNoFormRefuseAFilterByForm() {
        DashboardFilter byForm = new DashboardFilter(DECEMBER.from(), DECEMBER.to(), null, null, null, null, Set.of(11L));
        DashboardScope scope = new DashboardScope(new VisibleScope(true, Set.of(), Set.of(), Set.of(), null), byForm);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.where(Columns.monitoring("s")))
                .isInstanceOf(DashboardException.class).hasMessageContaining("forms");
    }
}
