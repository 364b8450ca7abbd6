package org.earshot.telephony.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.earshot.telephony.media.Prompt;

/**
 * The queue directory read straight from the organization model's tables (call_queue, queue_member,
 * app_user, sip_account, audio_prompt) on every lookup. Read-only; one query per lookup, queues with
 * their members and their monitoring notices; a prompt's audio is read once, when first needed
 * ({@link PromptStore}).
 */
public final class JdbcQueueDirectory implements QueueDirectory {

    /** Members who can take calls: active users with a SIP account (its extension is what rings). */
    private static final String CALL_TAKERS = "SELECT m.queue_id, a.extension FROM queue_member m"
            + " JOIN app_user u ON u.id = m.user_id JOIN sip_account a ON a.user_id = u.id WHERE u.active = TRUE";
    private static final String QUEUES = "SELECT q.id, q.name, q.number, member.extension, q.announcement_prompt_id,"
            + " q.agent_notice, q.agent_notice_prompt_id, q.barge_tone FROM call_queue q"
            + " LEFT JOIN (" + CALL_TAKERS + ") member ON member.queue_id = q.id WHERE ";
    private static final String ORDER = " ORDER BY q.name, member.extension";

    private final DataSource dataSource;
    private final PromptStore prompts;

    public JdbcQueueDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
        this.prompts = new PromptStore(dataSource);
    }

    @Override
    public Optional<CallQueue> queueByNumber(String number) {
        return queues("q.number = ?", number).stream().findFirst();
    }

    @Override
    public Optional<CallQueue> queueByName(String name) {
        return queues("LOWER(q.name) = LOWER(?)", name).stream().findFirst();
    }

    @Override
    public List<CallQueue> queuesOf(String extension) {
        return queues("q.id IN (SELECT mine.queue_id FROM (" + CALL_TAKERS + ") mine WHERE mine.extension = ?)", extension);
    }

    private List<CallQueue> queues(String condition, String value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(QUEUES + condition + ORDER)) {
            query.setString(1, value);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            nullableId(row, 5), row.getString(6), nullableId(row, 7), row.getBoolean(8)));
                }
            }
            return grouped(rows);
        } catch (SQLException e) {
            throw new DirectoryUnavailableException("Queue directory unavailable: " + e.getMessage(), e);
        }
    }

    /** One row per member, or a single row without an extension for a queue that has none. */
    private List<CallQueue> grouped(List<Row> rows) {
        Map<Long, List<Row>> byQueue = rows.stream().collect(Collectors.groupingBy(Row::queueId, LinkedHashMap::new, Collectors.toList()));
        return byQueue.values().stream().map(queue -> new CallQueue(queue.get(0).queueId(), queue.get(0).name(), queue.get(0).number(),
                queue.stream().map(Row::extension).filter(Objects::nonNull).toList(), notices(queue.get(0)))).toList();
    }

    /** The policy's notices as the core plays them; a PROMPT notice whose prompt is gone falls back to the beep, so the agent is still told. */
    private MonitoringNotices notices(Row queue) {
        Optional<Prompt> agentNotice = switch (queue.agentNotice()) {
            case "NONE" -> Optional.empty();
            case "PROMPT" -> prompts.prompt(queue.agentNoticePromptId()).or(() -> Optional.of(MonitoringNotices.NOTICE_TONE));
            default -> Optional.of(MonitoringNotices.NOTICE_TONE);
        };
        return new MonitoringNotices(prompts.prompt(queue.announcementPromptId()), agentNotice, queue.bargeTone());
    }

    private static Long nullableId(ResultSet row, int column) throws SQLException {
        long id = row.getLong(column);
        return row.wasNull() ? null : id;
    }

    private record Row(long queueId, String name, String number, String extension, Long announcementPromptId,
                       String agentNotice, Long agentNoticePromptId, boolean bargeTone) {
    }
}
