package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.earshot.recording.CompletenessCheck;
import org.earshot.recording.Erasure;
import org.earshot.recording.ErasureReport;
import org.earshot.recording.FindingView;
import org.earshot.recording.GovernanceException;
import org.earshot.recording.HoldScope;
import org.earshot.recording.KeyRotation;
import org.earshot.recording.LegalHoldService;
import org.earshot.recording.LegalHoldView;
import org.earshot.recording.PurgeReport;
import org.earshot.recording.RetentionPurge;
import org.earshot.recording.RotationStatus;
import org.earshot.web.faces.ServiceCall;
import org.earshot.web.faces.TimeRange;
import org.earshot.web.session.UserMenu;

/**
 * The recording governance page: legal holds (list, create, release), an erasure request and its
 * report, the retention purge's dry run and a run now, the reconciliation's findings and a run now,
 * the key rotation's status and a rotation. Compliance sees all but the keys; administrators the keys.
 * Times are entered and shown in UTC.
 */
@Named
@ViewScoped
public class RecordingGovernancePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FINDINGS_SHOWN = 200;

    @EJB
    private LegalHoldService holds;
    @EJB
    private Erasure erasure;
    @EJB
    private RetentionPurge purge;
    @EJB
    private CompletenessCheck completeness;
    @EJB
    private KeyRotation rotation;
    @Inject
    private UserMenu user;

    private boolean withReleased;
    private List<LegalHoldView> holdList;
    private final NewHold newHold = new NewHold();
    private LegalHoldView releasing;
    private String releaseReason;

    private String erasureCaller;
    private String erasureReference;
    private ErasureReport erasureReport;

    private PurgeReport purgeReport;

    private List<FindingView> findings;
    private long findingsTotal;

    private RotationStatus rotationStatus;

    /** The hold being written in the create dialog. */
    public static class NewHold implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String reason;
        private String recordingId;
        private String callId;
        private String agent;
        private String caller;
        private TimeRange started = new TimeRange();

        HoldScope scope() {
            return new HoldScope(recordingId(), callId, agent, caller, started.fromInstant(), started.toInstant());
        }

        private UUID recordingId() {
            try {
                return recordingId == null || recordingId.isBlank() ? null : UUID.fromString(recordingId.strip());
            } catch (IllegalArgumentException e) {
                throw new GovernanceException("recordingId", "A recording id looks like 0f8fad5b-d9cb-469f-a165-70867728950e");
            }
        }

        void clear() {
            name = reason = recordingId = callId = agent = caller = null;
            started = new TimeRange();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getRecordingId() {
            return recordingId;
        }

        public void setRecordingId(String recordingId) {
            this.recordingId = recordingId;
        }

        public String getCallId() {
            return callId;
        }

        public void setCallId(String callId) {
            this.callId = callId;
        }

        public String getAgent() {
            return agent;
        }

        public void setAgent(String agent) {
            this.agent = agent;
        }

        public String getCaller() {
            return caller;
        }

        public void setCaller(String caller) {
            this.caller = caller;
        }

        /** The recordings' start, in UTC. */
        public TimeRange getStarted() {
            return started;
        }
    }

    // ---- legal holds

    public List<LegalHoldView> getHolds() {
        if (holdList == null && user.isRecordingGovernor()) {
            holdList = ServiceCall.query("holdsForm", () -> holds.holds(withReleased)).orElse(List.of());
        }
        return holdList == null ? List.of() : holdList;
    }

    public void reloadHolds() {
        holdList = null;
    }

    public void startNewHold() {
        newHold.clear();
    }

    public void createHold() {
        if (ServiceCall.change("holdForm", () -> "Hold " + holds.create(newHold.name, newHold.reason, newHold.scope()).name()
                + " created")) {
            reloadHolds();
        }
    }

    public void startRelease(LegalHoldView hold) {
        releasing = hold;
        releaseReason = null;
    }

    public void release() {
        if (releasing != null && ServiceCall.change("releaseForm", () -> "Hold " + holds.release(releasing.id(), releaseReason).name()
                + " released")) {
            reloadHolds();
        }
    }

    // ---- erasure

    public void erase() {
        ServiceCall.query("erasureForm", () -> erasure.eraseCaller(erasureCaller, erasureReference)).ifPresent(report -> {
            erasureReport = report;
            reloadHolds();
        });
    }

    // ---- retention

    public void previewPurge() {
        purgeReport = ServiceCall.query("purgeForm", () -> purge.dryRun()).orElse(purgeReport);
    }

    public void purgeNow() {
        purgeReport = ServiceCall.query("purgeForm", () -> purge.runNow()).orElse(purgeReport);
    }

    // ---- completeness

    public List<FindingView> getFindings() {
        if (findings == null && user.isRecordingGovernor()) {
            ServiceCall.query("findingsForm", () -> completeness.findings(null, 0, FINDINGS_SHOWN)).ifPresent(page -> {
                findings = page.items();
                findingsTotal = page.total();
            });
        }
        return findings == null ? List.of() : findings;
    }

    public void reconcileNow() {
        ServiceCall.change("findingsForm", () -> completeness.runNow().newFindings().size() + " new finding(s)");
        findings = null;
    }

    // ---- key rotation

    public RotationStatus getRotationStatus() {
        if (rotationStatus == null && user.isKeyRotator()) {
            rotationStatus = ServiceCall.query("keysForm", () -> rotation.status()).orElse(null);
        }
        return rotationStatus;
    }

    public void refreshRotation() {
        rotationStatus = null;
    }

    public void rotate() {
        ServiceCall.change("keysForm", () -> "Key " + rotation.start().primaryKeyId() + " is the primary; re-wrapping has started");
        rotationStatus = null;
    }

    public NewHold getNewHold() {
        return newHold;
    }

    public boolean isWithReleased() {
        return withReleased;
    }

    public void setWithReleased(boolean withReleased) {
        this.withReleased = withReleased;
    }

    public LegalHoldView getReleasing() {
        return releasing;
    }

    public String getReleaseReason() {
        return releaseReason;
    }

    public void setReleaseReason(String releaseReason) {
        this.releaseReason = releaseReason;
    }

    public String getErasureCaller() {
        return erasureCaller;
    }

    public void setErasureCaller(String erasureCaller) {
        this.erasureCaller = erasureCaller;
    }

    public String getErasureReference() {
        return erasureReference;
    }

    public void setErasureReference(String erasureReference) {
        this.erasureReference = erasureReference;
    }

    public ErasureReport getErasureReport() {
        return erasureReport;
    }

    public PurgeReport getPurgeReport() {
        return purgeReport;
    }

    public long getFindingsTotal() {
        return findingsTotal;
    }
}
