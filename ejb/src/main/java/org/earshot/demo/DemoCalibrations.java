package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.earshot.calls.CallRecord;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.CalibrationParticipant;
import org.earshot.evaluation.CalibrationSession;
import org.earshot.evaluation.ScorecardVersion;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;

/**
 * The demo's calibration history on the published form: the QA lead (also the reference) had qa and
 * sup.billing score a Billing call a month ago and another three days ago, both closed, so the report
 * and each evaluator's drift show numbers (qa lenient and coming in line, sup.billing strict); and a
 * third session is open for them to score blind. The calls are past Billing calls without audio.
 */
final class DemoCalibrations {

    private final EntityManager em;
    private final ScorecardVersion form;
    private final CallQueue billing;
    private final User lead;
    private final User qa;
    private final User supervisor;

    DemoCalibrations(EntityManager em, ScorecardVersion form, CallQueue billing, User lead, User qa, User supervisor) {
        this.em = em;
        this.form = form;
        this.billing = billing;
        this.lead = lead;
        this.qa = qa;
        this.supervisor = supervisor;
    }

    void seed(List<User> agents, Instant now) {
        Instant monthAgo = now.minus(Duration.ofDays(30));
        CalibrationSession first = session("Calibration: a billing dispute", agents.get(0), monthAgo);
        score(first, lead, "greeting=YES verification=YES reason=4 empathy=4 holdUsed=NO outcome=resolved accuracy=YES"
                + " noLongSilence=YES summary=YES anythingElse=YES brand=8");
        score(first, qa, "greeting=YES verification=YES reason=5 empathy=5 holdUsed=NO outcome=resolved accuracy=YES"
                + " noLongSilence=YES summary=YES anythingElse=YES brand=10");
        score(first, supervisor, "greeting=YES verification=YES reason=3 empathy=3 holdUsed=NO outcome=nextSteps accuracy=YES"
                + " noLongSilence=NO summary=N/A anythingElse=NO brand=6");

        CalibrationSession second = session("Calibration: a refund on hold", agents.get(1), now.minus(Duration.ofDays(3)));
        score(second, lead, "greeting=YES verification=YES reason=3 empathy=4 holdUsed=YES holdEtiquette=YES outcome=nextSteps"
                + " accuracy=YES noLongSilence=YES summary=YES anythingElse=NO brand=7");
        score(second, qa, "greeting=YES verification=YES reason=4 empathy=4 holdUsed=YES holdEtiquette=YES outcome=nextSteps"
                + " accuracy=YES noLongSilence=YES summary=YES anythingElse=NO brand=7");
        score(second, supervisor, "greeting=YES verification=YES reason=3 empathy=3 holdUsed=YES holdEtiquette=NO outcome=escalated"
                + " accuracy=YES noLongSilence=YES summary=YES anythingElse=NO brand=5");

        session("Calibration: this week's call", agents.get(2), now.minus(Duration.ofHours(2)));
    }

    private CalibrationSession session(String title, User agent, Instant at) {
        CallRecord call = call(agent, at.minus(Duration.ofHours(1)));
        CalibrationSession session = new CalibrationSession(title, call.getCallId(), null, form, lead, lead, List.of(qa, supervisor), at,
                at.plus(Duration.ofDays(7)));
        em.persist(session);
        return session;
    }

    /** A past Billing call of the agent, six minutes long. */
    private CallRecord call(User agent, Instant at) {
        String callId = "demo-" + agent.getUsername() + "-" + at.getEpochSecond();
        String extension = agent.getUsername().replace("agent", "100");
        CallRecord call = new CallRecord(event(callId, CallEvent.Type.RINGING, at, null, extension), billing, agent);
        call.apply(event(callId, CallEvent.Type.ANSWERED, at.plusSeconds(5), null, extension));
        call.apply(event(callId, CallEvent.Type.ENDED, at.plusSeconds(365), "caller hung up", extension));
        em.persist(call);
        return call;
    }

    private CallEvent event(String callId, CallEvent.Type type, Instant at, String detail, String extension) {
        return new CallEvent(callId, type, at, "+351 210 555 0" + (at.getEpochSecond() % 100), billing.getNumber(), billing.getName(),
                extension, detail, null, null);
    }

    /** The evaluator's answers ("key=value ...", N/A for not applicable), submitted an hour into the session. */
    private static void score(CalibrationSession session, User evaluator, String answers) {
        CalibrationParticipant sheet = session.participant(evaluator.getId()).orElseThrow();
        session.saveAnswers(sheet, Arrays.stream(answers.split(" ")).map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1].equals("N/A") ? Answer.NOT_APPLICABLE : Answer.of(pair[1]))));
        session.submit(sheet, evaluator.getUsername(), session.getCreatedAt().plus(Duration.ofHours(1)));
    }
}
