package org.earshot.telephony.connector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.earshot.telephony.directory.DigestCredentials;
import org.earshot.telephony.directory.SubscriberDirectory;

/**
 * The subscriber directory read straight from the organization model's tables on every request,
 * so a new agent, a changed SIP password or a deactivated user counts at once. Read-only.
 */
final class DataSourceDirectory implements SubscriberDirectory {

    private static final Logger LOG = Logger.getLogger(DataSourceDirectory.class.getName());
    private static final String CREDENTIALS = "SELECT a.extension, a.realm, a.ha1_md5, a.ha1_sha256 FROM sip_account a"
            + " JOIN app_user u ON u.id = a.user_id WHERE a.extension = ? AND u.active = TRUE";

    private final DataSource dataSource;

    DataSourceDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<DigestCredentials> credentialsOf(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(CREDENTIALS)) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new DigestCredentials(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            // an unreachable directory must not let anyone in: treat as unknown, and say why
            LOG.log(Level.WARNING, "Subscriber directory unavailable", e);
            return Optional.empty();
        }
    }
}
