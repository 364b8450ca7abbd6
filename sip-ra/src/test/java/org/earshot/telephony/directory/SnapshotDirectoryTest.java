package org.earshot.telephony.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.earshot.telephony.api.PromptAudio;
import org.earshot.telephony.api.QueueDefinition;
import org.earshot.telephony.api.QueueNotices;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.api.TelephonyDirectory;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.Wav;
import org.junit.jupiter.api.Test;

/** The core answers from the last directory the application published, and from nothing before the first. */
class SnapshotDirectoryTest {

    private static final SipAccount AGENT_1 = account("1001");
    private static final SipAccount AGENT_2 = account("1002");

    private final SnapshotDirectory directory = new SnapshotDirectory();

    @Test
    void beforeTheFirstSnapshotNobodyIsKnownOrRefusedButTheDirectoryIsUnavailable() {
        assertThatThrownBy(() -> directory.credentialsOf("1001")).isInstanceOf(DirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.queueByNumber("5001")).isInstanceOf(DirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.queueByName("Billing")).isInstanceOf(DirectoryUnavailableException.class);
        assertThatThrownBy(() -> directory.queuesOf("1001")).isInstanceOf(DirectoryUnavailableException.class);
    }

    @Test
    void accountsAndQueuesAreFoundAsTheSnapshotHasThem() {
        directory.install(snapshot(List.of(AGENT_1, AGENT_2), queue(10, "Billing", "5001", "1001", "1002"),
                queue(20, "Support", "5002", "1002"), queue(30, "Night shift", "5003")));

        assertThat(directory.credentialsOf("1001")).contains(AGENT_1);
        assertThat(directory.credentialsOf("9999")).isEmpty();
        assertThat(directory.queueByNumber("5001")).hasValueSatisfying(queue -> assertThat(queue.members()).containsExactly("1001", "1002"));
        assertThat(directory.queueByNumber("1001")).isEmpty();
        assertThat(directory.queueByName("support")).hasValueSatisfying(queue -> assertThat(queue.number()).isEqualTo("5002"));
        assertThat(directory.queueByName("Sales")).isEmpty();
        assertThat(directory.queueByNumber("5003")).hasValueSatisfying(queue -> assertThat(queue.members()).isEmpty());
        assertThat(directory.queuesOf("1002")).extracting(DirectoryQueue::name).containsExactly("Billing", "Support");
        assertThat(directory.queuesOf("1001")).extracting(DirectoryQueue::number).containsExactly("5001");
        assertThat(directory.queuesOf("9999")).isEmpty();
    }

    @Test
    void aNewSnapshotReplacesTheOldOneWhole() {
        directory.install(snapshot(List.of(AGENT_1, AGENT_2), queue(10, "Billing", "5001", "1001", "1002")));

        directory.install(snapshot(List.of(AGENT_1), queue(10, "Billing", "5001", "1001"), queue(30, "Night shift", "5003", "1001")));

        assertThat(directory.credentialsOf("1002")).as("deactivated agent").isEmpty();
        assertThat(directory.queuesOf("1002")).isEmpty();
        assertThat(directory.queuesOf("1001")).extracting(DirectoryQueue::name).containsExactly("Billing", "Night shift");
    }

    @Test
    void noticesAreDecodedToPlay() throws Exception {
        PromptAudio recorded = PromptAudio.read("Recorded calls", Wav.tone(700, 1500));
        PromptAudio joining = PromptAudio.read("Supervisor joining", Wav.g711Tone(G711.PCMA, 900, 400));
        directory.install(snapshot(List.of(AGENT_1),
                new QueueDefinition(10, "Billing", "5001", List.of("1001"), new QueueNotices(Optional.of(recorded), true, Optional.of(joining), false)),
                new QueueDefinition(20, "Support", "5002", List.of("1001"), new QueueNotices(Optional.empty(), true, Optional.empty(), true)),
                new QueueDefinition(30, "Quiet", "5003", List.of("1001"), new QueueNotices(Optional.empty(), false, Optional.empty(), true))));

        MonitoringNotices billing = directory.queueByNumber("5001").orElseThrow().notices();
        assertThat(billing.callerAnnouncement()).hasValueSatisfying(announcement -> {
            assertThat(announcement.name()).isEqualTo("Recorded calls");
            assertThat(announcement.length()).isEqualTo(Duration.ofMillis(1500));
        });
        assertThat(billing.agentNotice()).hasValueSatisfying(notice -> assertThat(notice.name()).isEqualTo("Supervisor joining"));
        assertThat(billing.bargeTone()).isFalse();
        assertThat(directory.queueByNumber("5002").orElseThrow().notices()).isEqualTo(MonitoringNotices.DEFAULT);
        assertThat(directory.queueByNumber("5003").orElseThrow().notices().agentNotice()).isEmpty();
    }

    private static TelephonyDirectory snapshot(List<SipAccount> accounts, QueueDefinition... queues) {
        return new TelephonyDirectory(Instant.now(), accounts, List.of(queues));
    }

    private static QueueDefinition queue(long id, String name, String number, String... members) {
        return new QueueDefinition(id, name, number, List.of(members), QueueNotices.DEFAULT);
    }

    private static SipAccount account(String extension) {
        return new SipAccount(extension, "earshot", "md5-" + extension, "sha256-" + extension);
    }
}
