package org.earshot.web.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.earshot.evaluation.CriticalLevel;
import org.earshot.evaluation.Form;
import org.earshot.evaluation.FormJson;
import org.earshot.evaluation.QuestionType;
import org.earshot.evaluation.ScorecardService;
import org.earshot.evaluation.ScorecardView;
import org.earshot.evaluation.SignalCondition;
import org.earshot.evaluation.VersionStatus;
import org.earshot.evaluation.VersionView;
import org.earshot.recording.SpeechSignal;
import org.earshot.web.faces.ServiceCall;

/**
 * The form editor: one version of a scorecard, editable while it is the draft, with publishing,
 * retiring, starting a new draft and the assignment to queues and teams. Saving sends the whole form
 * to {@link ScorecardService#saveDraft}, which refuses it whole with every fault on its path; those
 * land on the inputs ({@link FieldPaths}).
 */
@Named
@ViewScoped
public class FormEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "editor";

    @EJB
    private ScorecardService scorecards;

    private Long id;
    private ScorecardView scorecard;
    private List<VersionView> versions = List.of();
    private VersionView version;
    /** The version as saved; the preview offers its questions until it has scored the form as edited. */
    private Form saved;

    private String name;
    private String description;
    private final List<SectionDraft> sections = new ArrayList<>();
    private Long[] queueIds = new Long[0];
    private Long[] teamIds = new Long[0];

    /** Runs once the id parameter is set: opens the draft if there is one, else the latest version. */
    public void load() {
        if (id == null || !refresh()) {
            return;
        }
        Integer shown = scorecard.draftVersion() != null ? scorecard.draftVersion() : scorecard.publishedVersion();
        open(shown != null ? shown : versions.get(versions.size() - 1).number());
    }

    /** Opens a version in the editor (read-only unless it is the draft). */
    public void open(int number) {
        ServiceCall.query(null, () -> scorecards.version(id, number)).ifPresent(found -> {
            version = found.version();
            saved = FormJson.read(found.definition());
            name = saved.name();
            description = saved.description();
            sections.clear();
            saved.sections().forEach(s -> sections.add(SectionDraft.of(s)));
        });
    }

    private boolean refresh() {
        scorecard = ServiceCall.query(null, () -> scorecards.get(id)).orElse(null);
        if (scorecard == null) {
            return false;
        }
        versions = ServiceCall.query(null, () -> scorecards.versions(id)).orElse(List.of());
        queueIds = scorecard.queues().stream().map(ScorecardView.Assignee::id).toArray(Long[]::new);
        teamIds = scorecard.teams().stream().map(ScorecardView.Assignee::id).toArray(Long[]::new);
        return true;
    }

    /** Saves the whole draft, or nothing: every fault is shown on its input. */
    public boolean save() {
        Form form = toForm();
        boolean done = ServiceCall.change(FORM_ID, FieldPaths.onInputs(FORM_ID, () -> {
            scorecards.saveDraft(id, version.number(), FormJson.write(form));
            return "Draft " + version.number() + " saved";
        }));
        if (done) {
            refresh();
            open(version.number());
        }
        return done;
    }

    /** Saves the draft as it is on the page, then publishes it; the version published before is retired. */
    public void publish() {
        int number = version.number();
        if (save() && ServiceCall.change(FORM_ID, FieldPaths.onInputs(FORM_ID, () -> {
            scorecards.publish(id, number);
            return "Version " + number + " published";
        }))) {
            reopen(number);
        }
    }

    public void retire() {
        int number = version.number();
        if (ServiceCall.change(FORM_ID, () -> {
            scorecards.retire(id, number);
            return "Version " + number + " retired";
        })) {
            reopen(number);
        }
    }

    /** A new draft copied from the version shown, opened for editing. */
    public void startDraft() {
        int from = version.number();
        ServiceCall.query(FORM_ID, () -> scorecards.startDraft(id, from)).ifPresent(draft -> reopen(draft.version().number()));
    }

    public void assign() {
        Set<Long> queues = Arrays.stream(queueIds).collect(Collectors.toSet());
        Set<Long> teams = Arrays.stream(teamIds).collect(Collectors.toSet());
        if (ServiceCall.change("assignment", () -> "\"" + scorecards.assign(id, queues, teams).name() + "\" assigned")) {
            refresh();
        }
    }

    private void reopen(int number) {
        refresh();
        open(number);
    }

    Form toForm() {
        return new Form(name, description, sections.stream().map(SectionDraft::toSection).toList());
    }

    public void addSection() {
        sections.add(new SectionDraft());
    }

    public void removeSection(SectionDraft section) {
        sections.remove(section);
    }

    public void moveSection(SectionDraft section, int by) {
        move(sections, section, by);
    }

    public void addQuestion(SectionDraft section) {
        section.getQuestions().add(new QuestionDraft());
    }

    public void removeQuestion(SectionDraft section, QuestionDraft question) {
        section.getQuestions().remove(question);
    }

    public void moveQuestion(SectionDraft section, QuestionDraft question, int by) {
        move(section.getQuestions(), question, by);
    }

    private static <T> void move(List<T> items, T item, int by) {
        int from = items.indexOf(item);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < items.size()) {
            Collections.swap(items, from, to);
        }
    }

    public boolean isEditable() {
        return version != null && version.status() == VersionStatus.DRAFT;
    }

    public boolean isPublished() {
        return version != null && version.status() == VersionStatus.PUBLISHED;
    }

    /** A new draft can start from any version while the scorecard has none. */
    public boolean isDraftStartable() {
        return version != null && scorecard.draftVersion() == null;
    }

    /** The keys of the questions before this one, which its condition may name. */
    public List<String> earlierKeys(QuestionDraft question) {
        List<String> keys = new ArrayList<>();
        for (SectionDraft section : sections) {
            for (QuestionDraft q : section.getQuestions()) {
                if (q == question) {
                    return keys;
                }
                if (q.getKey() != null && !q.getKey().isBlank()) {
                    keys.add(q.getKey());
                }
            }
        }
        return keys;
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public CriticalLevel[] getCriticalLevels() {
        return CriticalLevel.values();
    }

    public SpeechSignal[] getSignals() {
        return SpeechSignal.values();
    }

    public SignalCondition.Comparison[] getComparisons() {
        return SignalCondition.Comparison.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ScorecardView getScorecard() {
        return scorecard;
    }

    public List<VersionView> getVersions() {
        return versions;
    }

    public VersionView getVersion() {
        return version;
    }

    Form getSaved() {
        return saved;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<SectionDraft> getSections() {
        return sections;
    }

    public Long[] getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(Long[] queueIds) {
        this.queueIds = queueIds;
    }

    public Long[] getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(Long[] teamIds) {
        this.teamIds = teamIds;
    }
}
