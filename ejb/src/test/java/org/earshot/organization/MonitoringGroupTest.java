package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.earshot.telephony.api.MonitoringMode.BARGE;
import static org.earshot.telephony.api.MonitoringMode.LISTEN;
import static org.earshot.telephony.api.MonitoringMode.TAKEOVER;
import static org.earshot.telephony.api.MonitoringMode.WHISPER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

/** Who may monitor whom, and how: a group permits its monitors its modes on its members' calls. */
class MonitoringGroupTest {

    private final OrgFixture org = new OrgFixture();
    private final User sup = org.user("sup");
    private final User ann = org.user("ann");
    private final User bob = org.user("bob");
    private final MonitoringGroup group = org.monitoringGroup(sup, List.of(ann), LISTEN, WHISPER);

    @Test
    void monitorMayUseAnAllowedModeOnAMember() {
        assertThat(group.permits(sup.getId(), ann.getId(), LISTEN)).isTrue();
        assertThat(group.permits(sup.getId(), ann.getId(), WHISPER)).isTrue();
    }

    @Test
    void modeNotAllowedByTheGroupIsNotPermitted() {
        assertThat(group.permits(sup.getId(), ann.getId(), BARGE)).isFalse();
        assertThat(group.permits(sup.getId(), ann.getId(), TAKEOVER)).isFalse();
    }

    @Test
    void nonMemberIsNotPermitted() {
        assertThat(group.permits(sup.getId(), bob.getId(), LISTEN)).isFalse();
    }

    @Test
    void nonMonitorIsNotPermitted() {
        assertThat(group.permits(bob.getId(), ann.getId(), LISTEN)).isFalse();
    }

    @Test
    void membersCannotMonitorTheirMonitors() {
        assertThat(group.permits(ann.getId(), sup.getId(), LISTEN)).isFalse();
    }

    @Test
    void removedMonitorOrMemberIsNoLongerPermitted() {
        MonitoringGroup other = org.monitoringGroup(sup, List.of(ann, bob), LISTEN);

        other.removeMember(ann);
        assertThat(other.permits(sup.getId(), ann.getId(), LISTEN)).isFalse();
        assertThat(other.permits(sup.getId(), bob.getId(), LISTEN)).isTrue();

        other.removeMonitor(sup);
        assertThat(other.permits(sup.getId(), bob.getId(), LISTEN)).isFalse();
    }

    @Test
    void changedModesApplyFromThenOn() {
        group.allowModes(Set.of(BARGE));

        assertThat(group.permits(sup.getId(), ann.getId(), BARGE)).isTrue();
        assertThat(group.permits(sup.getId(), ann.getId(), LISTEN)).isFalse();
    }

    @Test
    void groupMustAllowAtLeastOneMode() {
        assertThatThrownBy(() -> new MonitoringGroup("Empty", Set.of()))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("allowedModes"))
                .hasMessage("A monitoring group must allow at least one mode");
        assertThatThrownBy(() -> group.allowModes(null)).isInstanceOf(OrganizationException.class);
        assertThat(group.getAllowedModes()).containsExactlyInAnyOrder(LISTEN, WHISPER);
    }

    @Test
    void groupKeepsItsOwnCopyOfTheModes() {
        Set<MonitoringMode> modes = EnumSet.of(LISTEN);
        MonitoringGroup fresh = new MonitoringGroup("Fresh", modes);

        modes.add(TAKEOVER);

        assertThat(fresh.getAllowedModes()).containsExactly(LISTEN);
    }
}
