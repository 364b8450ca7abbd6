package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.earshot.calls.CallDirection;
import org.earshot.evaluation.CallCriteria;
import org.earshot.evaluation.QualitySettingException;
import org.earshot.evaluation.SamplingPeriod;
import org.earshot.evaluation.SamplingPlanSettings;
import org.earshot.evaluation.SamplingPlanView;
import org.earshot.evaluation.SamplingRunView;
import org.earshot.evaluation.SamplingService;
import org.earshot.evaluation.ScorecardService;
import org.earshot.evaluation.ScorecardView;
import org.earshot.organization.CallQueue;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Team;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;

/**
 * A lead's sampling rules: the list, a rule made or changed in the form below it (each refusal on its
 * input, named as the service names the field), "draw now" for the period just ended or the one holding
 * a day, and a rule's kept draws with their seeds and picks. {@link SamplingService} decides who may
 * and what makes a rule.
 */
@Named
@ViewScoped
public class SamplingRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "ruleForm";

    @EJB
    private SamplingService sampling;

    @EJB
    private OrganizationService organization;

    @EJB
    private ScorecardService scorecards;

    private List<SamplingPlanView> shown;
    private Long editing;
    private String name;
    private Long queueId;
    private Long teamId;
    private Long scorecardId;
    private SamplingPeriod period = SamplingPeriod.WEEK;
    private Integer perAgent = 2;
    private Integer minimumPerAgent = 1;
    private String strataQuotas;
    private Long shortestSeconds;
    private Long longestSeconds;
    private CallDirection direction;
    private CallCriteria.Monitoring monitoring = CallCriteria.Monitoring.EITHER;
    private String signals;
    private boolean excludePausedOnly = true;
    private boolean excludeIncomplete;
    private boolean active = true;
    private LocalDate drawDay;
    private SamplingPlanView drawsOf;
    private List<SamplingRunView> draws = List.of();

    public List<SamplingPlanView> getRules() {
        if (shown == null) {
            shown = ServiceCall.query(null, () -> sampling.list(PageRequest.firstPage(PageRequest.MAX_SIZE)).items()).orElse(List.of());
        }
        return shown;
    }

    public List<CallQueue> getQueues() {
        return ServiceCall.query(null, () -> organization.findQueues(null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items())
                .orElse(List.of());
    }

    public List<Team> getTeams() {
        return ServiceCall.query(null, () -> organization.findTeams(null, null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items())
                .orElse(List.of());
    }

    public List<ScorecardView> getScorecards() {
        return ServiceCall.query(null, () -> scorecards.list(null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items()).orElse(List.of());
    }

    /** Fills the form with a rule's settings, to change it. */
    public void edit(SamplingPlanView rule) {
        SamplingPlanSettings s = rule.settings();
        editing = rule.id();
        name = s.name();
        queueId = s.queueId();
        teamId = s.teamId();
        scorecardId = s.scorecardId();
        period = s.period();
        perAgent = s.perAgent();
        minimumPerAgent = s.minimumPerAgent();
        strataQuotas = s.strataQuotas().entrySet().stream().map(q -> q.getKey() + " = " + q.getValue()).collect(Collectors.joining("\n"));
        shortestSeconds = s.shortestSeconds();
        longestSeconds = s.longestSeconds();
        direction = s.direction();
        monitoring = s.monitoring();
        signals = String.join("\n", s.signals());
        excludePausedOnly = s.excludePausedOnly();
        excludeIncomplete = s.excludeIncomplete();
        active = s.active();
    }

    /** Creates the rule, or saves the one being changed; nothing is saved unless the whole rule is valid. */
    public void save() {
        boolean saved = ServiceCall.change(FORM, () -> {
            SamplingPlanSettings settings = settings();
            SamplingPlanView rule = editing == null ? sampling.create(settings) : sampling.update(editing, settings);
            return "Sampling rule \"" + rule.settings().name() + "\" saved: " + rule.rule();
        });
        if (saved) {
            editing = null;
            shown = null;
        }
    }

    public void startNew() {
        editing = null;
        name = null;
        strataQuotas = null;
        signals = null;
    }

    public void delete(SamplingPlanView rule) {
        if (ServiceCall.change(null, () -> {
            sampling.delete(rule.id());
            return "Sampling rule \"" + rule.settings().name() + "\" deleted";
        })) {
            shown = null;
        }
    }

    /** Draws the rule now, for the period holding the day chosen or else the period just ended, and shows its draws. */
    public void draw(SamplingPlanView rule) {
        if (ServiceCall.change(null, () -> {
            SamplingRunView run = sampling.draw(rule.id(), drawDay);
            return "Drawn: " + run.picks().size() + " calls picked of " + run.candidates() + ", seed " + run.seed();
        })) {
            showDraws(rule);
        }
    }

    public void showDraws(SamplingPlanView rule) {
        drawsOf = rule;
        draws = ServiceCall.query(null, () -> sampling.runs(rule.id())).orElse(List.of());
    }

    /** "Billing = 2" a line; a name may hold "=", the quota is after the last one. */
    private Map<String, Integer> strata() {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (String line : strataQuotas == null ? new String[0] : strataQuotas.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int at = line.lastIndexOf('=');
            try {
                quotas.put(line.substring(0, Math.max(at, 0)).strip(), Integer.parseInt(line.substring(at + 1).strip()));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new QualitySettingException("strataQuotas", "Write each stratum on its own line as: queue = quota");
            }
        }
        return quotas;
    }

    private SamplingPlanSettings settings() {
        return new SamplingPlanSettings(name, queueId, teamId, scorecardId, period, perAgent == null ? 0 : perAgent,
                minimumPerAgent == null ? 0 : minimumPerAgent, strata(), shortestSeconds, longestSeconds, direction, monitoring,
                signals == null ? List.of() : Arrays.asList(signals.split("\\R")), excludePausedOnly, excludeIncomplete, active);
    }

    public SamplingPeriod[] getPeriods() {
        return SamplingPeriod.values();
    }

    public CallDirection[] getDirections() {
        return CallDirection.values();
    }

    public CallCriteria.Monitoring[] getMonitorings() {
        return CallCriteria.Monitoring.values();
    }

    public Long getEditing() {
        return editing;
    }

    public SamplingPlanView getDrawsOf() {
        return drawsOf;
    }

    public List<SamplingRunView> getDraws() {
        return draws;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getScorecardId() {
        return scorecardId;
    }

    public void setScorecardId(Long scorecardId) {
        this.scorecardId = scorecardId;
    }

    public SamplingPeriod getPeriod() {
        return period;
    }

    public void setPeriod(SamplingPeriod period) {
        this.period = period;
    }

    public Integer getPerAgent() {
        return perAgent;
    }

    public void setPerAgent(Integer perAgent) {
        this.perAgent = perAgent;
    }

    public Integer getMinimumPerAgent() {
        return minimumPerAgent;
    }

    public void setMinimumPerAgent(Integer minimumPerAgent) {
        this.minimumPerAgent = minimumPerAgent;
    }

    public String getStrataQuotas() {
        return strataQuotas;
    }

    public void setStrataQuotas(String strataQuotas) {
        this.strataQuotas = strataQuotas;
    }

    public Long getShortestSeconds() {
        return shortestSeconds;
    }

    public void setShortestSeconds(Long shortestSeconds) {
        this.shortestSeconds = shortestSeconds;
    }

    public Long getLongestSeconds() {
        return longestSeconds;
    }

    public void setLongestSeconds(Long longestSeconds) {
        this.longestSeconds = longestSeconds;
    }

    public CallDirection getDirection() {
        return direction;
    }

    public void setDirection(CallDirection direction) {
        this.direction = direction;
    }

    public CallCriteria.Monitoring getMonitoring() {
        return monitoring;
    }

    public void setMonitoring(CallCriteria.Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    public String getSignals() {
        return signals;
    }

    public void setSignals(String signals) {
        this.signals = signals;
    }

    public boolean isExcludePausedOnly() {
        return excludePausedOnly;
    }

    public void setExcludePausedOnly(boolean excludePausedOnly) {
        this.excludePausedOnly = excludePausedOnly;
    }

    public boolean isExcludeIncomplete() {
        return excludeIncomplete;
    }

    public void setExcludeIncomplete(boolean excludeIncomplete) {
        this.excludeIncomplete = excludeIncomplete;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getDrawDay() {
        return drawDay;
    }

    public void setDrawDay(LocalDate drawDay) {
        this.drawDay = drawDay;
    }
}
