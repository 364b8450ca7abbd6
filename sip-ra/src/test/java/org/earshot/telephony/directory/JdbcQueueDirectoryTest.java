package org.earshot.telephony.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.earshot.telephony.media.G711;
import org.earshot.telephony.testing.Wav;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue directory against the organization model's real schema (the ejb module's Flyway
 * migrations) on H2 in PostgreSQL mode, the database the demo server runs on.
 */
class JdbcQueueDirectoryTest {

    private static final Path MIGRATIONS = Path.of("../ejb/src/main/resources/db/migration/common");

    private Connection keepAlive;
    private Statement sql;
    private JdbcQueueDirectory directory;

    @BeforeEach
    void createOrganization() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        keepAlive = dataSource.getConnection(); // an in-memory database lives as long as a connection to it
        sql = keepAlive.createStatement();
        for (Path migration : migrationsInOrder()) {
            sql.execute(Files.readString(migration));
        }
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
        directory = new JdbcQueueDirectory(dataSource);
    }

    @AfterEach
    void dropOrganization() throws SQLException {
        keepAlive.close();
    }

    @Test
    void queueByNumberListsActiveMembersWhoHaveAnExtension() {
        assertThat(directory.queueByNumber("5001")).contains(new CallQueue(10, "Billing", "5001", List.of("1001", "1002")));
    }

    @Test
    void queueWithoutMembersIsStillAQueue() {
        assertThat(directory.queueByNumber("5003")).hasValueSatisfying(queue -> {
            assertThat(queue.name()).isEqualTo("Night shift");
            assertThat(queue.members()).isEmpty();
        });
    }

    @Test
    void unknownNumberIsNoQueue() {
        assertThat(directory.queueByNumber("1001")).isEmpty();
        assertThat(directory.queueByNumber("")).isEmpty();
    }

    @Test
    void queueByNameIgnoresLetterCase() {
        assertThat(directory.queueByName("support")).hasValueSatisfying(queue -> {
            assertThat(queue.number()).isEqualTo("5002");
            assertThat(queue.members()).containsExactly("1002");
        });
        assertThat(directory.queueByName("Sales")).isEmpty();
    }

    @Test
    void queuesOfAnAgentComeWithAllTheirMembers() {
        assertThat(directory.queuesOf("1002")).extracting(CallQueue::name).containsExactly("Billing", "Support");
        assertThat(directory.queuesOf("1002").get(0).members()).containsExactly("1001", "1002");
        assertThat(directory.queuesOf("1001")).extracting(CallQueue::number).containsExactly("5001");
    }

    @Test
    void deactivatedOrUnknownAgentHasNoQueues() {
        assertThat(directory.queuesOf("1003")).isEmpty();
        assertThat(directory.queuesOf("9999")).isEmpty();
    }

    @Test
    void changesCountAtTheNextLookup() throws SQLException {
        member(30, 1);
        sql.execute("UPDATE app_user SET active = FALSE WHERE id = 2");

        assertThat(directory.queueByNumber("5003").orElseThrow().members()).containsExactly("1001");
        assertThat(directory.queueByNumber("5001").orElseThrow().members()).containsExactly("1001");
        assertThat(directory.queuesOf("1002")).isEmpty();
    }

    @Test
    void queueLeftAsMadeHasTheDefaultNotices() {
        assertThat(directory.queueByName("Support").orElseThrow().notices()).isEqualTo(MonitoringNotices.DEFAULT);
    }

    @Test
    void noticesFollowTheQueuesPolicyWithItsPrompts() throws SQLException {
        prompt(7, "Recorded calls", Wav.tone(700, 1500));
        prompt(8, "Supervisor joining", Wav.g711Tone(G711.PCMA, 900, 400));
        sql.execute("UPDATE call_queue SET announcement_prompt_id = 7, agent_notice = 'PROMPT', agent_notice_prompt_id = 8,"
                + " barge_tone = FALSE WHERE id = 10");

        MonitoringNotices billing = directory.queueByNumber("5001").orElseThrow().notices();

        assertThat(billing.callerAnnouncement()).hasValueSatisfying(announcement -> {
            assertThat(announcement.name()).isEqualTo("Recorded calls");
            assertThat(announcement.length()).isEqualTo(Duration.ofMillis(1500));
        });
        assertThat(billing.agentNotice()).hasValueSatisfying(notice -> assertThat(notice.name()).isEqualTo("Supervisor joining"));
        assertThat(billing.bargeTone()).isFalse();
        assertThat(directory.queuesOf("1002")).extracting(queue -> queue.notices().callerAnnouncement().isPresent())
                .containsExactly(true, false);
    }

    @Test
    void agentNoticeNoneIsSilenceAndToneIsTheBeep() throws SQLException {
        sql.execute("UPDATE call_queue SET agent_notice = 'NONE' WHERE id = 10");

        assertThat(directory.queueByNumber("5001").orElseThrow().notices().agentNotice()).isEmpty();
        assertThat(directory.queueByNumber("5002").orElseThrow().notices().agentNotice()).contains(MonitoringNotices.NOTICE_TONE);
    }

    @Test
    void unreachableDatabaseIsSaidSoNotTakenForAnUnknownQueue() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:missing-" + UUID.randomUUID() + ";IFEXISTS=TRUE");

        assertThatThrownBy(() -> new JdbcQueueDirectory(missing).queueByNumber("5001"))
                .isInstanceOf(DirectoryUnavailableException.class);
    }

    private static List<Path> migrationsInOrder() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.sorted(Comparator.comparingInt(JdbcQueueDirectoryTest::version)).toList();
        }
    }

    private static int version(Path migration) {
        return Integer.parseInt(migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    private void prompt(long id, String name, byte[] wav) throws SQLException {
        try (PreparedStatement insert = keepAlive.prepareStatement(
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
                    + ", '" + extension + "', 'earshot', 'md5', 'sha256', 0)");
        }
    }

    private void member(long queue, long... users) throws SQLException {
        for (long user : users) {
            sql.execute("INSERT INTO queue_member (queue_id, user_id) VALUES (" + queue + ", " + user + ")");
        }
    }
}
