package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.Role;
import org.earshot.access.SystemRole;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.recording.Recording;
import org.earshot.rules.FieldViolation;

/**
 * Calibration sessions: a lead (LEAD_CALIBRATION on the call: a QA evaluator or supervisor in scope)
 * opens one on a recorded call with a reference and evaluators who may evaluate that call; each scores
 * their own sheet blind; the session closes when every sheet is in or when the lead closes it. Blind
 * scoring is decided here: while open a participant sees only their own sheet and never the report; the
 * lead sees the report at any time (unless they score in it and have not submitted); once closed every
 * participant sees it. Anyone else is told the session does not exist, the refusal audited. The sheets
 * are scored by {@link FormScoring} and kept apart from evaluations, so they never count for the agent.
 */
// Authorization is decided per session and call here, with AccessService, not by EJB role lists.
@PermitAll
@Stateless
public class CalibrationService {

    /** How many score points from the reference an evaluator may be, on average, and still count as in line. */
    public static final double LENIENCY_TOLERANCE = 5.0;

    private static final String SEEN_BY_ME = " FROM CalibrationSession s WHERE (s.lead.id = :me OR EXISTS"
            + " (SELECT p FROM CalibrationParticipant p WHERE p.session = s AND p.evaluator.id = :me)) AND s.state IN :states";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    /** Opens a session on a recorded call; every fault of the request is a field error, and nothing is saved. */
    public CalibrationSummary create(NewCalibration request) {
        Instant now = Instant.now();
        List<FieldViolation> problems = new ArrayList<>(request.problems(now));
        if (!problems.isEmpty()) {
            throw new EvaluationException(problems);
        }
        Recording recording = recording(request.recordingId());
        CallRecord call = callOf(recording.getCallId());
        access.require(Action.LEAD_CALIBRATION, call.accessTarget(), null);
        if (call.getAgent() == null) {
            throw EvaluationException.conflict("recordingId", "Call " + call.getCallId() + " reached no agent: there is nothing to calibrate on");
        }
        User reference = invitee(request.referenceId(), "referenceId", call, problems);
        List<User> evaluators = request.evaluatorIds().stream().map(id -> invitee(id, "evaluatorIds", call, problems)).toList();
        if (!problems.isEmpty()) {
            throw new EvaluationException(problems);
        }
        ScorecardVersion form = new FormChoice(em).forCall(call, call.getAgent(), request.scorecardId());
        CalibrationSession session = new CalibrationSession(request.title(), call.getCallId(), recording.getId(), form, caller(),
                reference, evaluators, now, request.dueAt(now));
        em.persist(session);
        em.flush();
        audit.record(event(EvaluationAuditAction.CALIBRATION_CREATE, session, "opened on version " + form.getNumber() + " of \""
                + form.getScorecard().getName() + "\" with reference " + reference.getUsername() + " and evaluators "
                + evaluators.stream().map(User::getUsername).toList() + ", due " + request.dueAt(now))
                .with("scorecard", form.getScorecard().getId()).with("version", form.getNumber()));
        return session.summary(caller().getId(), now);
    }

    /**
     * Who the caller, leading calibration on the recording's call, may invite to score it: the active
     * users with a role that evaluates calls whose scope covers it, other than its agent.
     */
    public List<CalibrationCandidate> candidates(UUID recordingId) {
        CallRecord call = callOf(recording(recordingId).getCallId());
        access.require(Action.LEAD_CALIBRATION, call.accessTarget(), null);
        List<Role> evaluating = Arrays.stream(Role.values()).filter(role -> role.permits(Action.EVALUATE_CALL)).toList();
        return em.createQuery("SELECT DISTINCT g.user FROM Grant g WHERE g.revokedAt IS NULL AND g.role IN :roles AND g.user.active = TRUE",
                        User.class).setParameter("roles", evaluating).getResultStream()
                .filter(user -> invitable(user, call) == null)
                .sorted(Comparator.comparing(User::getUsername))
                .map(user -> new CalibrationCandidate(user.getId(), user.getUsername(), user.getDisplayName())).toList();
    }

    /** The sessions the caller leads or takes part in, newest first; a state narrows them. */
    public Page<CalibrationSummary> list(CalibrationState state, PageRequest page) {
        User me = caller();
        List<CalibrationState> states = state == null ? List.of(CalibrationState.values()) : List.of(state);
        TypedQuery<CalibrationSession> list = em.createQuery("SELECT s" + SEEN_BY_ME + " ORDER BY s.createdAt DESC, s.id DESC",
                CalibrationSession.class).setParameter("me", me.getId()).setParameter("states", states);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + SEEN_BY_ME, Long.class)
                .setParameter("me", me.getId()).setParameter("states", states);
        Page<CalibrationSession> found = Paging.page(list, count, page);
        Instant now = Instant.now();
        return new Page<>(found.items().stream().map(s -> s.summary(me.getId(), now)).toList(), found.total());
    }

    public CalibrationSummary get(long id) {
        return visible(id).summary(caller().getId(), Instant.now());
    }

    /** The session's form, to fill in a sheet: for its lead and participants. */
    public Form form(long id) {
        return visible(id).form();
    }

    /** The caller's own sheet: the only one they see while the session is open. */
    public CalibrationSheetView sheet(long id) {
        CalibrationSession session = visible(id);
        return sheetView(session, ownSheet(session, EvaluationAuditAction.CALIBRATION_VIEW));
    }

    /** Replaces the caller's sheet's answers; answers that do not fit the form are field errors, nothing saved. */
    public CalibrationSheetView saveAnswers(long id, Map<String, Answer> answers) {
        CalibrationSession session = locked(id);
        CalibrationParticipant sheet = ownSheet(session, EvaluationAuditAction.CALIBRATION_ANSWERS_SAVE);
        requireStillEvaluating(session, EvaluationAuditAction.CALIBRATION_ANSWERS_SAVE);
        ScoreReport score = session.saveAnswers(sheet, answers);
        em.flush();
        audit.record(event(EvaluationAuditAction.CALIBRATION_ANSWERS_SAVE, session, "answers saved (" + answers.size() + ")"
                + (sheet.isReference() ? " on the reference sheet" : "") + ", score " + score.total()));
        return sheetView(session, sheet);
    }

    /** Makes the caller's sheet final; unanswered questions are field errors. The last sheet in closes the session. */
    public CalibrationSheetView submit(long id) {
        CalibrationSession session = locked(id);
        CalibrationParticipant sheet = ownSheet(session, EvaluationAuditAction.CALIBRATION_SUBMIT);
        requireStillEvaluating(session, EvaluationAuditAction.CALIBRATION_SUBMIT);
        ScoreReport score = session.submit(sheet, caller().getUsername(), Instant.now());
        em.flush();
        audit.record(event(EvaluationAuditAction.CALIBRATION_SUBMIT, session, (sheet.isReference() ? "reference sheet" : "sheet")
                + " submitted with score " + score.total() + (session.getState() == CalibrationState.CLOSED
                ? "; every sheet is in: the session closed" : "")));
        return sheetView(session, sheet);
    }

    /** The lead closes the session before every sheet is in: the report is computed on those submitted, flagged partial. */
    public CalibrationSummary close(long id) {
        CalibrationSession session = locked(id);
        User me = caller();
        if (!session.isLead(me.getId())) {
            deny(EvaluationAuditAction.CALIBRATION_CLOSE, session, "only the session's lead closes it");
        }
        access.require(Action.LEAD_CALIBRATION, callOf(session.getCallId()).accessTarget(), null);
        session.close(me.getUsername(), Instant.now());
        em.flush();
        audit.record(event(EvaluationAuditAction.CALIBRATION_CLOSE, session, "closed by the lead" + partial(session)));
        return session.summary(me.getId(), Instant.now());
    }

    /**
     * The timer's work: each open session whose due date has passed closes, flagged partial when sheets
     * are missing, so its participants see the report without waiting for a lead who forgot it.
     */
    @RolesAllowed(SystemRole.NAME)
    public int closeDue(Instant now) {
        List<CalibrationSession> due = em.createQuery("SELECT s FROM CalibrationSession s WHERE s.state = :open AND s.dueAt < :now"
                        + " ORDER BY s.id", CalibrationSession.class)
                .setParameter("open", CalibrationState.OPEN).setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (CalibrationSession session : due) {
            session.close(CalibrationSession.DUE_DATE, now);
            audit.recordAs(CalibrationSession.DUE_DATE, event(EvaluationAuditAction.CALIBRATION_CLOSE, session,
                    "closed at its due date " + session.getDueAt() + partial(session)));
        }
        return due.size();
    }

    /** What the audit says of a session closed before every sheet was in. */
    private static String partial(CalibrationSession session) {
        List<String> missing = session.getParticipants().stream().filter(p -> !p.isSubmitted()).map(p -> p.getEvaluator().getUsername())
                .toList();
        return missing.isEmpty() ? "" : ", partial: not submitted by " + missing;
    }

    /**
     * The report, when blind scoring allows the caller to read it (see {@link CalibrationSession#reportVisibleTo});
     * otherwise refused and audited. With it, each evaluator's drift across the closed sessions the caller may see.
     */
    public CalibrationResult report(long id) {
        CalibrationSession session = visible(id);
        User me = caller();
        if (!session.reportVisibleTo(me.getId())) {
            deny(EvaluationAuditAction.CALIBRATION_REPORT_VIEW, session, session.isLead(me.getId())
                    ? "the lead scores in this session and has not submitted: the report would show the others' answers"
                    : "blind scoring: the report is shown to participants once the session is closed");
        }
        CalibrationReport report = CalibrationReport.of(session.scores());
        Map<Long, Double> deviation = report.deviations().stream()
                .collect(Collectors.toMap(EvaluatorDeviation::evaluatorId, EvaluatorDeviation::scoreDifference));
        List<CalibrationResult.SheetResult> sheets = session.getParticipants().stream().map(p -> new CalibrationResult.SheetResult(
                p.getEvaluator().getId(), p.getEvaluator().getUsername(), p.isReference(), p.isSubmitted(), p.getTotal(), p.isAutoFailed(),
                deviation.containsKey(p.getEvaluator().getId())
                        ? EvaluatorTrend.Leaning.of(deviation.get(p.getEvaluator().getId()), LENIENCY_TOLERANCE) : null)).toList();
        Set<Long> evaluators = session.getParticipants().stream().filter(p -> !p.isReference()).map(p -> p.getEvaluator().getId())
                .collect(Collectors.toSet());
        List<NamedTrend> trends = trends().stream().filter(t -> evaluators.contains(t.trend().evaluatorId())).toList();
        return new CalibrationResult(session.summary(me.getId(), Instant.now()), report, sheets, trends, LENIENCY_TOLERANCE);
    }

    /**
     * Every evaluator's bias and drift across the closed sessions the caller leads or took part in:
     * those whose reports they may read.
     */
    public List<NamedTrend> trends() {
        List<CalibrationSession> closed = em.createQuery("SELECT s" + SEEN_BY_ME + " ORDER BY s.createdAt, s.id", CalibrationSession.class)
                .setParameter("me", caller().getId()).setParameter("states", List.of(CalibrationState.CLOSED)).getResultList();
        Map<Long, String> names = closed.stream().flatMap(s -> s.getParticipants().stream()).map(CalibrationParticipant::getEvaluator)
                .collect(Collectors.toMap(User::getId, User::getUsername, (a, b) -> a));
        return EvaluatorTrend.across(closed.stream().map(s -> CalibrationReport.of(s.scores())).toList(), LENIENCY_TOLERANCE).stream()
                .map(trend -> new NamedTrend(names.get(trend.evaluatorId()), trend)).toList();
    }

    /** An invited evaluator or reference, or a fault on the field when they do not exist or may not score the call. */
    private User invitee(Long userId, String field, CallRecord call, List<FieldViolation> problems) {
        User user = userId == null ? null : em.find(User.class, userId);
        String refusal = user == null ? "User " + userId + " does not exist" : invitable(user, call);
        if (refusal != null) {
            problems.add(new FieldViolation(field, refusal));
        }
        return user;
    }

    /**
     * Why the user may not score the call, or null when they may: they need EVALUATE_CALL in their own
     * scope (asked without using their grant) and must not be its agent.
     */
    private String invitable(User user, CallRecord call) {
        if (call.getAgent() != null && Objects.equals(call.getAgent().getId(), user.getId())) {
            return user.getUsername() + " is the call's agent and may not score it";
        }
        AccessDecision decision = access.preview(user.getUsername(), Action.EVALUATE_CALL, call.accessTarget(), null);
        return decision.allowed() ? null : user.getUsername() + " may not evaluate this call: " + decision.reason();
    }

    private Recording recording(UUID recordingId) {
        Recording recording = recordingId == null ? null : em.find(Recording.class, recordingId);
        if (recording == null || recording.getDeletedAt() != null) {
            throw new EvaluationException("recordingId", "Recording " + recordingId + " does not exist");
        }
        return recording;
    }

    private CalibrationSheetView sheetView(CalibrationSession session, CalibrationParticipant sheet) {
        return new CalibrationSheetView(session.getId(), sheet.isReference(), sheet.answers(),
                FormScoring.score(session.form(), sheet.answers()), sheet.getSubmittedAt());
    }

    /** The caller's own sheet; a lead who does not score has none, and is refused as who may not. */
    private CalibrationParticipant ownSheet(CalibrationSession session, EvaluationAuditAction action) {
        return session.participant(caller().getId()).orElseGet(() -> {
            deny(action, session, "the caller has no sheet in this session: only its evaluators and reference score");
            return null;
        });
    }

    /** Scoring needs the call still in the participant's scope, as an evaluation does. */
    private void requireStillEvaluating(CalibrationSession session, EvaluationAuditAction action) {
        CallRecord call = callOf(session.getCallId());
        AccessDecision decision = access.decide(caller().getUsername(), Action.EVALUATE_CALL, call.accessTarget(), null);
        if (!decision.allowed()) {
            deny(action, session, decision.reason());
        }
    }

    private CalibrationSession locked(long id) {
        CalibrationSession session = visible(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /** The session if the caller leads it or takes part in it; otherwise "not found", the refusal audited with its reason. */
    private CalibrationSession visible(long id) {
        CalibrationSession session = em.find(CalibrationSession.class, id);
        User me = caller();
        if (session == null || !(session.isLead(me.getId()) || session.participant(me.getId()).isPresent())) {
            audit.recordIndependently(AuditEvent.of(EvaluationAuditAction.CALIBRATION_VIEW, "CalibrationSession", id,
                    "refused: " + (session == null ? "no such session" : "neither its lead nor a participant")).withOutcome(AuditOutcome.DENIED));
            throw new NotFoundException("Calibration session " + id + " does not exist");
        }
        return session;
    }

    /** Audits the refusal on its own (the request's work is rolled back) and refuses as the access layer does. */
    private void deny(EvaluationAuditAction action, CalibrationSession session, String reason) {
        audit.recordIndependently(event(action, session, "refused: " + reason).withOutcome(AuditOutcome.DENIED));
        throw new AccessDeniedException(reason);
    }

    private static AuditEvent event(EvaluationAuditAction action, CalibrationSession session, String what) {
        return AuditEvent.of(action, "CalibrationSession", session.getId(), what).with("call", session.getCallId())
                .with("state", session.getState());
    }

    private CallRecord callOf(String callId) {
        return QualityLookups.call(em, callId);
    }

    private User caller() {
        return QualityLookups.caller(em, access);
    }
}
