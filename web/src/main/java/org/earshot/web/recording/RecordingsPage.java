package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.SignalCriteria;
import org.earshot.recording.RecordingView;
import org.earshot.recording.SpeechSignal;
import org.earshot.web.faces.ServiceBackedLazyModel;
import org.earshot.web.faces.TimeRange;
import org.primefaces.component.datatable.DataTable;

/**
 * The recordings the user may play, newest first, filtered by agent, team, queue, caller, time,
 * length, what happened on the call and its speech signals. A row opens the recording's page.
 */
@Named
@ViewScoped
public class RecordingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecordingQueries queries;

    private final TimeRange started = TimeRange.lastWeek();
    private Long agentId;
    private Long teamId;
    private Long queueId;
    private String caller;
    private Integer minSeconds;
    private Integer maxSeconds;
    private Boolean monitored;
    private Boolean paused;
    private Boolean incomplete;
    private Boolean onHold;
    private Integer minLongestSilenceSeconds;
    private Integer minAgentTalkPercent;
    private Integer maxAgentTalkPercent;
    private Integer minOvertalks;

    private final ServiceBackedLazyModel<RecordingView> recordings =
            new ServiceBackedLazyModel<>((filters, page) -> queries.find(filter(), page), RecordingView::id);

    public ServiceBackedLazyModel<RecordingView> getRecordings() {
        return recordings;
    }

    private RecordingFilter filter() {
        return new RecordingFilter(started.fromInstant(), started.toInstant(), agentId, teamId, queueId, caller,
                millis(minSeconds), millis(maxSeconds), monitored, paused, incomplete, onHold, speech());
    }

    private SignalCriteria speech() {
        return SignalCriteria.none().atLeast(SpeechSignal.SILENCE_LONGEST_MS, millis(minLongestSilenceSeconds))
                .atLeast(SpeechSignal.AGENT_TALK_PERCENT, minAgentTalkPercent)
                .atMost(SpeechSignal.AGENT_TALK_PERCENT, maxAgentTalkPercent)
                .atLeast(SpeechSignal.OVERTALK_COUNT, minOvertalks);
    }

    private static Long millis(Integer seconds) {
        return seconds == null ? null : seconds * 1000L;
    }

    /** New filters start again at the newest recordings rather than on a page that may no longer exist. */
    public void search() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":recordingsForm:recordingsTable")).setFirst(0);
    }

    public TimeRange getStarted() {
        return started;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public Integer getMinSeconds() {
        return minSeconds;
    }

    public void setMinSeconds(Integer minSeconds) {
        this.minSeconds = minSeconds;
    }

    public Integer getMaxSeconds() {
        return maxSeconds;
    }

    public void setMaxSeconds(Integer maxSeconds) {
        this.maxSeconds = maxSeconds;
    }

    public Boolean getMonitored() {
        return monitored;
    }

    public void setMonitored(Boolean monitored) {
        this.monitored = monitored;
    }

    public Boolean getPaused() {
        return paused;
    }

    public void setPaused(Boolean paused) {
        this.paused = paused;
    }

    public Boolean getIncomplete() {
        return incomplete;
    }

    public void setIncomplete(Boolean incomplete) {
        this.incomplete = incomplete;
    }

    public Boolean getOnHold() {
        return onHold;
    }

    public void setOnHold(Boolean onHold) {
        this.onHold = onHold;
    }

    public Integer getMinLongestSilenceSeconds() {
        return minLongestSilenceSeconds;
    }

    public void setMinLongestSilenceSeconds(Integer minLongestSilenceSeconds) {
        this.minLongestSilenceSeconds = minLongestSilenceSeconds;
    }

    public Integer getMinAgentTalkPercent() {
        return minAgentTalkPercent;
    }

    public void setMinAgentTalkPercent(Integer minAgentTalkPercent) {
        this.minAgentTalkPercent = minAgentTalkPercent;
    }

    public Integer getMaxAgentTalkPercent() {
        return maxAgentTalkPercent;
    }

    public void setMaxAgentTalkPercent(Integer maxAgentTalkPercent) {
        this.maxAgentTalkPercent = maxAgentTalkPercent;
    }

    public Integer getMinOvertalks() {
        return minOvertalks;
    }

    public void setMinOvertalks(Integer minOvertalks) {
        this.minOvertalks = minOvertalks;
    }
}
