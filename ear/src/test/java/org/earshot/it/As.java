package org.earshot.it;

import java.util.concurrent.Callable;
import org.earshot.access.SystemRole;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
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
            return run(identity, work);
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

    /**
     * Runs test code as Earshot's own message listeners run (the system role, given to them by
     * {@code @RunAs}); no login can get there, only code inside the server.
     */
    public static <T> T system(Callable<T> work) {
        SecurityIdentity listener = SecurityDomain.getCurrent().createAdHocIdentity("earshot-listener")
                .withRoleMapper("ejb", RoleMapper.constant(Roles.of(SystemRole.NAME)));
        return run(listener, work);
    }

    private static <T> T run(SecurityIdentity identity, Callable<T> work) {
        try {
            return identity.runAs(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
