package org.earshot.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a logged-in Earshot user: the server's security domain checks the password
 * against the users table, exactly as a login does, and EJB calls see that user as the caller.
 */
public final class As {

    public static final String DEMO_PASSWORD = "earshot-demo";

    private As() {
    }

    public static <T> T user(String username, Callable<T> work) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(DEMO_PASSWORD.toCharArray()));
            return identity.runAs(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
