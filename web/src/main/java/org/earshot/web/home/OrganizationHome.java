package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecordService;
import org.earshot.evaluation.QualityFigures;
import org.earshot.evaluation.QualityWeek;
import org.earshot.monitoring.MonitoringService;
import org.earshot.query.PageRequest;

/**
 * A manager's (or compliance officer's) tiles: calls today, calls now and monitored now (re-read on every
 * push of live activity), the week's evaluations with their average score, and the open disputes; each
 * over the user's scope, as the services keep it.
 */
@Named
@RequestScoped
public class OrganizationHome {

    @EJB
    private CallRecordService calls;

    @EJB
    private MonitoringService monitoring;

    @EJB
    private QualityFigures quality;

    private QualityWeek week;

    public long getCallsToday() {
        return calls.findCalls(new CallFilter(HomePeriods.today(), null, null, null, null), PageRequest.firstPage(1)).total();
    }

    public long getCallsNow() {
        return calls.countUnderWay();
    }

    public long getMonitoredNow() {
        return monitoring.monitoredNow();
    }

    public QualityWeek getWeek() {
        if (week == null) {
            week = quality.since(HomePeriods.thisWeek());
        }
        return week;
    }
}
