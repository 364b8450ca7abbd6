package org.earshot.web.evaluation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.earshot.evaluation.CalibrationCandidate;
import org.earshot.evaluation.CalibrationService;
import org.earshot.evaluation.CalibrationSummary;
import org.earshot.evaluation.NewCalibration;
import org.earshot.evaluation.ScorecardService;
import org.earshot.evaluation.ScorecardView;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;

/**
 * The calibration sessions an evaluator leads or scores in, and a lead's new session: a recorded call
 * (its id, as the recording page shows it, or arriving with {@code ?recording=}), then the reference and
 * the evaluators among those who may evaluate that call. {@link CalibrationService} decides who may.
 */
@Named
@ViewScoped
public class CalibrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SESSION = "/app/quality/calibration.xhtml?faces-redirect=true&id=";

    @EJB
    private CalibrationService calibrations;

    @EJB
    private ScorecardService scorecards;

    private List<CalibrationSummary> shown;
    private List<CalibrationCandidate> candidates = List.of();
    private List<ScorecardView> published;
    private String title;
    private String recordingId;
    private Long scorecardId;
    private Long referenceId;
    private Long[] evaluatorIds = new Long[0];
    private LocalDateTime dueAt;

    public List<CalibrationSummary> getSessions() {
        if (shown == null) {
            shown = ServiceCall.query(null, () -> calibrations.list(null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items())
                    .orElse(List.of());
        }
        return shown;
    }

    /** The forms with a published version, to calibrate on (none chosen: the one assigned to the call). */
    public List<ScorecardView> getScorecards() {
        if (published == null) {
            published = ServiceCall.query(null, () -> scorecards.list(null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items()).orElse(List.of())
                    .stream().filter(form -> form.publishedVersion() != null).toList();
        }
        return published;
    }

    /** Who may be invited to score the recording's call, once it is named. */
    public void findCandidates() {
        UUID recording = recording();
        candidates = recording == null ? List.of()
                : ServiceCall.query("createForm", () -> calibrations.candidates(recording)).orElse(List.of());
    }

    /** Opens the session and goes to it; every fault lands on its input. */
    public String create() {
        NewCalibration request = new NewCalibration(title, recording(), scorecardId, referenceId, Arrays.asList(evaluatorIds),
                dueAt == null ? null : dueAt.toInstant(ZoneOffset.UTC));
        return ServiceCall.query("createForm", FieldPaths.onInputs("createForm", () -> calibrations.create(request)))
                .map(created -> SESSION + created.id()).orElse(null);
    }

    /** The recording named, or null (then the service names the field) when the text is not a recording id. */
    private UUID recording() {
        try {
            return recordingId == null || recordingId.isBlank() ? null : UUID.fromString(recordingId.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** "2 of 3 submitted": the sheets in, never what they say. */
    public String submitted(CalibrationSummary session) {
        long in = session.participants().stream().filter(p -> p.submittedAt() != null).count();
        return in + " of " + session.participants().size() + " submitted";
    }

    public List<CalibrationCandidate> getCandidates() {
        return candidates;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecordingId() {
        return recordingId;
    }

    public void setRecordingId(String recordingId) {
        this.recordingId = recordingId;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public void setScorecardId(Long scorecardId) {
        this.scorecardId = scorecardId;
    }

    public Long getReferenceId() {
        return referenceId;
    }

    public void setReferenceId(Long referenceId) {
        this.referenceId = referenceId;
    }

    public Long[] getEvaluatorIds() {
        return evaluatorIds;
    }

    public void setEvaluatorIds(Long[] evaluatorIds) {
        this.evaluatorIds = evaluatorIds;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }
}
