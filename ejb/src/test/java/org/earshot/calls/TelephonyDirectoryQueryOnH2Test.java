package org.earshot.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.testing.WavFiles.mono;
import static org.earshot.testing.WavFiles.wav;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import org.earshot.schema.SchemaMigration;
import org.earshot.telephony.api.PromptAudio;
import org.earshot.telephony.api.QueueDefinition;
import org.earshot.telephony.api.QueueNotices;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.api.TelephonyDirectory;
import org.earshot.testing.EmbeddedDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the telephony core is told of the organization, read from the real schema on the embedded
 * database as the demo configures it: only active users' SIP accounts, queues with the members who
 * can take calls, and the notices their policies play.
 */
class TelephonyDirectoryQueryOnH2Test {

    private Connection db;
    private Statement sql;

    @BeforeEach
    void createOrganization() throws SQLException {
        JdbcDataSource h2 = EmbeddedDatabase.empty();
        new SchemaMigration(h2).migrate();
        db = h2.getConnection();
        sql = db.createStatement();
        sql.execute("INSERT INTO site (id, name, time_zone, version) VALUES (1, 'Lyon', 'Europe/Paris', 0)");
        queue(10, "Billing", "5001");
        queue(20, "Support", "5002");
        queue(30, "Night shift", "5003");
        agent(1, "agent1", true, "1001");
        agent(2, "agent2", true, "1002");
        agent(3, "gone", false, "1003");
        agent(4, "sup.billing", true, null);
        member(10, 1, 2, 3, 4);
        member(20, 2);
    }

    @AfterEach
    void dropOrganization() throws SQLException {
        db.close();
    }

    @Test
    void activeUsersWithAnExtensionMayRegister() throws SQLException {
        assertThat(read().accounts()).extracting(SipAccount::extension).containsExactly("1001", "1002");
        assertThat(read().accounts().get(0)).isEqualTo(new SipAccount("1001", "earshot", "md5-1001", "sha256-1001"));
    }

    @Test
    void queuesListTheActiveMembersWhoHaveAnExtensionAndQueuesWithoutMembersToo() throws SQLException {
        assertThat(read().queues()).containsExactly(
                new QueueDefinition(10, "Billing", "5001", List.of("1001", "1002"), QueueNotices.DEFAULT),
                new QueueDefinition(30, "Night shift", "5003", List.of(), QueueNotices.DEFAULT),
                new QueueDefinition(20, "Support", "5002", List.of("1002"), QueueNotices.DEFAULT));
    }

    @Test
    void aDeactivatedAgentAndANewMemberCountInTheNextSnapshot() throws SQLException {
        member(30, 1);
        sql.execute("UPDATE app_user SET active = FALSE WHERE id = 2");

        TelephonyDirectory after = read();

        assertThat(after.accounts()).extracting(SipAccount::extension).containsExactly("1001");
        assertThat(after.queues()).extracting(QueueDefinition::members)
                .containsExactly(List.of("1001"), List.of("1001"), List.of());
    }

    @Test
    void noticesFollowTheQueuesPolicyWithItsPrompts() throws Exception {
        byte[] recorded = wav(mono(AudioFormat.Encoding.PCM_SIGNED, 8000, 2), 12000);
        byte[] joining = wav(mono(AudioFormat.Encoding.ALAW, 8000, 1), 3200);
        prompt(7, "Recorded calls", recorded);
        prompt(8, "Supervisor joining", joining);
        sql.execute("UPDATE call_queue SET announcement_prompt_id = 7, agent_notice = 'PROMPT', agent_notice_prompt_id = 8,"
                + " barge_tone = FALSE WHERE id = 10");
        sql.execute("UPDATE call_queue SET agent_notice = 'NONE' WHERE id = 20");

        List<QueueDefinition> queues = read().queues();

        QueueNotices billing = queues.get(0).notices();
        assertThat(billing).isEqualTo(new QueueNotices(Optional.of(PromptAudio.read("Recorded calls", recorded)), true,
                Optional.of(PromptAudio.read("Supervisor joining", joining)), false));
        assertThat(billing.callerAnnouncement().orElseThrow().length()).isEqualTo(Duration.ofMillis(1500));
        assertThat(queues.get(2).notices()).as("Support: nothing to the agent")
                .isEqualTo(new QueueNotices(Optional.empty(), false, Optional.empty(), true));
    }

    @Test
    void aPromptThatCannotBePlayedIsLeftOutAndTheAgentStillHearsTheTone() throws SQLException {
        prompt(9, "Not audio", "hello".getBytes());
        sql.execute("UPDATE call_queue SET announcement_prompt_id = 9, agent_notice = 'PROMPT', agent_notice_prompt_id = 9 WHERE id = 10");

        assertThat(read().queues().get(0).notices()).isEqualTo(QueueNotices.DEFAULT);
    }

    private TelephonyDirectory read() throws SQLException {
        return TelephonyDirectoryQuery.read(db, Instant.now());
    }

    private void prompt(long id, String name, byte[] wav) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO audio_prompt (id, name, wav, uploaded_at, version) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setBytes(3, wav);
            insert.executeUpdate();
        }
    }

    private void queue(long id, String name, String number) throws SQLException {
        sql.execute("INSERT INTO call_queue (id, name, number, site_id, version) VALUES (" + id + ", '" + name + "', '"
                + number + "', 1, 0)");
    }

    private void agent(long id, String username, boolean active, String extension) throws SQLException {
        sql.execute("INSERT INTO app_user (id, username, display_name, password_hash, password_salt, password_iterations,"
                + " active, created_at, version) VALUES (" + id + ", '" + username + "', '" + username + "', 'h', 's', 1, "
                + active + ", CURRENT_TIMESTAMP, 0)");
        if (extension != null) {
            sql.execute("INSERT INTO sip_account (user_id, extension, realm, ha1_md5, ha1_sha256, version) VALUES (" + id
                    + ", '" + extension + "', 'earshot', 'md5-" + extension + "', 'sha256-" + extension + "', 0)");
        }
    }

    private void member(long queue, long... users) throws SQLException {
        for (long user : users) {
            sql.execute("INSERT INTO queue_member (queue_id, user_id) VALUES (" + queue + ", " + user + ")");
        }
    }
}
