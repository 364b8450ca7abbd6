package org.earshot.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.earshot.calls.Clipped;
import org.earshot.organization.User;

/**
 * One sampling plan's draw for one period, kept as it was made and never changed: the seed, the rule
 * as drawn, how many calls were candidates, every pick with its rank and reason, and the agents the
 * draw fell short for. With the seed anyone recomputes each pick's rank (see {@link CallRank}).
 */
@Entity
@Table(name = "sampling_run")
public class SamplingRun {

    /** Who drew a period the timer drew, in the run and the audit trail. */
    public static final String TIMER = "sampling-timer";

    private static final int RULE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private SamplingPlan plan;

    @Column(name = "period_start", nullable = false, updatable = false)
    private Instant periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private Instant periodEnd;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "rule_drawn", nullable = false, length = RULE_LENGTH, updatable = false)
    private String ruleDrawn;

    @Column(nullable = false, updatable = false)
    private int candidates;

    @Column(name = "drawn_by", nullable = false, length = 64, updatable = false)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<SamplingPick> picks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sampling_shortfall", joinColumns = @JoinColumn(name = "run_id"))
    private List<Shortfall> shortfalls = new ArrayList<>();

    protected SamplingRun() {
    }

    /** The outcome of a draw, its picks made against the users they name. */
    public SamplingRun(SamplingPlan plan, SamplingOutcome outcome, int candidates, Map<Long, User> users, String by, Instant at) {
        this.plan = plan;
        this.periodStart = outcome.window().start();
        this.periodEnd = outcome.window().end();
        this.seed = outcome.seed();
        this.ruleDrawn = Clipped.to(RULE_LENGTH, plan.describe());
        this.candidates = candidates;
        this.drawnBy = by;
        this.drawnAt = at;
        List<SampledCall> sampled = outcome.picks();
        for (int i = 0; i < sampled.size(); i++) {
            SampledCall pick = sampled.get(i);
            picks.add(new SamplingPick(this, i + 1, pick, users.get(pick.agentId()),
                    pick.evaluatorId() == null ? null : users.get(pick.evaluatorId())));
        }
        outcome.shortfalls().forEach(s -> shortfalls.add(new Shortfall(users.get(s.agentId()), s.wanted(), s.picked())));
    }

    public SamplingRunView view() {
        return new SamplingRunView(id, plan.getId(), plan.getName(), periodStart, periodEnd, HexFormat.of().toHexDigits(seed), ruleDrawn, candidates,
                drawnBy, drawnAt, picks.stream().map(SamplingPick::view).toList(),
                shortfalls.stream().map(s -> new SamplingRunView.ShortfallView(s.agent.getId(), s.agent.getUsername(), s.wanted, s.picked))
                        .toList());
    }

    public Long getId() {
        return id;
    }

    public SamplingPlan getPlan() {
        return plan;
    }

    public List<SamplingPick> getPicks() {
        return picks;
    }

    /** An agent the draw found fewer calls for than the rule asks. */
    @Embeddable
    public static class Shortfall {

        @ManyToOne(fetch = FetchType.EAGER, optional = false)
        @JoinColumn(name = "agent_user_id", nullable = false)
        private User agent;

        @Column(nullable = false)
        private int wanted;

        @Column(nullable = false)
        private int picked;

        protected Shortfall() {
        }

        Shortfall(User agent, int wanted, int picked) {
            this.agent = agent;
            this.wanted = wanted;
            this.picked = picked;
        }
    }
}
