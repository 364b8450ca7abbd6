package org.earshot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.earshot.organization.OrganizationException;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

/** A queue's monitoring policy keeps its rules and says what it is in words the audit trail can compare. */
class MonitoringPolicyTest {

    private final MonitoringPolicy policy = new MonitoringPolicy();
    private final AudioPrompt recorded = new AudioPrompt("Recorded line", new byte[] {1}, Instant.EPOCH);

    @Test
    void newPolicyAllowsEverythingAndTellsTheAgentByTone() {
        assertThat(policy.settings()).containsExactly(
                entry("modes", "LISTEN, WHISPER, BARGE, TAKEOVER"), entry("monitors per call", "3"),
                entry("caller announcement", "none"), entry("agent notice", "TONE"),
                entry("barge tone", "on"), entry("agent indicator", "on"), entry("agents may mark calls private", "no"));
    }

    @Test
    void settingsNameWhatWasChosen() {
        policy.allowModes(EnumSet.of(MonitoringMode.WHISPER, MonitoringMode.LISTEN));
        policy.limitMonitorsPerCall(10);
        policy.announceWith(recorded);
        policy.noticeAgentWith(AgentNotice.PROMPT, recorded);
        policy.playBargeTone(false);
        policy.showAgentIndicator(false);
        policy.letAgentsMarkPrivate(true);

        assertThat(policy.settings()).containsExactly(
                entry("modes", "LISTEN, WHISPER"), entry("monitors per call", "10"),
                entry("caller announcement", "Recorded line"), entry("agent notice", "prompt Recorded line"),
                entry("barge tone", "off"), entry("agent indicator", "off"), entry("agents may mark calls private", "yes"));
        policy.allowModes(Set.of());
        assertThat(policy.settings()).containsEntry("modes", "none (not monitored)");
    }

    @Test
    void promptNoticeNeedsAPromptAndOtherNoticesKeepNone() {
        assertThatThrownBy(() -> policy.noticeAgentWith(AgentNotice.PROMPT, null))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("agentNoticePrompt"));
        assertThat(policy.getAgentNotice()).isEqualTo(AgentNotice.TONE);

        policy.noticeAgentWith(AgentNotice.NONE, recorded);

        assertThat(policy.getAgentNotice()).isEqualTo(AgentNotice.NONE);
        assertThat(policy.getAgentNoticePrompt()).isNull();
    }

    @Test
    void monitorsPerCallStayBetweenOneAndTen() {
        for (int refused : new int[] {0, 11}) {
            assertThatThrownBy(() -> policy.limitMonitorsPerCall(refused))
                    .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("maxMonitorsPerCall"));
        }
        policy.limitMonitorsPerCall(1);
        assertThat(policy.getMaxMonitorsPerCall()).isEqualTo(1);
    }
}
