package org.earshot.evaluation;

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
import java.util.logging.Logger;

/**
 * Counts into the quality aggregates the submitted evaluations that have no fact yet: those made before
 * the aggregates existed (the migration creates the tables empty, since a question's outcome needs the
 * form's scoring, which is Java's) and those a bulk load wrote without the application. Runs after the
 * demo data, in batches of {@value #BATCH}, each its own transaction, one after the other until none is
 * left; the deployment does not wait for it.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
public class QualityBackfill {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(QualityBackfill.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private QualityLedger ledger;

    private long counted;

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void countABatch() {
        int done = ledger.backfill(BATCH);
        counted += done;
        if (done == BATCH) {
            next();
        } else if (counted > 0) {
            LOG.info(() -> counted + " evaluations counted into the quality aggregates");
        }
    }

    private void next() {
        timers.createSingleActionTimer(0, new TimerConfig("quality aggregates backfill", false));
    }
}
