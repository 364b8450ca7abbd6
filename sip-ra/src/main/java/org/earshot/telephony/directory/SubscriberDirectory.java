package org.earshot.telephony.directory;

import java.util.Optional;

/**
 * Who may register and what they dial, as the organization model says now. Implementations are
 * asked on every request, so an administrator's change takes effect without a restart.
 */
public interface SubscriberDirectory {

    /** The digest credentials of a SIP username (an agent's extension), if it exists. */
    Optional<DigestCredentials> credentialsOf(String username);
}
