package org.earshot.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.audit.ChainVerification;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.ServiceCall;
import org.earshot.web.faces.TimeRange;
import org.primefaces.component.datatable.DataTable;

/** The audit viewer: filters over the trail, newest first, and the check of the hash chain. */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    private String actor;
    private String action;
    private AuditOutcome outcome;
    private String targetType;
    private String targetId;
    private String agent;
    private String callId;
    private MonitoringMode mode;
    private String text;
    private final TimeRange occurred = new TimeRange();

    private final ServiceBackedLazyModel<AuditEntry> entries = new ServiceBackedLazyModel<>(
            (filters, page) -> audit.find(query(), page), AuditEntry::getId);

    private ChainVerification verification;

    /** New filters start again at the newest entries rather than on a page that may no longer exist. */
    public void search() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":auditForm:auditTable")).setFirst(0);
    }

    public void verifyChain() {
        verification = ServiceCall.query("auditForm", audit::verifyChain).orElse(null);
    }

    private AuditQuery query() {
        return new AuditQuery(actor, action, outcome, targetType, targetId, agent, callId, mode == null ? null : mode.name(),
                text, occurred.fromInstant(), occurred.toInstant());
    }

    /** The details the table has no column for, as name and value. */
    public List<Map.Entry<String, String>> otherDetails(AuditEntry entry) {
        return List.copyOf(entry.getOtherDetails().entrySet());
    }

    public ServiceBackedLazyModel<AuditEntry> getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public MonitoringMode getMode() {
        return mode;
    }

    public void setMode(MonitoringMode mode) {
        this.mode = mode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** When the entries shown occurred. */
    public TimeRange getOccurred() {
        return occurred;
    }
}
