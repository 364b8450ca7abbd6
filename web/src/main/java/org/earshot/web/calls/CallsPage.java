package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.web.faces.Formats;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.TimeRange;
import org.primefaces.component.datatable.DataTable;

/** The call records the caller may see, newest first, filtered by time, queue, agent and text. */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CallRecordService records;

    @Inject
    private Formats formats;

    private final TimeRange started = new TimeRange();
    private Long queueId;
    private Long agentId;
    private String text;

    private final ServiceBackedLazyModel<CallRecord> calls = new ServiceBackedLazyModel<>(
            (filters, page) -> records.findCalls(new CallFilter(started.fromInstant(), started.toInstant(), queueId, agentId, text), page),
            CallRecord::getId);

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
