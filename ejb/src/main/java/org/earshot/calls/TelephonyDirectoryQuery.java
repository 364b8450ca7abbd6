package org.earshot.calls;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.earshot.monitoring.AgentNotice;
import org.earshot.telephony.api.PromptAudio;
import org.earshot.telephony.api.QueueDefinition;
import org.earshot.telephony.api.QueueNotices;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.api.TelephonyDirectory;

/**
 * Reads what the telephony core is told of the organization, in three queries: the SIP accounts of
 * active users, every queue with the extensions of its members who can take calls (active users with
 * a SIP account), and the prompts the queues' monitoring policies play.
 */
final class TelephonyDirectoryQuery {

    private static final Logger LOG = Logger.getLogger(TelephonyDirectoryQuery.class.getName());

    static final String ACCOUNTS = "SELECT a.extension, a.realm, a.ha1_md5, a.ha1_sha256 FROM sip_account a"
            + " JOIN app_user u ON u.id = a.user_id WHERE u.active = TRUE ORDER BY a.extension";
    static final String QUEUES = "SELECT q.id, q.name, q.number, member.extension, q.announcement_prompt_id, q.agent_notice,"
            + " q.agent_notice_prompt_id, q.barge_tone FROM call_queue q LEFT JOIN (SELECT m.queue_id, a.extension"
            + " FROM queue_member m JOIN app_user u ON u.id = m.user_id JOIN sip_account a ON a.user_id = u.id"
            + " WHERE u.active = TRUE) member ON member.queue_id = q.id ORDER BY q.name, member.extension";
    static final String PROMPTS = "SELECT p.id, p.name, p.wav FROM audio_prompt p WHERE p.id IN"
            + " (SELECT announcement_prompt_id FROM call_queue UNION SELECT agent_notice_prompt_id FROM call_queue)";

    private TelephonyDirectoryQuery() {
    }

    static TelephonyDirectory read(Connection db, Instant asOf) throws SQLException {
        return new TelephonyDirectory(asOf, accounts(db), queues(db, prompts(db)));
    }

    private static List<SipAccount> accounts(Connection db) throws SQLException {
        List<SipAccount> accounts = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(ACCOUNTS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                accounts.add(new SipAccount(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
            }
        }
        return accounts;
    }

    /** One row per member, or a single row without an extension for a queue that has none. */
    private static List<QueueDefinition> queues(Connection db, Map<Long, PromptAudio> prompts) throws SQLException {
        List<QueueRow> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(QUEUES); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new QueueRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), nullableId(row, 5),
                        AgentNotice.valueOf(row.getString(6)), nullableId(row, 7), row.getBoolean(8)));
            }
        }
        Map<Long, List<QueueRow>> byQueue = rows.stream().collect(Collectors.groupingBy(QueueRow::id, LinkedHashMap::new, Collectors.toList()));
        return byQueue.values().stream().map(queue -> queue.get(0).definition(
                queue.stream().map(QueueRow::member).filter(Objects::nonNull).toList(), prompts)).toList();
    }

    /** The prompts the queues play, each checked as the core reads it; one that cannot be played is left out (and logged). */
    private static Map<Long, PromptAudio> prompts(Connection db) throws SQLException {
        Map<Long, PromptAudio> prompts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(PROMPTS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                try {
                    prompts.put(row.getLong(1), PromptAudio.read(row.getString(2), row.getBytes(3)));
                } catch (IOException | IllegalArgumentException e) {
                    // uploads are checked, so only a prompt written past the application gets here: play nothing rather than fail calls
                    LOG.log(Level.WARNING, "Audio prompt " + row.getLong(1) + " cannot be played", e);
                }
            }
        }
        return prompts;
    }

    private static Long nullableId(ResultSet row, int column) throws SQLException {
        long id = row.getLong(column);
        return row.wasNull() ? null : id;
    }

    private record QueueRow(long id, String name, String number, String member, Long announcementPromptId,
                            AgentNotice agentNotice, Long agentNoticePromptId, boolean bargeTone) {

        /** A PROMPT notice whose prompt cannot be played falls back to the core's tone, so the agent is still told. */
        QueueDefinition definition(List<String> members, Map<Long, PromptAudio> prompts) {
            Optional<PromptAudio> noticePrompt = agentNotice == AgentNotice.PROMPT && agentNoticePromptId != null
                    ? Optional.ofNullable(prompts.get(agentNoticePromptId)) : Optional.empty();
            Optional<PromptAudio> announcement = Optional.ofNullable(announcementPromptId).map(prompts::get);
            return new QueueDefinition(id, name, number, members,
                    new QueueNotices(announcement, agentNotice != AgentNotice.NONE, noticePrompt, bargeTone));
        }
    }
}
