package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.earshot.schema.StartupBackfill;

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
public class QualityBackfill extends StartupBackfill {

    static final int BATCH = 500;

    @EJB
    private QualityLedger ledger;

    public QualityBackfill() {
        super("quality aggregates backfill", BATCH, "evaluations counted into the quality aggregates");
    }

    @Override
    protected int countNext(int batch) {
        return ledger.backfill(batch);
    }
}
