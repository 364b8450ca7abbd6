package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Entities;
import org.earshot.organization.Team;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.recording.SpeechSignal;
import org.earshot.rules.FieldViolation;

/**
 * Designing scorecards: creating (empty or from JSON), saving drafts, starting a draft from a version,
 * publishing, retiring, assigning to queues and teams, comparing versions, reading a version's form
 * (its export), and scoring a sample against a version or against a form not saved yet. Everyone whose role designs scorecards (QA evaluators, supervisors) reads
 * every scorecard; changing one also needs a grant that reaches every queue and team it is assigned
 * to, and assigning it needs one that reaches the new ones. Every change is audited with what changed;
 * every refusal leaves nothing changed.
 */
// Authorization is decided per call by AccessService (DESIGN_SCORECARDS and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class ScorecardService {

    private static final String NAMED = " WHERE LOWER(s.name) LIKE :name ESCAPE '\\'";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    /** The scorecards, by name, a page at a time; {@code name} filters by part of the name. */
    public Page<ScorecardView> list(String name, PageRequest page) {
        requireDesigner();
        TypedQuery<Scorecard> list = em.createQuery("SELECT s FROM Scorecard s" + NAMED + " ORDER BY LOWER(s.name), s.id", Scorecard.class)
                .setParameter("name", Paging.contains(name));
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Scorecard s" + NAMED, Long.class)
                .setParameter("name", Paging.contains(name));
        Page<Scorecard> found = Paging.page(list, count, page);
        return new Page<>(found.items().stream().map(Scorecard::view).toList(), found.total());
    }

    public ScorecardView get(long id) {
        requireDesigner();
        return Entities.load(em, Scorecard.class, id).view();
    }

    /** A new scorecard with an empty draft, to be designed. */
    public ScorecardView create(String name, String description) {
        return created(requireDesigner(), new Form(name, description, List.of()), "created");
    }

    /** A new scorecard whose first draft is the form of an exported (or hand-written) JSON document. */
    public ScorecardView importForm(String json) {
        return created(requireDesigner(), FormJson.read(json), "imported from JSON");
    }

    public List<VersionView> versions(long id) {
        requireDesigner();
        return Entities.load(em, Scorecard.class, id).versions().stream().map(ScorecardVersion::view).toList();
    }

    public FormVersion version(long id, int number) {
        requireDesigner();
        return FormVersion.of(Entities.load(em, Scorecard.class, id).version(number));
    }

    /** Saves a form into a draft; a published or retired version is a conflict. */
    public FormVersion saveDraft(long id, int number, String json) {
        String by = requireDesigner();
        Form form = FormJson.read(json);
        requireValid(FormValidation.ofDraft(form));
        Scorecard scorecard = changeable(id);
        ScorecardVersion draft = scorecard.version(number);
        Form before = draft.form();
        if (!form.name().equalsIgnoreCase(scorecard.getName())) {
            requireUniqueName(form.name(), id);
        }
        scorecard.saveDraft(number, form, by, Instant.now());
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_DRAFT_SAVE, "Scorecard", id,
                        "draft " + number + " of \"" + scorecard.getName() + "\" saved: " + FormDiff.summary(FormDiff.between(before, form)))
                .with("version", number));
        return FormVersion.of(draft);
    }

    /** A new draft copied from a version (to edit a published form); a conflict while another draft exists. */
    public FormVersion startDraft(long id, int from) {
        String by = requireDesigner();
        Scorecard scorecard = changeable(id);
        ScorecardVersion draft = scorecard.newDraftFrom(from, by, Instant.now());
        em.flush();
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_DRAFT_START, "Scorecard", id,
                "draft " + draft.getNumber() + " of \"" + scorecard.getName() + "\" started from version " + from)
                .with("version", draft.getNumber()).with("basedOn", from));
        return FormVersion.of(draft);
    }

    /** Publishes a complete draft, retiring the version published before it (in the same change). */
    public FormVersion publish(long id, int number) {
        String by = requireDesigner();
        Scorecard scorecard = changeable(id);
        ScorecardVersion draft = scorecard.version(number);
        if (draft.isDraft()) {
            requireValid(FormValidation.ofPublished(draft.form()));
        }
        Optional<ScorecardVersion> retired = scorecard.publish(number, by, Instant.now());
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_PUBLISH, "Scorecard", id,
                        "version " + number + " of \"" + scorecard.getName() + "\" published"
                                + retired.map(r -> "; version " + r.getNumber() + " retired").orElse(""))
                .with("version", number).with("retired", retired.map(ScorecardVersion::getNumber).orElse(null)));
        return FormVersion.of(draft);
    }

    /** Retires the published version: no new evaluation uses it; evaluations made with it keep it. */
    public FormVersion retire(long id, int number) {
        String by = requireDesigner();
        Scorecard scorecard = changeable(id);
        ScorecardVersion retired = scorecard.retire(number, by, Instant.now());
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_RETIRE, "Scorecard", id,
                "version " + number + " of \"" + scorecard.getName() + "\" retired").with("version", number));
        return FormVersion.of(retired);
    }

    /** Assigns the scorecard to exactly these queues and teams; the caller's grant must reach the old and the new ones. */
    public ScorecardView assign(long id, Set<Long> queueIds, Set<Long> teamIds) {
        requireDesigner();
        Scorecard scorecard = changeable(id);
        Set<CallQueue> queues = new HashSet<>();
        queueIds.forEach(q -> queues.add(Entities.load(em, CallQueue.class, q)));
        Set<Team> teams = new HashSet<>();
        teamIds.forEach(t -> teams.add(Entities.load(em, Team.class, t)));
        queues.forEach(q -> access.requireReach(Action.DESIGN_SCORECARDS, AccessTarget.queue(q)));
        teams.forEach(t -> access.requireReach(Action.DESIGN_SCORECARDS, AccessTarget.team(t)));
        String before = assignees(scorecard);
        scorecard.assignTo(queues, teams);
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_ASSIGN, "Scorecard", id,
                "\"" + scorecard.getName() + "\" assigned to " + assignees(scorecard) + " (was " + before + ")"));
        return scorecard.view();
    }

    /** What changed from one version to another. */
    public List<FormChange> diff(long id, int from, int to) {
        requireDesigner();
        Scorecard scorecard = Entities.load(em, Scorecard.class, id);
        return FormDiff.between(scorecard.version(from).form(), scorecard.version(to).form());
    }

    /** Scores sample answers against a version, saving nothing; answers that do not fit are field errors. */
    public ScorePreview preview(long id, int number, Map<String, Answer> answers, Map<SpeechSignal, Long> signals) {
        requireDesigner();
        return scored(number, Entities.load(em, Scorecard.class, id).version(number).form(), answers, signals);
    }

    /**
     * Scores sample answers against a form as a designer is editing it, before it is saved: the form
     * (its JSON, as a draft is saved) must be one that could be saved, so every fault a save would name
     * is named instead of a score. Saves and audits nothing: nothing changes.
     */
    public ScorePreview previewUnsaved(String json, Map<String, Answer> answers, Map<SpeechSignal, Long> signals) {
        requireDesigner();
        Form form = FormJson.read(json);
        requireValid(FormValidation.ofDraft(form));
        return scored(null, form, answers, signals);
    }

    private static ScorePreview scored(Integer version, Form form, Map<String, Answer> answers, Map<SpeechSignal, Long> signals) {
        requireValid(AnswerCheck.problems(form, answers));
        return new ScorePreview(version, FormScoring.score(form, answers), form.proposedAnswers(signals));
    }

    private ScorecardView created(String by, Form form, String how) {
        requireValid(FormValidation.ofDraft(form));
        requireUniqueName(form.name(), null);
        Scorecard scorecard = new Scorecard(form, by, Instant.now());
        em.persist(scorecard);
        em.flush();
        audit.record(AuditEvent.of(EvaluationAuditAction.SCORECARD_CREATE, "Scorecard", scorecard.getId(),
                "\"" + form.name() + "\" " + how + " with draft 1 (" + form.sections().size() + " sections, "
                        + form.questions().size() + " questions)").with("version", 1));
        return scorecard.view();
    }

    /** The scorecard, locked for the change, once the caller's grant reaches where it is assigned. */
    private Scorecard changeable(long id) {
        Scorecard scorecard = Entities.load(em, Scorecard.class, id);
        em.lock(scorecard, LockModeType.PESSIMISTIC_WRITE);
        scorecard.getQueues().forEach(q -> access.requireReach(Action.DESIGN_SCORECARDS, AccessTarget.queue(q)));
        scorecard.getTeams().forEach(t -> access.requireReach(Action.DESIGN_SCORECARDS, AccessTarget.team(t)));
        return scorecard;
    }

    private String requireDesigner() {
        access.require(Action.DESIGN_SCORECARDS, AccessTarget.organization(), null);
        return access.callerName();
    }

    private void requireUniqueName(String name, Long other) {
        long taken = em.createQuery("SELECT COUNT(s) FROM Scorecard s WHERE LOWER(s.name) = LOWER(:name) AND s.id <> :other", Long.class)
                .setParameter("name", name.strip()).setParameter("other", other == null ? -1L : other).getSingleResult();
        if (taken > 0) {
            throw ScorecardException.conflict("name", "A scorecard named \"" + name.strip() + "\" exists already");
        }
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ScorecardException(violations);
        }
    }

    private static String assignees(Scorecard scorecard) {
        ScorecardView view = scorecard.view();
        if (view.queues().isEmpty() && view.teams().isEmpty()) {
            return "no queue or team";
        }
        return "queues " + view.queues().stream().map(ScorecardView.Assignee::name).toList()
                + ", teams " + view.teams().stream().map(ScorecardView.Assignee::name).toList();
    }
}
