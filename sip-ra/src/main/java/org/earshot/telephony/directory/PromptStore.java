package org.earshot.telephony.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.earshot.telephony.media.Prompt;

/**
 * The audio prompts of the organization model (audio_prompt), each read and decoded once: a prompt's
 * audio never changes (a new recording is a new prompt with an id of its own), so queue lookups on
 * every call cost no audio transfer. A prompt that was deleted, or that cannot be played, is none.
 */
final class PromptStore {

    private static final Logger LOG = Logger.getLogger(PromptStore.class.getName());
    private static final String PROMPT = "SELECT name, wav FROM audio_prompt WHERE id = ?";

    private final DataSource dataSource;
    private final Map<Long, Prompt> decoded = new ConcurrentHashMap<>();

    PromptStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<Prompt> prompt(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Prompt known = decoded.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Prompt> read = read(id);
        read.ifPresent(prompt -> decoded.put(id, prompt));
        return read;
    }

    private Optional<Prompt> read(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(PROMPT)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Prompt.wav(row.getString(1), new ByteArrayInputStream(row.getBytes(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DirectoryUnavailableException("Prompt directory unavailable: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            // uploads are checked, so only a prompt written past the application gets here: play nothing rather than fail the call
            LOG.log(Level.WARNING, "Audio prompt " + id + " cannot be played", e);
            return Optional.empty();
        }
    }
}
