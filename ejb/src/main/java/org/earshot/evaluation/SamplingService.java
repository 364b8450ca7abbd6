package org.earshot.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.Grant;
import org.earshot.access.Role;
import org.earshot.access.SystemRole;
import org.earshot.access.VisibleScope;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallScope;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.SpeechSignalQueries;
import org.earshot.recording.SpeechSignals;

/**
 * Sampling calls for evaluation: the sampling rules (kept as {@link SamplingPlan}s) of queues and
 * teams, their draws (by the timer once a period has ended, or by a lead at once), the evaluations a
 * draw assigns to the QA evaluators who have the calls in scope, the evaluator's work queue, a lead's
 * view of the workload, and reassignment. Leads are those permitted MANAGE_SAMPLING whose grant reaches
 * the rule's queue and team (or the call's agent, team or queue); everything they change is audited,
 * every refusal too. docs/quality.md, "Sampling", is the specification.
 */
// Authorization is decided per call by AccessService (MANAGE_SAMPLING and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class SamplingService {

    private static final SecureRandom SEEDS = new SecureRandom();

    /** Assigned drafts of calls {@code c} in the caller's scope (see {@link CallScope#CALLS}). */
    private static final String ASSIGNED_IN_SCOPE = "SELECT e FROM Evaluation e JOIN CallRecord c ON c.callId = e.callId"
            + " LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q WHERE e.calibration = FALSE AND e.state = :draft"
            + " AND e.assignedAt IS NOT NULL AND " + CallScope.CALLS;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private SpeechSignalQueries speech;

    private EvaluationPolicies policies;

    @PostConstruct
    void preparePolicies() {
        policies = new EvaluationPolicies(em);
    }

    /** The rules whose queue and team the caller's sampling grants reach, by name. */
    public Page<SamplingPlanView> list(PageRequest page) {
        access.require(Action.MANAGE_SAMPLING, AccessTarget.organization(), null);
        List<SamplingPlanView> reached = reachedPlans(access.visibleScope(Action.MANAGE_SAMPLING)).stream().map(SamplingPlan::view).toList();
        return new Page<>(reached.stream().skip(page.first()).limit(page.size()).toList(), reached.size());
    }

    public SamplingPlanView get(long id) {
        return reached(Entities.load(em, SamplingPlan.class, id)).view();
    }

    public SamplingPlanView create(SamplingPlanSettings settings) {
        access.require(Action.MANAGE_SAMPLING, AccessTarget.organization(), null);
        SamplingPlan plan = new SamplingPlan(settings, queue(settings), team(settings), scorecard(settings), access.callerName(),
                Instant.now());
        reached(plan);
        requireUniqueName(plan.getName(), null);
        em.persist(plan);
        em.flush();
        audit.record(AuditEvent.of(SamplingAuditAction.SAMPLING_RULE_CREATE, "SamplingRule", plan.getId(),
                "\"" + plan.getName() + "\": " + plan.describe() + (plan.isActive() ? "" : " (inactive)")));
        return plan.view();
    }

    public SamplingPlanView update(long id, SamplingPlanSettings settings) {
        SamplingPlan plan = reached(locked(id));
        String before = plan.describe() + (plan.isActive() ? "" : " (inactive)");
        plan.change(settings, queue(settings), team(settings), scorecard(settings), access.callerName(), Instant.now());
        reached(plan);
        requireUniqueName(plan.getName(), plan.getId());
        em.flush();
        audit.record(AuditEvent.of(SamplingAuditAction.SAMPLING_RULE_UPDATE, "SamplingRule", plan.getId(), "\"" + plan.getName()
                + "\": " + before + " -> " + plan.describe() + (plan.isActive() ? "" : " (inactive)")));
        return plan.view();
    }

    /** Removes a rule never drawn; one with draws is kept for the audit of its picks, and is deactivated instead. */
    public void delete(long id) {
        SamplingPlan plan = reached(locked(id));
        if (!runsOf(plan).isEmpty()) {
            throw new SamplingConflict("The rule has draws an auditor may need to reproduce: deactivate it instead");
        }
        em.remove(plan);
        audit.record(AuditEvent.of(SamplingAuditAction.SAMPLING_RULE_DELETE, "SamplingRule", id, "\"" + plan.getName() + "\" deleted"));
    }

    /**
     * A lead's "draw now": the rule's draw for the period holding {@code day} (null: the period just
     * ended), once per period. Drawing a period before it ends samples its calls so far, and that
     * period is not drawn again.
     */
    public SamplingRunView draw(long id, LocalDate day) {
        SamplingPlan plan = reached(locked(id));
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, plan.zone());
        PeriodWindow window = day == null ? plan.getPeriod().before(today, plan.zone()) : plan.getPeriod().containing(day, plan.zone());
        if (window.start().isAfter(now)) {
            throw new QualitySettingException("day", "That period has not started");
        }
        if (drawn(plan, window)) {
            throw new SamplingConflict("\"" + plan.getName() + "\" is already drawn for the period from " + window.start());
        }
        return run(plan, window, access.callerName(), now).view();
    }

    /** The timer's work: the active rules not yet drawn for the period that ended before now (in their zone). */
    @RolesAllowed(SystemRole.NAME)
    public List<Long> dueForDraw(Instant now) {
        return em.createQuery("SELECT p FROM SamplingPlan p WHERE p.active = TRUE ORDER BY p.id", SamplingPlan.class).getResultStream()
                .filter(plan -> !drawn(plan, plan.getPeriod().before(LocalDate.ofInstant(now, plan.zone()), plan.zone())))
                .map(SamplingPlan::getId).toList();
    }

    /** The timer draws one rule for the period that ended, in a transaction of its own (the clock calls each apart). */
    @RolesAllowed(SystemRole.NAME)
    public void drawEnded(long id, Instant now) {
        SamplingPlan plan = locked(id);
        PeriodWindow window = plan.getPeriod().before(LocalDate.ofInstant(now, plan.zone()), plan.zone());
        if (plan.isActive() && !drawn(plan, window)) {
            run(plan, window, SamplingRun.TIMER, now);
        }
    }

    /** A rule's kept draws, newest period first. */
    public List<SamplingRunView> runs(long id) {
        return runsOf(reached(Entities.load(em, SamplingPlan.class, id))).stream().map(SamplingRun::view).toList();
    }

    public SamplingRunView run(long runId) {
        SamplingRun run = Entities.load(em, SamplingRun.class, runId);
        reached(run.getPlan());
        return run.view();
    }

    /**
     * The caller's work queue: their drafts, assigned (overdue first, then by due date) and started on
     * their own (after, newest first). Only ever the caller's own.
     */
    public List<AssignmentView> workQueue() {
        User me = caller();
        Instant now = Instant.now();
        List<Evaluation> drafts = em.createQuery("SELECT e FROM Evaluation e WHERE e.evaluator = :me AND e.state = :draft"
                        + " AND e.calibration = FALSE", Evaluation.class)
                .setParameter("me", me).setParameter("draft", EvaluationState.DRAFT).getResultList();
        return views(drafts, now);
    }

    /**
     * A lead's view of the assignments on calls in their scope: the load of each evaluator who could
     * take work of the lead's rules (a QA evaluator who may evaluate calls of a rule's queue or team)
     * and of whoever holds an assignment in scope, the assigned drafts, and the picks waiting for an
     * evaluator.
     */
    public Workload workload() {
        access.require(Action.MANAGE_SAMPLING, AccessTarget.organization(), null);
        VisibleScope scope = access.visibleScope(Action.MANAGE_SAMPLING);
        Instant now = Instant.now();
        List<Evaluation> assigned = CallScope.bind(em.createQuery(ASSIGNED_IN_SCOPE, Evaluation.class), scope)
                .setParameter("draft", EvaluationState.DRAFT).getResultList();
        List<AssignmentView> assignments = views(assigned, now);
        Map<Long, User> evaluators = new LinkedHashMap<>();
        List<SamplingPlan> rules = reachedPlans(scope);
        qaEvaluators().stream().filter(u -> rules.stream().anyMatch(rule -> mayEvaluateCallsOf(u, rule)))
                .forEach(u -> evaluators.put(u.getId(), u));
        assigned.forEach(e -> evaluators.putIfAbsent(e.getEvaluator().getId(), e.getEvaluator()));
        Map<Long, Integer> open = openEvaluations();
        List<Workload.EvaluatorWorkload> loads = evaluators.values().stream()
                .map(u -> new Workload.EvaluatorWorkload(u.getId(), u.getUsername(), u.getDisplayName(), open.getOrDefault(u.getId(), 0),
                        (int) assignments.stream().filter(a -> a.evaluatorId() == u.getId()).count(),
                        (int) assignments.stream().filter(a -> a.evaluatorId() == u.getId() && a.status() == AssignmentView.Status.OVERDUE)
                                .count()))
                .sorted(Comparator.comparing(Workload.EvaluatorWorkload::evaluator)).toList();
        List<SamplingPickView> unassigned = CallScope.bind(em.createQuery("SELECT p FROM SamplingPick p JOIN CallRecord c"
                        + " ON c.callId = p.callId LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q WHERE p.evaluation IS NULL"
                        + " AND " + CallScope.CALLS + " ORDER BY p.id", SamplingPick.class), scope)
                .getResultStream().map(SamplingPick::view).toList();
        return new Workload(loads, assignments, unassigned);
    }

    /** A lead hands an assigned draft to another evaluator who has its call in scope; answers and due date stay. */
    public AssignmentView reassign(long evaluationId, long evaluatorId) {
        Evaluation evaluation = em.find(Evaluation.class, evaluationId, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null || evaluation.isCalibration()) {
            throw new NotFoundException("Evaluation " + evaluationId + " does not exist");
        }
        CallRecord call = callOf(evaluation.getCallId());
        access.requireReach(Action.MANAGE_SAMPLING, call.accessTarget());
        User from = evaluation.getEvaluator();
        User to = evaluatorFor(call, evaluatorId);
        evaluation.reassignTo(to);
        em.flush();
        audit.record(AuditEvent.of(SamplingAuditAction.ASSIGNMENT_REASSIGN, "Evaluation", evaluation.getId(),
                        "reassigned from " + from.getUsername() + " to " + to.getUsername())
                .with("call", evaluation.getCallId()).with("from", from.getUsername()).with("to", to.getUsername()));
        return views(List.of(evaluation), Instant.now()).get(0);
    }

    /** A lead assigns a pick that no evaluator had in scope at the draw to one who has it now. */
    public AssignmentView assignPick(long pickId, long evaluatorId) {
        SamplingPick pick = em.find(SamplingPick.class, pickId, LockModeType.PESSIMISTIC_WRITE);
        if (pick == null) {
            throw new NotFoundException("Pick " + pickId + " does not exist");
        }
        CallRecord call = callOf(pick.getCallId());
        access.requireReach(Action.MANAGE_SAMPLING, call.accessTarget());
        if (pick.getEvaluation() != null) {
            throw new SamplingConflict("Call " + pick.getCallId() + " is already assigned (evaluation " + pick.getEvaluation().getId() + ")");
        }
        User evaluator = evaluatorFor(call, evaluatorId);
        if (evaluator.getId().equals(pick.getAgent().getId())) {
            throw new QualitySettingException("evaluatorId", "An evaluator may not evaluate their own call");
        }
        ScorecardVersion form = publishedForm(pick.getRun().getPlan());
        UUID recording = em.createQuery("SELECT r.id FROM Recording r WHERE r.callId = :call AND r.deletedAt IS NULL"
                        + " ORDER BY r.startedAt", UUID.class)
                .setParameter("call", pick.getCallId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        Evaluation evaluation = assign(pick, evaluator, form, recording,
                speech.callsMatching(List.of(pick.getCallId()), SignalCriteria.none()).get(pick.getCallId()), access.callerName(),
                Instant.now());
        return views(List.of(evaluation), Instant.now()).get(0);
    }

    /** Draws the rule for the period, keeps the run and makes each assigned pick an evaluation; audited. */
    private SamplingRun run(SamplingPlan plan, PeriodWindow window, String by, Instant now) {
        ScorecardVersion form = publishedForm(plan);
        SamplingCandidates source = new SamplingCandidates(em, speech);
        SamplingCandidates.Found found = source.of(plan, window, now);
        List<User> evaluators = qaEvaluators();
        Map<Long, Integer> open = openEvaluations();
        Map<String, Boolean> decided = new HashMap<>();
        Map<Long, String> usernames = evaluators.stream().collect(Collectors.toMap(User::getId, User::getUsername));
        EvaluatorScope scope = (evaluatorId, call) -> decided.computeIfAbsent(evaluatorId + " " + call.callId(), key ->
                access.preview(usernames.get(evaluatorId), Action.EVALUATE_CALL, found.calls().get(call.callId()).accessTarget(), null)
                        .allowed());
        long seed = SEEDS.nextLong();
        SamplingOutcome outcome = new SamplingDraw(plan.rule(), seed, window).draw(found.candidates().values(), source.taken(window),
                evaluators.stream().map(u -> new EvaluatorLoad(u.getId(), open.getOrDefault(u.getId(), 0))).toList(), scope);

        Map<Long, User> users = new HashMap<>();
        evaluators.forEach(u -> users.put(u.getId(), u));
        found.calls().values().forEach(c -> users.put(c.getAgent().getId(), c.getAgent()));
        SamplingRun run = new SamplingRun(plan, outcome, found.candidates().size(), users, by, now);
        em.persist(run);
        em.flush();
        long assigned = outcome.picks().stream().filter(p -> p.evaluatorId() != null).count();
        audit.recordAs(by, AuditEvent.of(SamplingAuditAction.SAMPLING_DRAW, "SamplingRun", run.getId(), "\"" + plan.getName()
                        + "\" drawn for " + window.start() + " .. " + window.end() + " with seed " + run.view().seed() + ": "
                        + found.candidates().size() + " candidates, " + outcome.picks().size() + " picked, " + assigned + " assigned, "
                        + outcome.shortfalls().size() + " agents short")
                .with("rule", plan.getId()).with("seed", run.view().seed()));
        for (SamplingPick pick : run.getPicks()) {
            if (pick.getEvaluator() != null) {
                assign(pick, pick.getEvaluator(), form, found.recordings().get(pick.getCallId()), found.signals().get(pick.getCallId()), by,
                        now);
            }
        }
        return run;
    }

    /**
     * The pick made an evaluation assigned to the evaluator, due by the submit window of its call's queue (or the
     * organization default), with the answers signals propose.
     */
    private Evaluation assign(SamplingPick pick, User evaluator, ScorecardVersion form, UUID recording, SpeechSignals signals, String by,
                              Instant now) {
        Evaluation evaluation = Evaluation.assigned(QualityLookups.call(em, pick.getCallId()), recording, pick.getAgent(), evaluator, form,
                policies.workflowFor(pick.getCallId()), now);
        int proposed = evaluation.proposeFrom(signals);
        em.persist(evaluation);
        pick.madeInto(evaluation);
        em.flush();
        audit.recordAs(by, AuditEvent.of(SamplingAuditAction.ASSIGNMENT_CREATE, "Evaluation", evaluation.getId(),
                        "assigned to " + evaluator.getUsername() + ", due " + evaluation.getDueAt() + ", of " + pick.getAgent().getUsername()
                        + " on version " + form.getNumber() + " of \"" + form.getScorecard().getName() + "\" (rule \""
                        + pick.getRun().getPlan().getName() + "\", pick " + pick.getId() + ")"
                        + (proposed == 0 ? "" : ", " + proposed + " answers proposed from speech signals"))
                .with("call", pick.getCallId()).with("evaluator", evaluator.getUsername()));
        return evaluation;
    }

    /** The evaluators draws assign to: active users with an active QA evaluator grant. */
    private List<User> qaEvaluators() {
        Map<Long, User> users = new LinkedHashMap<>();
        em.createQuery("SELECT g FROM Grant g WHERE g.role = :role AND g.revokedAt IS NULL ORDER BY g.user.id", Grant.class)
                .setParameter("role", Role.QA_EVALUATOR).getResultStream()
                .filter(g -> g.isActive() && g.getUser().isActive()).forEach(g -> users.putIfAbsent(g.getUser().getId(), g.getUser()));
        return new ArrayList<>(users.values());
    }

    /** The rules whose queue and team the scope includes, by name. */
    private List<SamplingPlan> reachedPlans(VisibleScope scope) {
        return em.createQuery("SELECT p FROM SamplingPlan p ORDER BY LOWER(p.name), p.id", SamplingPlan.class).getResultStream()
                .filter(p -> (p.getQueue() == null || scope.includes(p.getQueue())) && (p.getTeam() == null || scope.includes(p.getTeam())))
                .toList();
    }

    /** Whether the evaluator's grants let them evaluate calls of the rule's queue or of its team (asking is not a use). */
    private boolean mayEvaluateCallsOf(User evaluator, SamplingPlan rule) {
        return rule.getQueue() != null && access.preview(evaluator.getUsername(), Action.EVALUATE_CALL, AccessTarget.queue(rule.getQueue()), null)
                .allowed()
                || rule.getTeam() != null && access.preview(evaluator.getUsername(), Action.EVALUATE_CALL, AccessTarget.team(rule.getTeam()), null)
                .allowed();
    }

    /** Each evaluator's drafts (assigned or not, outside calibration): what a draw balances. */
    private Map<Long, Integer> openEvaluations() {
        return em.createQuery("SELECT e.evaluator.id, COUNT(e) FROM Evaluation e WHERE e.state = :draft AND e.calibration = FALSE"
                        + " GROUP BY e.evaluator.id", Object[].class)
                .setParameter("draft", EvaluationState.DRAFT).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
    }

    /** The user named to evaluate the call: active, and with EVALUATE_CALL on it (asking is not a use of their grant). */
    private User evaluatorFor(CallRecord call, long evaluatorId) {
        User evaluator = em.find(User.class, evaluatorId);
        if (evaluator == null || !evaluator.isActive()) {
            throw new QualitySettingException("evaluatorId", "There is no active user " + evaluatorId);
        }
        if (!access.preview(evaluator.getUsername(), Action.EVALUATE_CALL, call.accessTarget(), null).allowed()) {
            throw new QualitySettingException("evaluatorId", evaluator.getUsername() + " may not evaluate call " + call.getCallId()
                    + ": it is outside their scope");
        }
        return evaluator;
    }

    private List<AssignmentView> views(List<Evaluation> evaluations, Instant now) {
        Map<Long, String> rules = evaluations.isEmpty() ? Map.of() : em.createQuery("SELECT p.evaluation.id, p.run.plan.name"
                        + " FROM SamplingPick p WHERE p.evaluation IN :evaluations", Object[].class)
                .setParameter("evaluations", evaluations).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return evaluations.stream().map(e -> AssignmentView.of(e, rules.get(e.getId()), now))
                .sorted(Comparator.comparing(AssignmentView::status)
                        .thenComparing(AssignmentView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AssignmentView::evaluationId, Comparator.reverseOrder()))
                .toList();
    }

    private ScorecardVersion publishedForm(SamplingPlan plan) {
        return plan.getScorecard().published().orElseThrow(() -> new SamplingConflict("The rule's scorecard \""
                + plan.getScorecard().getName() + "\" has no published version to evaluate with"));
    }

    private boolean drawn(SamplingPlan plan, PeriodWindow window) {
        return em.createQuery("SELECT COUNT(r) FROM SamplingRun r WHERE r.plan = :plan AND r.periodStart = :start", Long.class)
                .setParameter("plan", plan).setParameter("start", window.start()).getSingleResult() > 0;
    }

    private List<SamplingRun> runsOf(SamplingPlan plan) {
        return em.createQuery("SELECT r FROM SamplingRun r WHERE r.plan = :plan ORDER BY r.periodStart DESC, r.id DESC", SamplingRun.class)
                .setParameter("plan", plan).getResultList();
    }

    /** The plan, once the caller's sampling grant reaches its queue and team (else refused and audited). */
    private SamplingPlan reached(SamplingPlan plan) {
        access.require(Action.MANAGE_SAMPLING, AccessTarget.organization(), null);
        plan.reach().forEach(target -> access.requireReach(Action.MANAGE_SAMPLING, target));
        return plan;
    }

    private SamplingPlan locked(long id) {
        SamplingPlan plan = em.find(SamplingPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new NotFoundException("Sampling rule " + id + " does not exist");
        }
        return plan;
    }

    private void requireUniqueName(String name, Long except) {
        boolean taken = em.createQuery("SELECT p FROM SamplingPlan p WHERE LOWER(p.name) = :name", SamplingPlan.class)
                .setParameter("name", name.toLowerCase()).getResultStream().anyMatch(p -> !Objects.equals(p.getId(), except));
        if (taken) {
            throw SamplingConflict.on("name", "A sampling rule named \"" + name + "\" exists");
        }
    }

    private CallQueue queue(SamplingPlanSettings settings) {
        return found(settings.queueId(), CallQueue.class, "queueId", "queue");
    }

    private Team team(SamplingPlanSettings settings) {
        return found(settings.teamId(), Team.class, "teamId", "team");
    }

    private Scorecard scorecard(SamplingPlanSettings settings) {
        if (settings.scorecardId() == null) {
            throw new QualitySettingException("scorecardId", "Choose the scorecard the sampled calls are evaluated on");
        }
        return found(settings.scorecardId(), Scorecard.class, "scorecardId", "scorecard");
    }

    private <T> T found(Long id, Class<T> type, String field, String what) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new QualitySettingException(field, "There is no " + what + " " + id);
        }
        return found;
    }

    private CallRecord callOf(String callId) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :call", CallRecord.class).setParameter("call", callId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Call " + callId + " does not exist"));
    }

    private User caller() {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class).setParameter("name", access.callerName())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("unknown user " + access.callerName()));
    }
}
