package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import org.earshot.schema.StartupBackfill;

/**
 * Counts into the call aggregates the ended calls that have no fact yet: those ended before the aggregates
 * existed, the demo's (written as records, not through call events) and those a bulk load wrote without
 * the application ({@code bench/scale-data.sql}). Runs after the demo data and the restart's closing of
 * calls left open, in batches of {@value #BATCH} in the order of the calls' ids, each its own transaction,
 * one after the other until none is left; the deployment does not wait for it.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
@Singleton
@Startup
@DependsOn({"DemoData", "TelephonyRestart"})
public class CallBackfill extends StartupBackfill {

    static final int BATCH = 2000;

    @EJB
    private CallLedger ledger;

    /** The id of the last call counted; the next batch begins after it. */
    private long after;

    public CallBackfill() {
        super("call aggregates backfill", BATCH, "calls counted into the call aggregates");
    }

    @Override
    protected int countNext(int batch) {
        List<Long> done = ledger.backfill(after, batch);
        if (!done.isEmpty()) {
            after = done.get(done.size() - 1);
        }
        return done.size();
    }
}
