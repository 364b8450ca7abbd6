package org.earshot.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRules;
import org.earshot.monitoring.MonitoringService;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.PrimeFaces;

/**
 * The dialog a supervisor fills in to start monitoring a call: the business purpose (required, and
 * kept in the audit trail) and an optional note. Earshot then rings the supervisor's phone.
 */
@Named
@ViewScoped
public class MonitoringStartDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringService monitoring;

    private String callId;
    private String agentName;
    private MonitoringMode mode;
    @NotNull(message = "{earshot.monitoring.purpose.required}")
    private MonitoringPurpose purpose;
    @Size(max = MonitoringRules.NOTE_LENGTH, message = "{earshot.monitoring.note.size}")
    private String note;

    /** Opens the dialog for a call and the mode whose button was pressed, with nothing chosen yet. */
    public void prepare(String call, String agent, MonitoringMode chosen) {
        callId = call;
        agentName = agent;
        mode = chosen;
        purpose = null;
        note = null;
    }

    /** Starts; a refusal (in the growl) closes the dialog too, as nothing in it could change the answer. */
    public void start() {
        boolean started = ServiceCall.change("startForm", () -> {
            monitoring.start(callId, mode, purpose, note, MonitoringChannel.CONSOLE);
            return "Calling your phone to " + mode.name().toLowerCase(Locale.ROOT) + " to " + agentName;
        });
        PrimeFaces.current().ajax().addCallbackParam("refused", !started);
    }

    public MonitoringPurpose[] getPurposes() {
        return MonitoringPurpose.values();
    }

    public String getAgentName() {
        return agentName;
    }

    public MonitoringMode getMode() {
        return mode;
    }

    public MonitoringPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(MonitoringPurpose purpose) {
        this.purpose = purpose;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
