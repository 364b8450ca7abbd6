package org.earshot.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earshot.access.AccessTarget;
import org.earshot.calls.CallDirection;
import org.earshot.organization.CallQueue;
import org.earshot.organization.Team;

/**
 * A sampling rule kept for a queue, a team or both, with the scorecard its evaluations are made on:
 * what the sampling timer draws each period. Its settings are checked by {@link SamplingRule} and
 * {@link CallCriteria} as they are set, so a plan in the database always makes a rule.
 */
@Entity
@Table(name = "sampling_plan")
public class SamplingPlan {

    public static final int NAME_LENGTH = 120;
    private static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "queue_id")
    private CallQueue queue;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SamplingPeriod period;

    @Column(name = "per_agent", nullable = false)
    private int perAgent;

    @Column(name = "minimum_per_agent", nullable = false)
    private int minimumPerAgent;

    /** One stratum a line: its quota, a tab, its name (names may hold any other character). */
    @Column(name = "strata_quotas", nullable = false, length = TEXT_LENGTH)
    private String strataQuotas;

    @Column(name = "shortest_seconds")
    private Long shortestSeconds;

    @Column(name = "longest_seconds")
    private Long longestSeconds;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CallDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallCriteria.Monitoring monitoring;

    /** One condition a line, as {@link SignalCondition#toString()} writes it. */
    @Column(name = "signal_conditions", nullable = false, length = TEXT_LENGTH)
    private String signalConditions;

    @Column(name = "exclude_paused_only", nullable = false)
    private boolean excludePausedOnly;

    @Column(name = "exclude_incomplete", nullable = false)
    private boolean excludeIncomplete;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SamplingPlan() {
    }

    public SamplingPlan(SamplingPlanSettings settings, CallQueue queue, Team team, Scorecard scorecard, String by, Instant at) {
        change(settings, queue, team, scorecard, by, at);
    }

    /**
     * Takes the settings once they make a rule (else a field error, the plan unchanged): the name, whose
     * calls, the durations; then {@link SamplingRule}, {@link CallCriteria} and {@link SignalCondition} decide.
     */
    public final void change(SamplingPlanSettings settings, CallQueue newQueue, Team newTeam, Scorecard newScorecard, String by,
                             Instant at) {
        String newName = settings.name() == null ? "" : settings.name().strip();
        if (newName.isEmpty()) {
            throw new QualitySettingException("name", "Name the sampling rule");
        }
        if (newName.length() > NAME_LENGTH) {
            throw new QualitySettingException("name", "At most " + NAME_LENGTH + " characters");
        }
        if (newQueue == null && newTeam == null) {
            throw new QualitySettingException("queueId", "Choose the queue, the team or both whose calls are sampled");
        }
        if (settings.shortestSeconds() != null && settings.shortestSeconds() < 0) {
            throw new QualitySettingException("shortestSeconds", "A duration cannot be negative");
        }
        if (settings.shortestSeconds() != null && settings.longestSeconds() != null
                && settings.longestSeconds() < settings.shortestSeconds()) {
            throw new QualitySettingException("longestSeconds", "The longest call wanted is shorter than the shortest");
        }
        List<SignalCondition> conditions = settings.signals().stream().map(SignalCondition::parse).toList();
        SamplingRule rule = rule(newQueue, newTeam, settings, conditions);
        this.name = newName;
        this.queue = newQueue;
        this.team = newTeam;
        this.scorecard = newScorecard;
        this.period = rule.period();
        this.perAgent = rule.perAgent();
        this.minimumPerAgent = rule.minimumPerAgent();
        this.strataQuotas = rule.strataQuotas().entrySet().stream().map(q -> q.getValue() + "\t" + q.getKey())
                .collect(Collectors.joining("\n"));
        if (strataQuotas.length() > TEXT_LENGTH) {
            throw new QualitySettingException("strataQuotas", "Too many strata");
        }
        this.shortestSeconds = settings.shortestSeconds();
        this.longestSeconds = settings.longestSeconds();
        this.direction = settings.direction();
        this.monitoring = settings.monitoring();
        this.signalConditions = conditions.stream().map(SignalCondition::toString).collect(Collectors.joining("\n"));
        if (signalConditions.length() > TEXT_LENGTH) {
            throw new QualitySettingException("signals", "Too many conditions");
        }
        this.excludePausedOnly = settings.excludePausedOnly();
        this.excludeIncomplete = settings.excludeIncomplete();
        this.active = settings.active();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The rule a draw applies. */
    public SamplingRule rule() {
        return rule(queue, team, settings(), signalConditions());
    }

    private static SamplingRule rule(CallQueue queue, Team team, SamplingPlanSettings settings, List<SignalCondition> conditions) {
        CallCriteria criteria = new CallCriteria(seconds(settings.shortestSeconds()), seconds(settings.longestSeconds()),
                settings.direction(), settings.monitoring(), conditions);
        return new SamplingRule(queue == null ? null : queue.getName(), team == null ? null : team.getId(), settings.period(),
                settings.perAgent(), settings.minimumPerAgent(), settings.strataQuotas(), criteria, settings.excludePausedOnly(),
                settings.excludeIncomplete());
    }

    public SamplingPlanSettings settings() {
        return new SamplingPlanSettings(name, queue == null ? null : queue.getId(), team == null ? null : team.getId(),
                scorecard.getId(), period, perAgent, minimumPerAgent, strata(), shortestSeconds, longestSeconds, direction, monitoring,
                signalConditions().stream().map(SignalCondition::toString).toList(), excludePausedOnly, excludeIncomplete, active);
    }

    /** The rule in words, as a run keeps it and the audit trail says it: an auditor reads what was drawn. */
    public String describe() {
        SamplingRule rule = rule();
        return perAgent + " per agent per " + period.name().toLowerCase() + " (at least " + minimumPerAgent + ")"
                + (queue == null ? "" : "; queue " + queue.getName()) + (team == null ? "" : "; team " + team.getName())
                + (rule.strataQuotas().isEmpty() ? "" : "; strata " + rule.strataQuotas())
                + (shortestSeconds == null ? "" : "; at least " + shortestSeconds + " s")
                + (longestSeconds == null ? "" : "; at most " + longestSeconds + " s")
                + (direction == null ? "" : "; " + direction.name().toLowerCase())
                + (monitoring == CallCriteria.Monitoring.EITHER ? "" : "; " + monitoring.name().toLowerCase())
                + (signalConditions.isEmpty() ? "" : "; " + String.join(", ", signalConditions.split("\n")))
                + (excludePausedOnly ? "; without recordings paused throughout" : "")
                + (excludeIncomplete ? "; without incomplete recordings" : "")
                + "; form \"" + scorecard.getName() + "\"";
    }

    /** The contact center's zone the periods are cut in: the queue's site's, else the team's. */
    public ZoneId zone() {
        return queue != null ? queue.getSite().getTimeZone() : team.getSite().getTimeZone();
    }

    /** What a lead must reach to manage the plan: its queue and its team. */
    public List<AccessTarget> reach() {
        return Stream.of(queue == null ? null : AccessTarget.queue(queue), team == null ? null : AccessTarget.team(team))
                .filter(Objects::nonNull).toList();
    }

    public SamplingPlanView view() {
        return new SamplingPlanView(id, settings(), queue == null ? null : queue.getName(), team == null ? null : team.getName(),
                scorecard.getName(), describe(), updatedBy, updatedAt);
    }

    private Map<String, Integer> strata() {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        if (!strataQuotas.isEmpty()) {
            Arrays.stream(strataQuotas.split("\n")).map(line -> line.split("\t", 2))
                    .forEach(quota -> quotas.put(quota[1], Integer.parseInt(quota[0])));
        }
        return quotas;
    }

    private List<SignalCondition> signalConditions() {
        return signalConditions.isEmpty() ? List.of() : Arrays.stream(signalConditions.split("\n")).map(SignalCondition::parse).toList();
    }

    private static Duration seconds(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public CallQueue getQueue() {
        return queue;
    }

    public Team getTeam() {
        return team;
    }

    public SamplingPeriod getPeriod() {
        return period;
    }

    public boolean isActive() {
        return active;
    }
}
