package org.earshot.calls;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.resource.ResourceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.TelephonyDirectory;

/**
 * Keeps the telephony core's directory (SIP accounts of active users, queues with their members and
 * monitoring notices) what the organization model says: the core owns no tables and reads none, it
 * answers from the last snapshot pushed here. A snapshot goes out when the application starts (after
 * the demo data, so the demo's phones can register at once), right after the commit of every change
 * that affects it ({@link DirectoryChanged}, so a deactivated agent is refused from the next request
 * on), and every 30 s as a safety net (a change that came past the services, an adapter restarted on
 * its own). A singleton, so snapshots go out one at a time, each read after the one before it.
 */
// Started by the container (at start, by its timer, after another bean's commit), not called by users.
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
// Reads only; and the observer runs once the change's transaction has completed, when it can join none.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TelephonyDirectoryPublisher {

    private static final Logger LOG = Logger.getLogger(TelephonyDirectoryPublisher.class.getName());

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory telephony;

    @Resource(lookup = "java:jboss/datasources/EarshotDS")
    private DataSource database;

    private volatile TelephonyDirectory lastPublished;

    @PostConstruct
    void atStart() {
        publish("application started");
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        publish(change.what());
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void periodically() {
        publish("periodic refresh");
    }

    /** What the core was last told, if it was told anything since the application started. */
    @Lock(LockType.READ)
    public Optional<TelephonyDirectory> lastPublished() {
        return Optional.ofNullable(lastPublished);
    }

    private void publish(String why) {
        try (Connection db = database.getConnection(); CallControl control = telephony.getConnection()) {
            TelephonyDirectory directory = TelephonyDirectoryQuery.read(db, Instant.now());
            control.publishDirectory(directory);
            lastPublished = directory;
            LOG.fine(() -> "Telephony directory published (" + why + "): " + directory.accounts().size() + " SIP account(s), "
                    + directory.queues().size() + " queue(s)");
        } catch (SQLException | ResourceException e) {
            LOG.log(Level.WARNING, "Telephony directory not published (" + why + "); the next change or refresh tries again", e);
        }
    }
}
