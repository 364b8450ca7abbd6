package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.recording.CallRecording;
import org.earshot.recording.RecordingQueries;
import org.earshot.web.faces.Formats;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.TableFilters;
import org.earshot.web.faces.TimeRange;
import org.primefaces.component.datatable.DataTable;

/** The call records the caller may see, newest first, filtered by time, queue, agent and text. */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CallRecordService records;

    @EJB
    private RecordingQueries recordings;

    @Inject
    private Formats formats;

    private final TimeRange started = TimeRange.lastWeek();
    private Long queueId;
    private Long agentId;
    private String text;

    /** The recordings of the calls on the page shown, by call id. */
    private Map<String, CallRecording> recorded = Map.of();

    private final ServiceBackedLazyModel<CallRecord> calls = new ServiceBackedLazyModel<>(this::page, CallRecord::getId);

    private Page<CallRecord> page(TableFilters filters, PageRequest request) {
        Page<CallRecord> page = records.findCalls(new CallFilter(started.fromInstant(), started.toInstant(), queueId, agentId, text), request);
        recorded = recordings.recordingsOf(page.items().stream().map(CallRecord::getCallId).toList());
        return page;
    }

    /** The call's recording the user may play, or null: not recorded, or not theirs to play. */
    public CallRecording recordingOf(CallRecord call) {
        return recorded.get(call.getCallId());
    }

    /** New filters start again at the newest calls rather than on a page that may no longer exist. */
    public void search() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":callsForm:callsTable")).setFirst(0);
    }

    public String ringTime(CallRecord call) {
        return formats.duration(call.ringTime(Instant.now()));
    }

    public String talkTime(CallRecord call) {
        return call.getAnsweredAt() == null ? "" : formats.duration(call.talkTime(Instant.now()));
    }

    public ServiceBackedLazyModel<CallRecord> getCalls() {
        return calls;
    }

    /** When the calls shown started. */
    public TimeRange getStarted() {
        return started;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
