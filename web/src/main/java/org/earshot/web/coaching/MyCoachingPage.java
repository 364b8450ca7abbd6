package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.PlanSummary;
import org.earshot.coaching.SessionSummary;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;

/** An agent's own coaching: their plans (the active one first) and their sessions, those to acknowledge among them. */
@Named
@ViewScoped
public class MyCoachingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Sessions shown: from a year back to a year ahead. */
    private static final long SPAN_SECONDS = 366L * 86400;

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    private List<PlanSummary> plans;
    private List<SessionSummary> mySessions;

    public List<PlanSummary> getPlans() {
        if (plans == null) {
            String me = coaching.callerUsername();
            plans = ServiceCall.query(null, () -> coaching.list(null, null, PageRequest.firstPage(50)).items()).orElse(List.of())
                    .stream().filter(p -> p.agent().equals(me)).toList();
        }
        return plans;
    }

    public List<SessionSummary> getSessions() {
        if (mySessions == null) {
            Instant now = Instant.now();
            String me = coaching.callerUsername();
            mySessions = ServiceCall.query(null, () -> sessions.between(now.minusSeconds(SPAN_SECONDS), now.plusSeconds(SPAN_SECONDS)))
                    .orElse(List.of()).stream().filter(s -> s.agent().equals(me))
                    .sorted(Comparator.comparing(SessionSummary::scheduledAt).reversed()).toList();
        }
        return mySessions;
    }
}
