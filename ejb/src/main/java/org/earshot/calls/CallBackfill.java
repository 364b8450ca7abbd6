package org.earshot.calls;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.List;
import java.util.logging.Logger;

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
public class CallBackfill {

    static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(CallBackfill.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private CallLedger ledger;

    private long after;
    private long counted;

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void countABatch() {
        List<Long> done = ledger.backfill(after, BATCH);
        counted += done.size();
        if (done.size() == BATCH) {
            after = done.get(done.size() - 1);
            next();
        } else if (counted > 0) {
            LOG.info(() -> counted + " calls counted into the call aggregates");
        }
    }

    private void next() {
        timers.createSingleActionTimer(0, new TimerConfig("call aggregates backfill", false));
    }
}
