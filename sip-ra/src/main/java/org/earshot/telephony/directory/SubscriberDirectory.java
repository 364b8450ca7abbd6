package org.earshot.telephony.directory;

import java.util.Optional;
import org.earshot.telephony.api.SipAccount;

/**
 * Who may register and what they dial, as the organization model says now. Asked on every request,
 * so an administrator's change takes effect without a restart; a directory that cannot answer throws
 * {@link DirectoryUnavailableException} rather than pretend the subscriber does not exist.
 */
public interface SubscriberDirectory {

    /** The SIP account (digest credentials) of a SIP username (an agent's extension), if it exists. */
    Optional<SipAccount> credentialsOf(String username);
}
