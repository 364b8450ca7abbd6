package org.earshot.coaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.VisibleScope;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallScope;
import org.earshot.evaluation.Answer;
import org.earshot.evaluation.CalibrationParticipant;
import org.earshot.evaluation.CalibrationService;
import org.earshot.evaluation.CalibrationSession;
import org.earshot.evaluation.CalibrationState;
import org.earshot.evaluation.Evaluation;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.EvaluationState;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.ScorecardVersion;
import org.earshot.evaluation.VersionStatus;
import org.earshot.evaluation.Scorecard;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.query.Conditions;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;

/**
 * Coaching plans and their goals: started by a coach of the agent (empty, or proposed from an
 * evaluation, its dispute's outcome or a calibration's reference sheet), read by the agent and their
 * coaches, goals set, confirmed, settled from their computed progress or withdrawn, the plan ended; and a
 * coach's caseload. Every change is audited; see {@link CoachingAccess} for who may.
 */
// Authorization is decided per call by CoachingAccess (COACH_AGENT and its scope), not by EJB role lists.
@PermitAll
@Stateless
public class CoachingService {

    /** What a proposed goal starts with, for the trainer to confirm or edit: passing the question in 4 evaluations of 5 within 30 days. */
    static final BigDecimal PROPOSED_PASS_RATE = BigDecimal.valueOf(80);
    static final int PROPOSED_DAYS = 30;

    /** The users of a caseload with their team, which each row names. */
    private static final String COACHED = " FROM User u LEFT JOIN FETCH u.team";

    private static final String BY_NAME = " ORDER BY u.displayName, u.id";

    /**
     * Each agent's overdue actions {@code a} (due before {@code :today}, not done) through their sessions, joined to the agents {@code u}:
     * grouped once over the whole caseload. As a sub-query per agent its estimated cost alone made PostgreSQL compile the plan (JIT),
     * 35 ms of the 50 a page of a site's caseload took; JPQL has no sub-query in FROM.
     */
    private static final String WITH_OVERDUE = " LEFT JOIN CoachingSession held ON held.agent = u"
            + " LEFT JOIN AgreedAction a ON a.session = held AND a.done = FALSE AND a.dueOn < :today";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CoachingAccess guard;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private EvaluationService evaluations;

    @EJB
    private CalibrationService calibrations;

    @Inject
    private CoachingNotices notices;

    /** The plans the caller may see, newest first: their own as agent, and those of the agents they coach. */
    public Page<PlanSummary> list(Long agentId, PlanStatus status, PageRequest page) {
        Conditions where = new Conditions().addIf(agentId, "p.agent.id = :agent", "agent").addIf(status, "p.status = :status", "status");
        VisibleScope scope = access.visibleScope(Action.COACH_AGENT);
        if (!scope.everything()) {
            where.add("(p.agent.id = :me OR " + CallScope.reachesAgent(where, scope, "p.agent.id") + ")").with("me", guard.caller().getId());
        }
        String from = " FROM CoachingPlan p" + where.where();
        Page<CoachingPlan> found = Paging.page(where.bind(em.createQuery("SELECT p" + from + " ORDER BY p.startedAt DESC, p.id DESC",
                CoachingPlan.class)), where.bind(em.createQuery("SELECT COUNT(*)" + from, Long.class)), page);
        return new Page<>(found.items().stream().map(CoachingPlan::summary).toList(), found.total());
    }

    public PlanView get(long id) {
        return view(guard.readablePlan(id));
    }

    /** A new active plan for an agent the caller coaches; the agent's plan already active is a conflict on agentId. */
    public PlanView create(Long agentId, String title) {
        User agent = agent(agentId);
        User trainer = guard.requireCoachOf(agent);
        CoachingPlan plan = started(agent, trainer, title);
        audit.record(event(CoachingAuditAction.PLAN_CREATE, plan, "plan \"" + plan.summary().title() + "\" started for " + agent.getUsername()));
        notices.planStarted(plan);
        return view(plan);
    }

    /**
     * A new plan whose proposed goals are the questions an outcome failed: a submitted evaluation, the
     * final revision of a disputed one once the dispute is settled, or a closed calibration session's
     * reference sheet (of the call's agent). The caller must be able to see the outcome and coach its agent.
     */
    public PlanView propose(PlanSource source, Long sourceId, String title) {
        if (source == null || sourceId == null) {
            throw new CoachingException(source == null ? "source" : "sourceId", "Name the outcome: EVALUATION, DISPUTE or CALIBRATION and its id");
        }
        Outcome outcome = source == PlanSource.CALIBRATION ? calibrationOutcome(sourceId) : evaluationOutcome(source, sourceId);
        User trainer = guard.requireCoachOf(outcome.agent());
        CoachingPlan plan = started(outcome.agent(), trainer, title);
        plan.madeFrom(source, sourceId);
        Instant now = Instant.now();
        LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(PROPOSED_DAYS);
        List<String> failed = ProposedGoals.failedQuestions(outcome.form(), outcome.answers());
        failed.forEach(key -> plan.addGoal(new NewGoal(outcome.scorecardId(), GoalSubject.QUESTION, key, TargetKind.PASS_RATE,
                PROPOSED_PASS_RATE, due), GoalStatus.PROPOSED, now));
        em.flush();
        audit.record(event(CoachingAuditAction.PLAN_CREATE, plan, "plan started for " + outcome.agent().getUsername() + " from "
                + source.name().toLowerCase() + " " + sourceId + ", " + failed.size() + " goals proposed: " + failed)
                .with("source", source).with("sourceId", sourceId));
        notices.planStarted(plan);
        return view(plan);
    }

    /** Ends the plan: open goals withdrawn, ACHIEVED, MISSED or CLOSED from the settled ones. */
    public PlanView end(long id) {
        CoachingPlan plan = coached(id, CoachingAuditAction.PLAN_END);
        PlanStatus ended = plan.end(Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.PLAN_END, plan, "plan ended " + ended + ", goals: "
                + plan.getGoals().stream().map(g -> g.getSubjectKey() + " " + g.getStatus()).toList()));
        return view(plan);
    }

    public GoalView addGoal(long planId, NewGoal goal) {
        CoachingPlan plan = coached(planId, CoachingAuditAction.GOAL_ADD);
        Scorecard scorecard = goal.scorecardId() == null ? null : em.find(Scorecard.class, goal.scorecardId());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var faults = GoalRules.of(goal, scorecard == null ? null : PlanProgress.currentForm(scorecard), today);
        if (!faults.isEmpty()) {
            throw new CoachingException(faults);
        }
        CoachingGoal added = plan.addGoal(goal, GoalStatus.ACTIVE, Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.GOAL_ADD, plan, "goal " + added.getId() + " on " + goal.subject().name().toLowerCase() + " "
                + goal.key() + " of scorecard " + scorecard.getId() + ": " + goal.targetKind() + " " + goal.targetValue() + " % by " + goal.dueOn()));
        return goalView(plan, added.getId());
    }

    /** A new target or due date; a proposed goal is confirmed by it (ACTIVE). */
    public GoalView changeGoal(long planId, long goalId, TargetKind kind, BigDecimal value, LocalDate dueOn) {
        CoachingPlan plan = coached(planId, CoachingAuditAction.GOAL_CHANGE);
        CoachingGoal goal = plan.goal(goalId);
        var faults = GoalRules.ofTarget(kind, value, dueOn, LocalDate.now(ZoneOffset.UTC));
        if (!faults.isEmpty()) {
            throw new CoachingException(faults);
        }
        String before = goal.getStatus() + " " + goal.getTargetKind() + " " + goal.getTargetValue() + " % by " + goal.getDueOn();
        goal.change(kind, value, dueOn);
        em.flush();
        audit.record(event(CoachingAuditAction.GOAL_CHANGE, plan, "goal " + goalId + ": " + before + " -> " + goal.getStatus() + " " + kind
                + " " + value + " % by " + dueOn));
        return goalView(plan, goalId);
    }

    /** Settles an active goal from its computed progress now: ACHIEVED when it meets its target, else MISSED. */
    public GoalView settleGoal(long planId, long goalId) {
        CoachingPlan plan = coached(planId, CoachingAuditAction.GOAL_SETTLE);
        GoalProgress progress = goalView(plan, goalId).progress();
        GoalStatus settled = plan.goal(goalId).settle(progress, Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.GOAL_SETTLE, plan, "goal " + goalId + " " + settled + " at " + progress.current()
                + " % of " + progress.target() + " % over " + progress.points().size() + " evaluations"));
        return goalView(plan, goalId);
    }

    public GoalView withdrawGoal(long planId, long goalId) {
        CoachingPlan plan = coached(planId, CoachingAuditAction.GOAL_SETTLE);
        plan.goal(goalId).withdraw(Instant.now());
        em.flush();
        audit.record(event(CoachingAuditAction.GOAL_SETTLE, plan, "goal " + goalId + " withdrawn"));
        return goalView(plan, goalId);
    }

    /**
     * Settles the active goals of active plans whose due date has passed (UTC), each from its progress
     * over the evaluations submitted until the end of its due date; how many. Each goal is locked first,
     * so that a trainer's step meanwhile, or a second run, finds it as the other left it. Audited as done
     * by {@link CoachingClock#ACTOR}.
     */
    public int settleDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Long> due = em.createQuery("SELECT g.id FROM CoachingGoal g WHERE g.status = :active AND g.dueOn < :today"
                        + " AND g.plan.status = :planActive", Long.class)
                .setParameter("active", GoalStatus.ACTIVE).setParameter("today", today).setParameter("planActive", PlanStatus.ACTIVE)
                .getResultList();
        int settled = 0;
        for (long goalId : due) {
            CoachingGoal goal = em.find(CoachingGoal.class, goalId, LockModeType.PESSIMISTIC_WRITE);
            if (goal.getStatus() != GoalStatus.ACTIVE) {
                continue;
            }
            CoachingPlan plan = goal.getPlan();
            Instant dueEnd = goal.getDueOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            GoalProgress progress = new PlanProgress(em).goals(plan, dueEnd).stream().filter(g -> g.id() == goalId).findFirst()
                    .orElseThrow().progress();
            GoalStatus status = goal.settle(progress, now);
            em.flush();
            audit.recordAs(CoachingClock.ACTOR, event(CoachingAuditAction.GOAL_SETTLE, plan, "goal " + goalId + " due on " + goal.getDueOn()
                    + " " + status + " at " + progress.current() + " % of " + progress.target() + " % over " + progress.points().size()
                    + " evaluations"));
            settled++;
        }
        return settled;
    }

    /** One goal's progress, to whoever may read its plan. */
    public GoalView goal(long planId, long goalId) {
        return goalView(guard.readablePlan(planId), goalId);
    }

    /** A page of the agents the caller coaches (with an agent's grant, in their COACH_AGENT scope), by name, each with their plan and week. */
    public Page<CaseloadRow> caseload(PageRequest page) {
        Conditions where = coached();
        return rows(Paging.page(where.bind(em.createQuery("SELECT u" + COACHED + where.where() + BY_NAME, User.class)), count(where), page));
    }

    /**
     * A page of the caseload in the order a coach deals with it: the agents with the most overdue actions first, then
     * the soonest next session, then by name. Ordered and paged in the database: a site's trainer coaches a thousand.
     */
    public Page<CaseloadRow> caseloadByUrgency(PageRequest page) {
        Instant now = Instant.now();
        Conditions where = coached();
        Page<Object[]> ranked = Paging.page(where.bind(em.createQuery("SELECT u.id, u.displayName, COUNT(DISTINCT a.id) AS overdue,"
                        + " MIN(upcoming.scheduledAt) AS nextAt FROM User u LEFT JOIN CoachingSession upcoming ON upcoming.agent = u"
                        + " AND upcoming.state = org.earshot.coaching.SessionState.SCHEDULED AND upcoming.scheduledAt >= :now" + WITH_OVERDUE
                        + where.where() + " GROUP BY u.id, u.displayName ORDER BY overdue DESC, nextAt ASC NULLS LAST, u.displayName, u.id",
                Object[].class)).setParameter("now", now).setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC)), count(where), page);
        List<Long> ids = ranked.items().stream().map(row -> (Long) row[0]).toList();
        Map<Long, User> agents = ids.isEmpty() ? Map.of() : em.createQuery("SELECT u" + COACHED + " WHERE u.id IN :ids", User.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(User::getId, Function.identity()));
        return rows(new Page<>(ids.stream().map(agents::get).toList(), ranked.total()));
    }

    /** How many agents the caller coaches, and how many of the actions agreed with them are overdue (UTC): one grouped query. */
    public CaseloadTotals caseloadTotals() {
        Conditions where = coached();
        Object[] totals = where.bind(em.createQuery("SELECT COUNT(DISTINCT u.id), COUNT(a.id) FROM User u" + WITH_OVERDUE + where.where(),
                Object[].class)).setParameter("today", LocalDate.now(ZoneOffset.UTC)).getSingleResult();
        return new CaseloadTotals((Long) totals[0], (Long) totals[1]);
    }

    private TypedQuery<Long> count(Conditions coached) {
        return coached.bind(em.createQuery("SELECT COUNT(*) FROM User u" + coached.where(), Long.class));
    }

    /** The rows of the agents on the page alone are made. */
    private Page<CaseloadRow> rows(Page<User> agents) {
        return new Page<>(new Caseload(em).rows(agents.items(), Instant.now()), agents.total());
    }

    /** The agents {@code u} the caller coaches: active, with an agent's grant, in their COACH_AGENT scope, not themselves. */
    private Conditions coached() {
        return CallScope.restrictAgents(new Conditions().add("u.active = TRUE").add("u.id <> :me").with("me", guard.caller().getId())
                .add("EXISTS (SELECT g FROM Grant g WHERE g.user = u AND g.role = org.earshot.access.Role.AGENT AND g.revokedAt IS NULL)"),
                access.visibleScope(Action.COACH_AGENT), "u.id");
    }

    /**
     * The questions and sections of the published scorecards, for a coach setting a goal (a trainer does
     * not design forms, and reads them here); nothing to whoever coaches nobody.
     */
    public List<GoalOption> goalOptions() {
        if (access.visibleScope(Action.COACH_AGENT).equals(VisibleScope.NOTHING)) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM ScorecardVersion v WHERE v.status = :published ORDER BY v.scorecard.name", ScorecardVersion.class)
                .setParameter("published", VersionStatus.PUBLISHED).getResultStream().flatMap(v -> options(v).stream()).toList();
    }

    /** Who is asking: a page tells the caller's own plans and sessions from those they coach. */
    public String callerUsername() {
        return guard.caller().getUsername();
    }

    /** Whether the caller coaches the agent: pages offer coaching only then (every step decides again). */
    public boolean coaches(long agentId) {
        User agent = em.find(User.class, agentId);
        return agent != null && guard.coaches(guard.caller(), agent);
    }

    /** The agent's evaluations (submitted or later, newest first, at most 50) for a coach of the plan's agent to attach or open. */
    public List<EvaluationSummary> evaluationsOf(long planId) {
        CoachingPlan plan = guard.readablePlan(planId);
        guard.requireCoach(plan.getAgent(), CoachingAuditAction.COACHING_VIEW, "CoachingPlan", planId);
        return em.createQuery("SELECT e FROM Evaluation e WHERE e.agent = :agent AND e.calibration = FALSE AND e.state <> :draft"
                        + " ORDER BY e.submittedAt DESC, e.id DESC", Evaluation.class)
                .setParameter("agent", plan.getAgent()).setParameter("draft", EvaluationState.DRAFT).setMaxResults(50)
                .getResultStream().map(Evaluation::summary).toList();
    }

    private static List<GoalOption> options(ScorecardVersion version) {
        Form form = version.form();
        String name = version.getScorecard().getName();
        long id = version.getScorecard().getId();
        var sections = form.sections().stream().filter(s -> s.questions().stream().anyMatch(Question::isScored))
                .map(s -> new GoalOption(id, name, GoalSubject.SECTION, s.key(), s.title()));
        var questions = form.questions().stream().filter(Question::isScored)
                .map(q -> new GoalOption(id, name, GoalSubject.QUESTION, q.key(), q.text()));
        return Stream.concat(sections, questions).toList();
    }

    static AuditEvent event(CoachingAuditAction action, CoachingPlan plan, String what) {
        return AuditEvent.of(action, "CoachingPlan", plan.getId(), what).with("agent", plan.getAgent().getUsername())
                .with("status", plan.getStatus());
    }

    private PlanView view(CoachingPlan plan) {
        List<SessionSummary> sessions = em.createQuery("SELECT s FROM CoachingSession s WHERE s.plan = :plan ORDER BY s.scheduledAt DESC, s.id DESC",
                CoachingSession.class).setParameter("plan", plan).getResultStream().map(CoachingSession::summary).toList();
        return new PlanView(plan.summary(), new PlanProgress(em).goals(plan, plan.summary().endedAt()), sessions);
    }

    private GoalView goalView(CoachingPlan plan, long goalId) {
        plan.goal(goalId);
        return new PlanProgress(em).goals(plan, plan.summary().endedAt()).stream().filter(g -> g.id() == goalId).findFirst().orElseThrow();
    }

    private CoachingPlan coached(long id, CoachingAuditAction action) {
        CoachingPlan plan = guard.readablePlan(id);
        guard.requireCoach(plan.getAgent(), action, "CoachingPlan", id);
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        return plan;
    }

    private CoachingPlan started(User agent, User trainer, String title) {
        boolean active = em.createQuery("SELECT COUNT(p) FROM CoachingPlan p WHERE p.agent = :agent AND p.status = :active", Long.class)
                .setParameter("agent", agent).setParameter("active", PlanStatus.ACTIVE).getSingleResult() > 0;
        if (active) {
            throw CoachingException.conflict("agentId", agent.getUsername() + " has an active coaching plan: add goals to it or end it first");
        }
        String named = title == null || title.isBlank() ? "Coaching plan for " + agent.getDisplayName() : title.strip();
        if (named.length() > CoachingPlan.TITLE_LENGTH) {
            throw new CoachingException("title", "A title has at most " + CoachingPlan.TITLE_LENGTH + " characters");
        }
        CoachingPlan plan = new CoachingPlan(agent, trainer, named, Instant.now());
        em.persist(plan);
        em.flush();
        return plan;
    }

    private User agent(Long agentId) {
        User agent = agentId == null ? null : em.find(User.class, agentId);
        boolean isAgent = agent != null && em.createQuery("SELECT COUNT(g) FROM Grant g WHERE g.user = :user"
                + " AND g.role = org.earshot.access.Role.AGENT AND g.revokedAt IS NULL", Long.class).setParameter("user", agent).getSingleResult() > 0;
        if (!isAgent) {
            throw new CoachingException("agentId", "Choose an agent");
        }
        return agent;
    }

    /** What an outcome gives a plan: whose it is, the form version it was scored on and its answers. */
    private record Outcome(User agent, Long scorecardId, Form form, Map<String, Answer> answers) {
    }

    private Outcome evaluationOutcome(PlanSource source, long id) {
        var seen = evaluations.get(id);
        Evaluation evaluation = em.find(Evaluation.class, id);
        if (evaluation.getState() == EvaluationState.DRAFT) {
            throw CoachingException.conflict("sourceId", "Evaluation " + id + " is a draft: it has no outcome yet");
        }
        boolean settledDispute = seen.disputes().stream().anyMatch(d -> d.outcome() != null);
        if (source == PlanSource.DISPUTE && !settledDispute) {
            throw CoachingException.conflict("sourceId", "Evaluation " + id + " has no settled dispute");
        }
        return new Outcome(evaluation.getAgent(), evaluation.getScorecardVersion().getScorecard().getId(), evaluation.form(),
                evaluation.answers());
    }

    private Outcome calibrationOutcome(long id) {
        calibrations.get(id);
        CalibrationSession session = em.find(CalibrationSession.class, id);
        if (session.getState() != CalibrationState.CLOSED) {
            throw CoachingException.conflict("sourceId", "Calibration session " + id + " is still open: its outcome is not known yet");
        }
        CalibrationParticipant reference = session.getParticipants().stream().filter(CalibrationParticipant::isReference)
                .filter(CalibrationParticipant::isSubmitted).findFirst()
                .orElseThrow(() -> CoachingException.conflict("sourceId", "Calibration session " + id + " has no submitted reference sheet"));
        User agent = em.createQuery("SELECT c.agent FROM CallRecord c WHERE c.callId = :call", User.class).setParameter("call", session.getCallId())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Call " + session.getCallId() + " reached no agent"));
        return new Outcome(agent, session.getScorecardVersion().getScorecard().getId(), session.form(), reference.answers());
    }
}
