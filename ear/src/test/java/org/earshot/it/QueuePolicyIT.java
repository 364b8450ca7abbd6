package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.GrantService;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.calls.TelephonyDirectoryPublisher;
import org.earshot.monitoring.AgentNotice;
import org.earshot.monitoring.MonitoringPolicyService;
import org.earshot.monitoring.PolicyChange;
import org.earshot.monitoring.PromptView;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationException;
import org.earshot.organization.OrganizationService;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.QueueNotices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Queue monitoring policies and audio prompts on the deployed server and PostgreSQL: only an
 * administrator changes them, every change is audited with what changed, a bad file leaves nothing
 * behind, a prompt a queue plays stays, and the telephony core is told what was set.
 */
@ExtendWith(ArquillianExtension.class)
class QueuePolicyIT {

    @EJB
    private MonitoringPolicyService policies;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;
    @EJB
    private AuditService audit;
    @EJB
    private TelephonyDirectoryPublisher telephonyDirectory;

    private OrgFixture fixture;
    private CallQueue queue;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @BeforeEach
    void queueOfItsOwn() {
        fixture = new OrgFixture(organization, grants, groups);
        long site = fixture.site("Policy site").getId();
        String number = "7" + (System.nanoTime() % 100_000);
        queue = As.user("admin", () -> organization.createQueue(fixture.unique("Policy queue"), number, site));
    }

    @Test
    void onlyAnAdministratorChangesPoliciesAndPrompts() {
        PolicyChange listenOnly = new PolicyChange(Set.of(MonitoringMode.LISTEN), 1, null, AgentNotice.NONE, null, false, false, false);

        for (String notAdministrator : List.of("sup.billing", "compliance", "agent1")) {
            assertThatThrownBy(() -> As.user(notAdministrator, () -> policies.changePolicy(queue.getId(), listenOnly)))
                    .as(notAdministrator).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user(notAdministrator, () -> policies.uploadPrompt("Sneaky", "sneaky.wav", wav(8000))))
                    .as(notAdministrator).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(As.user("admin", () -> policies.prompts())).extracting(PromptView::name).doesNotContain("Sneaky");
    }

    @Test
    void fileTheTelephoneCannotPlayIsRefusedOnItsFieldAndNothingIsKept() {
        int before = As.user("admin", () -> policies.prompts()).size();

        assertThatThrownBy(() -> As.user("admin", () -> policies.uploadPrompt(fixture.unique("Minutes"), "long.wav", wav(61 * 8000))))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("file"))
                .hasMessageContaining("at most 60 s");
        assertThatThrownBy(() -> As.user("admin", () -> policies.uploadPrompt(fixture.unique("Text"), "notes.wav", "hello".getBytes())))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("file"));

        assertThat(As.user("admin", () -> policies.prompts())).hasSize(before);
    }

    @Test
    void policyChangeIsAuditedWithWhatChangedAndReachesTheTelephonyDirectory() {
        PromptView notice = As.user("admin", () -> policies.uploadPrompt(fixture.unique("Supervisor joining"), "joining.wav", wav(4000)));
        assertThatThrownBy(() -> As.user("admin", () -> policies.changePolicy(queue.getId(), new PolicyChange(
                EnumSet.allOf(MonitoringMode.class), 3, null, AgentNotice.PROMPT, null, true, true, false))))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("agentNoticePrompt"));

        As.user("admin", () -> policies.changePolicy(queue.getId(), new PolicyChange(
                EnumSet.of(MonitoringMode.LISTEN, MonitoringMode.WHISPER), 2, null, AgentNotice.PROMPT, notice.id(), false, true, true)));

        List<AuditEntry> changes = As.user("compliance", () -> audit.find(new AuditQuery("admin", OrganizationAuditAction.ORG_UPDATE.qualifiedName(), null,
                "CallQueue", queue.getName() + " monitoring policy", null, null), PageRequest.firstPage(5)).items());
        assertThat(changes).singleElement().extracting(AuditEntry::getDetail).isEqualTo("queue " + queue.getName()
                + " monitoring policy: modes: LISTEN, WHISPER, BARGE, TAKEOVER -> LISTEN, WHISPER; monitors per call: 3 -> 2;"
                + " agent notice: TONE -> prompt " + notice.name() + "; barge tone: on -> off; agents may mark calls private: no -> yes");
        QueueNotices told = telephonyDirectory.lastPublished().orElseThrow().queues().stream()
                .filter(published -> published.id() == queue.getId()).findFirst().orElseThrow().notices();
        assertThat(told.agentTold()).isTrue();
        assertThat(told.agentNoticePrompt()).hasValueSatisfying(prompt -> assertThat(prompt.name()).isEqualTo(notice.name()));
        assertThat(told.callerAnnouncement()).isEmpty();
        assertThat(told.bargeTone()).isFalse();
    }

    @Test
    void promptAQueuePlaysIsKeptUntilNoQueuePlaysIt() {
        PromptView announcement = As.user("admin", () -> policies.uploadPrompt(fixture.unique("Recorded line"), "line.wav", wav(8000)));
        As.user("admin", () -> policies.changePolicy(queue.getId(), new PolicyChange(EnumSet.allOf(MonitoringMode.class), 3,
                announcement.id(), AgentNotice.TONE, null, true, true, false)));
        assertThat(As.user("admin", () -> policies.prompts())).filteredOn(prompt -> prompt.id() == announcement.id())
                .singleElement().extracting(PromptView::usedBy).isEqualTo(List.of(queue.getName()));

        assertThatThrownBy(() -> As.user("admin", () -> policies.deletePrompt(announcement.id())))
                .isInstanceOf(OrganizationException.class).hasMessageContaining("played by queue(s) " + queue.getName());

        As.user("admin", () -> policies.changePolicy(queue.getId(), new PolicyChange(EnumSet.allOf(MonitoringMode.class), 3,
                null, AgentNotice.TONE, null, true, true, false)));
        As.user("admin", () -> policies.deletePrompt(announcement.id()));
        assertThat(As.user("admin", () -> policies.prompts())).noneMatch(prompt -> prompt.id() == announcement.id());
    }

    /** So many samples of quiet 16-bit 8 kHz mono audio as a WAV file. */
    /** A WAV of silence, 16-bit 8 kHz mono, of so many samples: a prompt the telephone can play. */
    static byte[] wav(int samples) {
        AudioFormat linear = new AudioFormat(8000, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(new byte[samples * 2]), linear, samples)) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
