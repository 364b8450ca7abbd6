package org.earshot.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.earshot.access.Action;
import org.earshot.access.Role;

/**
 * Which menu entries the logged-in user is offered. Showing an entry is a convenience only:
 * every page's data comes from EJB services that check role and scope themselves.
 */
@Named
@RequestScoped
public class UserMenu {

    @Inject
    private ExternalContext external;

    public String getUsername() {
        return external.getRemoteUser();
    }

    public boolean hasAny(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).anyMatch(external::isUserInRole);
    }

    public boolean isAdmin() {
        return external.isUserInRole("ADMIN");
    }

    /** Roles whose grants permit VIEW_CALL: the calls menu. */
    public boolean isCallViewer() {
        return holdsRolePermitting(Action.VIEW_CALL);
    }

    /** Roles whose grants permit MONITOR_CALL (supervisors, QA, trainers, compliance): the supervisor console. */
    public boolean isMonitor() {
        return holdsRolePermitting(Action.MONITOR_CALL);
    }

    /** Roles whose grants permit PLAY_RECORDING: the recordings list (the service shows each only what is in scope). */
    public boolean isRecordingListener() {
        return holdsRolePermitting(Action.PLAY_RECORDING);
    }

    /** Roles whose grants permit CONTROL_RECORDING (supervisors): the console's Record, Pause and Resume recording buttons. */
    public boolean isRecordingController() {
        return holdsRolePermitting(Action.CONTROL_RECORDING);
    }

    /**
     * Roles whose grants permit DOWNLOAD_RECORDING (compliance): the recording page's download button. A download
     * outside the user's scope is still refused by the service.
     */
    public boolean isRecordingDownloader() {
        return holdsRolePermitting(Action.DOWNLOAD_RECORDING);
    }

    /** Roles whose grants permit DESIGN_SCORECARDS (QA evaluators, supervisors): Quality → Forms. */
    public boolean isFormDesigner() {
        return holdsRolePermitting(Action.DESIGN_SCORECARDS);
    }

    /** Roles whose grants permit EVALUATE_CALL (QA evaluators, supervisors): Quality → Disputes and Calibrations, and Evaluate on a recording. */
    public boolean isEvaluator() {
        return holdsRolePermitting(Action.EVALUATE_CALL);
    }

    /** Roles whose grants permit MANAGE_SAMPLING (supervisors): Quality → Sampling rules, Workload and Evaluation policies. */
    public boolean isSamplingLead() {
        return holdsRolePermitting(Action.MANAGE_SAMPLING);
    }

    /** Roles whose grants permit LEAD_CALIBRATION: opening calibration sessions. */
    public boolean isCalibrationLead() {
        return holdsRolePermitting(Action.LEAD_CALIBRATION);
    }

    /** Roles whose grants permit COACH_AGENT (trainers, supervisors): Coaching → Caseload, and a plan from an evaluation. */
    public boolean isCoach() {
        return holdsRolePermitting(Action.COACH_AGENT);
    }

    /** Coaches have their caseload, agents their own coaching. */
    public boolean isCoaching() {
        return isCoach() || isAgent();
    }

    /** Roles whose grants permit VIEW_DASHBOARD (managers, supervisors, compliance): the Dashboards menu. */
    public boolean isDashboardViewer() {
        return holdsRolePermitting(Action.VIEW_DASHBOARD);
    }

    /** Whoever evaluates, designs forms or is evaluated (agents: their own evaluations) has the Quality menu. */
    public boolean isQuality() {
        return isFormDesigner() || isEvaluator() || isAgent();
    }

    /** Agents see their own presence and call at home, and their own evaluations. */
    public boolean isAgent() {
        return external.isUserInRole(Role.AGENT.name());
    }

    private boolean holdsRolePermitting(Action action) {
        return Arrays.stream(Role.values()).filter(role -> role.permits(action))
                .anyMatch(role -> external.isUserInRole(role.name()));
    }

    /** Roles whose grants permit MANAGE_RECORDINGS (compliance): holds, erasure, purge, findings. */
    public boolean isRecordingGovernor() {
        return holdsRolePermitting(Action.MANAGE_RECORDINGS);
    }

    /** Roles whose grants permit ROTATE_RECORDING_KEYS (administrators). */
    public boolean isKeyRotator() {
        return holdsRolePermitting(Action.ROTATE_RECORDING_KEYS);
    }

    public boolean isGovernance() {
        return hasAny("ADMIN,COMPLIANCE");
    }
}
