package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.earshot.evaluation.EvaluationService;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingView;
import org.earshot.recording.SpeechSignals;
import org.earshot.web.evaluation.EvaluationPage;
import org.earshot.web.evaluation.FormPick;
import org.earshot.web.faces.ServiceCall;

/**
 * One recording's page: what is known of the call, its speech signals, the player and the markers, and
 * Evaluate for who may evaluate the call. The recording and its
 * markers come from {@link RecordingQueries}, which refuses (as unknown) one out of the user's scope.
 */
@Named
@ViewScoped
public class RecordingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecordingQueries queries;

    @EJB
    private EvaluationService evaluations;

    private String id;
    private RecordingView recording;
    private List<RecordingMarkerView> markers = List.of();
    private final FormPick formPick = new FormPick();

    /**
     * Runs once the id parameter is set. The page says so when there is no recording to show: an id
     * that is not one, or a recording the service refuses (its reason is in the growl).
     */
    public void load() {
        UUID recordingId = parse(id);
        if (recordingId == null) {
            return;
        }
        recording = ServiceCall.query(null, () -> queries.get(recordingId)).orElse(null);
        if (recording != null) {
            markers = PlayerMarkers.of(queries, recordingId);
            formPick.offer(evaluations.formsFor(recordingId));
        }
    }

    /**
     * Starts an evaluation of the call on the chosen form and opens it, or opens the user's draft of it
     * already there; a refusal stays on this page, in the growl.
     */
    public String evaluate() {
        return ServiceCall.query(null, () -> evaluations.startOnRecording(recording.id(), formPick.getScorecardId()))
                .map(EvaluationPage::opening).orElse(null);
    }

    private static UUID parse(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RecordingView getRecording() {
        return recording;
    }

    /** The recording's speech signals; null while it records, or when none were computed. */
    public SpeechSignals getSpeech() {
        return recording == null ? null : recording.speech();
    }

    public List<RecordingMarkerView> getMarkers() {
        return markers;
    }

    /** The forms the user may evaluate this call with; none when they may not evaluate it (the Evaluate button is not offered). */
    public FormPick getFormPick() {
        return formPick;
    }
}
