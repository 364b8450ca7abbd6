package org.earshot.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.logging.Logger;

/**
 * A start-up backfill, for a singleton started with the application: counts what has no aggregate row
 * yet in batches, each batch in its own transaction (a timeout of its own), one after the other until a
 * batch comes back short; the deployment does not wait for it. A batch at a time keeps each transaction
 * short however much there is to count (a million calls after a bulk load).
 */
public abstract class StartupBackfill {

    private final String name;
    private final int batch;
    private final String what;

    @Resource
    private TimerService timers;

    private long counted;

    /**
     * @param name the timer's name
     * @param batch how many one batch counts at most
     * @param what what the log says was counted, after the number ("calls counted into the call aggregates")
     */
    protected StartupBackfill(String name, int batch, String what) {
        this.name = name;
        this.batch = batch;
        this.what = what;
    }

    /** Counts the next batch of at most {@code batch}, in the timeout's transaction, and says how many it counted. */
    protected abstract int countNext(int batch);

    @PostConstruct
    void start() {
        next();
    }

    @Timeout
    void countABatch() {
        int done = countNext(batch);
        counted += done;
        if (done == batch) {
            next();
        } else if (counted > 0) {
            Logger.getLogger(getClass().getName()).info(() -> counted + " " + what);
        }
    }

    private void next() {
        timers.createSingleActionTimer(0, new TimerConfig(name, false));
    }
}
