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

/**
 * The queue directory read straight from the organization model's tables (call_queue, queue_member,
 * app_user, sip_account) on every lookup. Read-only; one query per lookup, queues with their members.
 */
public final class JdbcQueueDirectory implements QueueDirectory {

    /** Members who can take calls: active users with a SIP account (its extension is what rings). */
    private static final String CALL_TAKERS = "SELECT m.queue_id, a.extension FROM queue_member m"
            + " JOIN app_user u ON u.id = m.user_id JOIN sip_account a ON a.user_id = u.id WHERE u.active = TRUE";
    private static final String QUEUES = "SELECT q.id, q.name, q.number, member.extension FROM call_queue q"
            + " LEFT JOIN (" + CALL_TAKERS + ") member ON member.queue_id = q.id WHERE ";
    private static final String ORDER = " ORDER BY q.name, member.extension";

    private final DataSource dataSource;

    public JdbcQueueDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
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
            try (ResultSet row = query.executeQuery()) {
                return grouped(row);
            }
        } catch (SQLException e) {
            throw new DirectoryUnavailableException("Queue directory unavailable: " + e.getMessage(), e);
        }
    }

    /** One row per member, or a single row without an extension for a queue that has none. */
    private static List<CallQueue> grouped(ResultSet result) throws SQLException {
        List<Row> rows = new ArrayList<>();
        while (result.next()) {
            rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
        }
        Map<Long, List<Row>> byQueue = rows.stream().collect(Collectors.groupingBy(Row::queueId, LinkedHashMap::new, Collectors.toList()));
        return byQueue.values().stream().map(queue -> new CallQueue(queue.get(0).queueId(), queue.get(0).name(), queue.get(0).number(),
                queue.stream().map(Row::extension).filter(Objects::nonNull).toList())).toList();
    }

    private record Row(long queueId, String name, String number, String extension) {
    }
}
