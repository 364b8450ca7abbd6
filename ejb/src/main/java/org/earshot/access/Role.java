package org.earshot.access;

import static org.earshot.access.Action.COACH_AGENT;
import static org.earshot.access.Action.CONTROL_RECORDING;
import static org.earshot.access.Action.DESIGN_SCORECARDS;
import static org.earshot.access.Action.DOWNLOAD_RECORDING;
import static org.earshot.access.Action.EVALUATE_CALL;
import static org.earshot.access.Action.LEAD_CALIBRATION;
import static org.earshot.access.Action.MANAGE_GRANTS;
import static org.earshot.access.Action.MANAGE_ORGANIZATION;
import static org.earshot.access.Action.MANAGE_RECORDINGS;
import static org.earshot.access.Action.MANAGE_SAMPLING;
import static org.earshot.access.Action.MONITOR_CALL;
import static org.earshot.access.Action.PLAY_RECORDING;
import static org.earshot.access.Action.REVIEW_PERMISSIONS;
import static org.earshot.access.Action.ROTATE_RECORDING_KEYS;
import static org.earshot.access.Action.VERIFY_AUDIT;
import static org.earshot.access.Action.VIEW_AGENT;
import static org.earshot.access.Action.VIEW_AUDIT;
import static org.earshot.access.Action.VIEW_CALL;
import static org.earshot.access.Action.VIEW_DASHBOARD;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of Earshot and the actions each one permits. Administrators run the organization and
 * access but do not monitor calls (separation of duties): monitoring needs a role that does.
 * An agent's role reaches only the agent's own data, whatever the grant's scope says. Downloading a
 * recording is a permission apart from playing it, held by compliance alone; supervisors control
 * (start on demand, pause, resume) the recordings of the calls in their scope. Compliance governs
 * recordings (holds, erasure, purge, findings); administrators rotate their keys without hearing them.
 * Those who evaluate calls (QA evaluators, supervisors) design the scorecards they evaluate with and
 * lead calibration sessions on the calls in their scope (Earshot has no separate QA lead role: the QA
 * team's lead is one of its evaluators); supervisors lead the sampling of their queues' and teams' calls,
 * which QA evaluators are assigned. The split is deliberate: calibration scores never count for an agent,
 * so an evaluator may lead it, but a sample decides whose calls are judged, and those who judge them do
 * not choose them (a fair sample is one the evaluator could not steer).
 */
public enum Role {
    ADMIN(EnumSet.of(MANAGE_ORGANIZATION, MANAGE_GRANTS, REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT, VIEW_AGENT,
            ROTATE_RECORDING_KEYS)),
    SUPERVISOR(EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, CONTROL_RECORDING, EVALUATE_CALL, COACH_AGENT,
            VIEW_DASHBOARD, DESIGN_SCORECARDS, LEAD_CALIBRATION, MANAGE_SAMPLING)),
    QA_EVALUATOR(EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, EVALUATE_CALL, DESIGN_SCORECARDS, LEAD_CALIBRATION)),
    TRAINER(EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, COACH_AGENT)),
    MANAGER(EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING, VIEW_DASHBOARD)),
    COMPLIANCE(EnumSet.of(VIEW_AGENT, VIEW_CALL, MONITOR_CALL, PLAY_RECORDING, DOWNLOAD_RECORDING, VIEW_DASHBOARD,
            REVIEW_PERMISSIONS, VIEW_AUDIT, VERIFY_AUDIT, MANAGE_RECORDINGS)),
    AGENT(EnumSet.of(VIEW_AGENT, VIEW_CALL, PLAY_RECORDING));

    private final Set<Action> permitted;

    Role(Set<Action> permitted) {
        this.permitted = permitted;
    }

    public boolean permits(Action action) {
        return permitted.contains(action);
    }

    /** True for the roles whose grants are limited to the holder's own data. */
    public boolean isSelfScoped() {
        return this == AGENT;
    }
}
