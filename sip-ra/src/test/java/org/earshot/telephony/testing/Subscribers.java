package org.earshot.telephony.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.directory.SubscriberDirectory;

/**
 * A directory filled by the test, the way the organization model fills it in the server: the test
 * knows the passwords, the directory only their HA1 digests. It can change while the server runs.
 */
public final class Subscribers implements SubscriberDirectory {

    private final String realm;
    private final Map<String, SipAccount> byUsername = new HashMap<>();

    public Subscribers(String realm) {
        this.realm = realm;
    }

    public synchronized Subscribers add(String extension, String password) {
        String secret = extension + ":" + realm + ":" + password;
        byUsername.put(extension, new SipAccount(extension, realm,
                DigestAlgorithm.MD5.hash(secret), DigestAlgorithm.SHA_256.hash(secret)));
        return this;
    }

    public synchronized void remove(String extension) {
        byUsername.remove(extension);
    }

    @Override
    public synchronized Optional<SipAccount> credentialsOf(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }
}
