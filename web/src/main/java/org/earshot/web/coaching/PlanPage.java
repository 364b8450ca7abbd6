package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.GoalOption;
import org.earshot.coaching.GoalView;
import org.earshot.coaching.NewGoal;
import org.earshot.coaching.PlanStatus;
import org.earshot.coaching.PlanView;
import org.earshot.coaching.TargetKind;
import org.earshot.web.faces.ServiceCall;

/**
 * A coaching plan: its goals, each with its progress charted against its target, and its sessions. A
 * coach confirms or edits goals, adds goals on a published scorecard's questions or sections, settles or
 * withdraws them, schedules sessions and ends the plan; the agent reads it. The service decides every step.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "plan";
    static final String SESSION = "/app/coaching/session?faces-redirect=true&id=";

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    private Long id;
    private PlanView view;
    private boolean coach;
    private List<GoalOption> options = List.of();
    private final Map<Long, GoalEdit> edits = new HashMap<>();

    private String newGoalOption;
    private TargetKind newTargetKind = TargetKind.SCORE;
    private BigDecimal newTargetValue;
    private LocalDate newDueOn;

    private LocalDateTime sessionAt;
    private Integer sessionMinutes = 30;

    /** A goal's target and due date as being edited on the page. */
    public static final class GoalEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private TargetKind kind;
        private BigDecimal value;
        private LocalDate dueOn;

        GoalEdit(GoalView goal) {
            kind = goal.targetKind();
            value = goal.target();
            dueOn = goal.dueOn();
        }

        public TargetKind getKind() {
            return kind;
        }

        public void setKind(TargetKind kind) {
            this.kind = kind;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    public void load() {
        if (id == null) {
            return;
        }
        view = ServiceCall.query(null, () -> coaching.get(id)).orElse(null);
        if (view != null) {
            coach = coaching.coaches(view.summary().agentId());
            options = coach ? coaching.goalOptions() : List.of();
            edits.clear();
            view.goals().forEach(g -> edits.put(g.id(), new GoalEdit(g)));
        }
    }

    public String chart(GoalView goal) {
        return GoalChart.of(goal.progress());
    }

    public GoalEdit edit(GoalView goal) {
        return edits.get(goal.id());
    }

    public void changeGoal(long goalId) {
        GoalEdit edit = edits.get(goalId);
        step(() -> {
            coaching.changeGoal(id, goalId, edit.kind, edit.value, edit.dueOn);
            return "Goal saved";
        });
    }

    public void settleGoal(long goalId) {
        step(() -> "Goal " + coaching.settleGoal(id, goalId).status().name().toLowerCase());
    }

    public void withdrawGoal(long goalId) {
        step(() -> {
            coaching.withdrawGoal(id, goalId);
            return "Goal withdrawn";
        });
    }

    public void addGoal() {
        GoalOption option = options.stream().filter(o -> optionValue(o).equals(newGoalOption)).findFirst().orElse(null);
        if (step(() -> {
            coaching.addGoal(id, option == null ? new NewGoal(null, null, null, newTargetKind, newTargetValue, newDueOn)
                    : new NewGoal(option.scorecardId(), option.subject(), option.key(), newTargetKind, newTargetValue, newDueOn));
            return "Goal added";
        })) {
            newGoalOption = null;
            newTargetValue = null;
            newDueOn = null;
        }
    }

    public void end() {
        step(() -> "Plan ended: " + coaching.end(id).summary().status().name().toLowerCase());
    }

    /** Schedules a session at the date and time entered (UTC, as the console shows times) and opens it. */
    public String schedule() {
        return ServiceCall.query(FORM_ID, () -> sessions.schedule(id, sessionAt == null ? null : sessionAt.toInstant(ZoneOffset.UTC),
                sessionMinutes)).map(s -> SESSION + s.summary().id()).orElse(null);
    }

    public String optionValue(GoalOption option) {
        return option.scorecardId() + ":" + option.subject() + ":" + option.key();
    }

    public String optionLabel(GoalOption option) {
        return option.scorecardName() + " · " + option.subject().name().toLowerCase() + " " + option.key() + ": " + option.label();
    }

    public boolean isActive() {
        return view != null && view.summary().status() == PlanStatus.ACTIVE;
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    private boolean step(Supplier<String> change) {
        return ServiceCall.change(FORM_ID, change, this::load);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getView() {
        return view;
    }

    public boolean isCoach() {
        return coach;
    }

    public List<GoalOption> getOptions() {
        return options;
    }

    public String getNewGoalOption() {
        return newGoalOption;
    }

    public void setNewGoalOption(String newGoalOption) {
        this.newGoalOption = newGoalOption;
    }

    public TargetKind getNewTargetKind() {
        return newTargetKind;
    }

    public void setNewTargetKind(TargetKind newTargetKind) {
        this.newTargetKind = newTargetKind;
    }

    public BigDecimal getNewTargetValue() {
        return newTargetValue;
    }

    public void setNewTargetValue(BigDecimal newTargetValue) {
        this.newTargetValue = newTargetValue;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public LocalDateTime getSessionAt() {
        return sessionAt;
    }

    public void setSessionAt(LocalDateTime sessionAt) {
        this.sessionAt = sessionAt;
    }

    public Integer getSessionMinutes() {
        return sessionMinutes;
    }

    public void setSessionMinutes(Integer sessionMinutes) {
        this.sessionMinutes = sessionMinutes;
    }
}
