package org.earshot.access;

/**
 * What a user asks to do. Targeted actions are about one agent, queue, team or call and are
 * checked against the scope of the user's grants; the others are organization-wide.
 */
public enum Action {
    VIEW_AGENT(true),
    VIEW_CALL(true),
    MONITOR_CALL(true),
    PLAY_RECORDING(true),
    /** Saving a recording's audio as a file: apart from playing it, and in no role but compliance. */
    DOWNLOAD_RECORDING(true),
    /** Starting a call's recording on demand, pausing and resuming it, on calls not one's own. */
    CONTROL_RECORDING(true),
    EVALUATE_CALL(true),
    /**
     * Opening a calibration session on a call and closing it: a QA lead's or supervisor's, on a call in
     * their scope. The evaluators they invite score it with EVALUATE_CALL.
     */
    LEAD_CALIBRATION(true),
    COACH_AGENT(true),
    VIEW_DASHBOARD(false),
    MANAGE_ORGANIZATION(false),
    MANAGE_GRANTS(false),
    REVIEW_PERMISSIONS(false),
    VIEW_AUDIT(false),
    VERIFY_AUDIT(false),
    /**
     * Recording governance over the whole organization: legal holds, erasure requests, deleting a
     * recording, the retention purge and the completeness findings. Compliance's, not an
     * administrator's: it decides what evidence is kept.
     */
    MANAGE_RECORDINGS(false),
    /** Rotating the key-encryption key that wraps every recording's data key: an administrator's, who never hears the audio. */
    ROTATE_RECORDING_KEYS(false),
    /**
     * Designing scorecards (evaluation forms): creating, editing, publishing, retiring and assigning
     * them. Forms are shared by the organization's QA team, so any grant of a role that designs may
     * design; assigning a form to a queue or team (and changing a form assigned to some) also needs the
     * grant to reach them (AccessService#requireReach).
     */
    DESIGN_SCORECARDS(false),
    /**
     * Leading the sampling of calls for evaluation: the sampling rules of the queues and teams the
     * grant reaches (AccessService#requireReach), drawing them, seeing the evaluators' workload and
     * reassigning assigned evaluations. Evaluators work the queue they are given and do not choose
     * which calls are sampled: that is what makes the sample fair.
     */
    MANAGE_SAMPLING(false);

    private final boolean targeted;

    Action(boolean targeted) {
        this.targeted = targeted;
    }

    public boolean isTargeted() {
        return targeted;
    }

    /**
     * Governance actions reach everyone's data (all grants, the whole audit trail), so only a
     * grant over the whole organization permits them; a grant over one site does not. The dashboard,
     * scorecard design and sampling are organization-wide without reaching anyone's data (sampling
     * reaches the queues and teams of the grant, AccessService#requireReach).
     */
    public boolean needsWholeOrganization() {
        return !targeted && this != VIEW_DASHBOARD && this != DESIGN_SCORECARDS && this != MANAGE_SAMPLING;
    }

    /** Monitoring is the one action that is asked for in a mode (listen, whisper, barge, takeover). */
    public boolean needsMode() {
        return this == MONITOR_CALL;
    }
}
