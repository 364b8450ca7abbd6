package org.earshot.web.coaching;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.earshot.coaching.AttachmentKind;
import org.earshot.coaching.AttachmentView;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.NewAttachment;
import org.earshot.coaching.SessionState;
import org.earshot.coaching.SessionView;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingView;
import org.earshot.web.faces.Formats;
import org.earshot.web.faces.ServiceCall;
import org.earshot.web.recording.PlayerMarkers;

/**
 * A coaching session. The coach attaches an evaluation, a whole recording or a snippet marked with the
 * waveform player's start and end (the page's script puts the player's time in), holds it with notes and
 * agreed actions, or marks it missed or cancelled; the agent hears the snippets, acknowledges the session
 * and comments, and marks actions done. The player shows the recording chosen ({@code recording}), or the
 * first one attached. The services decide every step; their refusals land on the input they name.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "session";

    @EJB
    private CoachingSessionService sessions;

    @EJB
    private CoachingService coaching;

    @EJB
    private RecordingQueries recordings;

    @Inject
    private ExternalContext external;

    @Inject
    private Formats formats;

    private Long id;
    /** The recording to show in the player, as the page's parameter gives it; one that is no UUID shows none chosen. */
    private String recordingId;
    private SessionView view;
    private boolean coach;
    private boolean agent;
    private RecordingView recording;
    private List<RecordingMarkerView> markers = List.of();
    private List<RecordingView> agentRecordings = List.of();
    private List<EvaluationSummary> agentEvaluations = List.of();

    private Long evaluationToAttach;
    private Long startMs;
    private Long endMs;
    private String note;
    private String notes;
    private final List<ActionDraft> actions = new ArrayList<>();
    private String comment;

    public void load() {
        if (id == null) {
            return;
        }
        view = ServiceCall.query(null, () -> sessions.get(id)).orElse(null);
        if (view == null) {
            return;
        }
        coach = coaching.coaches(view.summary().agentId());
        agent = !coach && Objects.equals(view.summary().agent(), external.getRemoteUser());
        if (coach) {
            long agentId = view.summary().agentId();
            agentRecordings = ServiceCall.query(null, () -> recordings.search(new RecordingFilter(null, null, agentId, null, null, null,
                    null, null, null, null, null, null), 0, 20)).orElse(List.of());
            agentEvaluations = ServiceCall.query(null, () -> coaching.evaluationsOf(view.summary().planId())).orElse(List.of());
        }
        UUID shown = chosen() != null ? chosen() : view.attachments().stream().map(AttachmentView::recordingId)
                .filter(Objects::nonNull).findFirst().orElse(null);
        recording = shown == null ? null : ServiceCall.query(null, () -> recordings.get(shown)).orElse(null);
        markers = recording == null ? List.of() : PlayerMarkers.of(recordings, shown);
    }

    public void attachEvaluation() {
        attach(new NewAttachment(AttachmentKind.EVALUATION, evaluationToAttach, null, null, null, note));
    }

    public void attachRecording() {
        attach(new NewAttachment(AttachmentKind.RECORDING, null, recording == null ? null : recording.id(), null, null, note));
    }

    public void attachSnippet() {
        attach(new NewAttachment(AttachmentKind.SNIPPET, null, recording == null ? null : recording.id(), startMs, endMs, note));
    }

    private void attach(NewAttachment attachment) {
        if (step(() -> {
            sessions.attach(id, attachment);
            return "Attached to the session";
        })) {
            note = null;
            startMs = null;
            endMs = null;
        }
    }

    public void detach(long attachmentId) {
        step(() -> {
            sessions.detach(id, attachmentId);
            return "Attachment removed";
        });
    }

    public void addAction() {
        actions.add(new ActionDraft());
    }

    public void complete() {
        step(() -> {
            sessions.complete(id, notes, actions.stream().map(ActionDraft::toNewAction).toList());
            return "Session held";
        });
    }

    public void miss() {
        step(() -> {
            sessions.miss(id);
            return "Session marked missed";
        });
    }

    public void cancel() {
        step(() -> {
            sessions.cancel(id);
            return "Session cancelled";
        });
    }

    public void acknowledge() {
        step(() -> {
            sessions.acknowledge(id, comment);
            return "Session acknowledged";
        });
    }

    public void actionDone(long actionId) {
        step(() -> {
            sessions.actionDone(id, actionId);
            return "Action done";
        });
    }

    /** A snippet's marks as the player shows times: "0:05 – 0:15". */
    public String marks(AttachmentView snippet) {
        return formats.duration(Duration.ofMillis(snippet.startMs())) + " – " + formats.duration(Duration.ofMillis(snippet.endMs()));
    }

    /** Whether the snippet or recording attached is the one in the player, so that its Play button plays it here. */
    public boolean inPlayer(AttachmentView attachment) {
        return recording != null && recording.id().equals(attachment.recordingId());
    }

    public boolean isScheduled() {
        return view != null && view.summary().state() == SessionState.SCHEDULED;
    }

    public boolean isAcknowledgeable() {
        return agent && view.summary().state() == SessionState.DONE && view.summary().acknowledgedAt() == null;
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

    private UUID chosen() {
        try {
            return recordingId == null || recordingId.isBlank() ? null : UUID.fromString(recordingId);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String getRecordingId() {
        return recordingId;
    }

    public void setRecordingId(String recordingId) {
        this.recordingId = recordingId;
    }

    public SessionView getView() {
        return view;
    }

    public boolean isCoach() {
        return coach;
    }

    public boolean isAgent() {
        return agent;
    }

    public RecordingView getRecording() {
        return recording;
    }

    public List<RecordingMarkerView> getMarkers() {
        return markers;
    }

    public List<RecordingView> getAgentRecordings() {
        return agentRecordings;
    }

    public List<EvaluationSummary> getAgentEvaluations() {
        return agentEvaluations;
    }

    public Long getEvaluationToAttach() {
        return evaluationToAttach;
    }

    public void setEvaluationToAttach(Long evaluationToAttach) {
        this.evaluationToAttach = evaluationToAttach;
    }

    public Long getStartMs() {
        return startMs;
    }

    public void setStartMs(Long startMs) {
        this.startMs = startMs;
    }

    public Long getEndMs() {
        return endMs;
    }

    public void setEndMs(Long endMs) {
        this.endMs = endMs;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ActionDraft> getActions() {
        return actions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
