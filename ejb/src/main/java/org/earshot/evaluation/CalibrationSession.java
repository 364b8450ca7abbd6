package org.earshot.evaluation;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.earshot.organization.User;

/**
 * A calibration session: one call scored blind by several evaluators on one scorecard version, and by
 * a reference (expert) they are compared with. Open while they score; closed when every sheet is in,
 * when its lead closes it early, or at its due date (the report then flagged partial). Who may see what is the
 * service's decision ({@link CalibrationService}); the session keeps the sheets and their rules.
 */
@Entity
@Table(name = "calibration_session")
public class CalibrationSession {

    public static final int TITLE_LENGTH = 200;
    /** Who closed a session that its due date closed: the audit's actor and the page's "closed by". */
    public static final String DUE_DATE = "the due date";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    @Column(name = "recording_id", updatable = false)
    private UUID recordingId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scorecard_version_id", nullable = false, updatable = false)
    private ScorecardVersion scorecardVersion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lead_user_id", nullable = false, updatable = false)
    private User lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CalibrationState state = CalibrationState.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("reference DESC, id")
    private List<CalibrationParticipant> participants = new ArrayList<>();

    @Version
    private long version;

    protected CalibrationSession() {
    }

    /** An open session; the service checks the request first ({@link NewCalibration#problems}, who may score the call). */
    public CalibrationSession(String title, String callId, UUID recordingId, ScorecardVersion form, User lead, User reference,
                       List<User> evaluators, Instant at, Instant dueAt) {
        this.title = title.strip();
        this.callId = callId;
        this.recordingId = recordingId;
        this.scorecardVersion = form;
        this.lead = lead;
        this.createdAt = at;
        this.dueAt = dueAt;
        participants.add(new CalibrationParticipant(this, reference, true));
        evaluators.forEach(evaluator -> participants.add(new CalibrationParticipant(this, evaluator, false)));
    }

    public Form form() {
        return scorecardVersion.form();
    }

    public ScorecardVersion getScorecardVersion() {
        return scorecardVersion;
    }

    public Optional<CalibrationParticipant> participant(long userId) {
        return participants.stream().filter(p -> p.getEvaluator().getId() == userId).findFirst();
    }

    public ScoreReport saveAnswers(CalibrationParticipant sheet, Map<String, Answer> answers) {
        return sheet.saveAnswers(form(), answers);
    }

    /** Makes the sheet final; the session closes by itself when it was the last one. */
    public ScoreReport submit(CalibrationParticipant sheet, String by, Instant now) {
        ScoreReport score = sheet.submit(form(), now);
        if (participants.stream().allMatch(CalibrationParticipant::isSubmitted)) {
            closeAs(by, now);
        }
        return score;
    }

    /** The lead closes the session before every sheet is in: the report is computed on those submitted, flagged partial. */
    public void close(String by, Instant now) {
        if (state == CalibrationState.CLOSED) {
            throw EvaluationException.conflict(null, "The calibration session was closed at " + closedAt);
        }
        closeAs(by, now);
    }

    private void closeAs(String by, Instant now) {
        this.state = CalibrationState.CLOSED;
        this.closedAt = now;
        this.closedBy = by;
    }

    /**
     * Whether the user may read the report: once closed, the lead and every participant; while open,
     * the lead alone, and only if they have no sheet of their own still to submit (blind scoring).
     */
    public boolean reportVisibleTo(long userId) {
        Optional<CalibrationParticipant> own = participant(userId);
        if (state == CalibrationState.CLOSED) {
            return isLead(userId) || own.isPresent();
        }
        return isLead(userId) && own.map(CalibrationParticipant::isSubmitted).orElse(true);
    }

    public boolean isLead(long userId) {
        return lead.getId() == userId;
    }

    /** The sheets as the report reads them; the form's scored questions in form order. */
    public CalibrationScores scores() {
        Form form = form();
        CalibrationSheet reference = participants.stream().filter(CalibrationParticipant::isReference).findFirst()
                .map(p -> p.sheet(form)).orElse(null);
        return new CalibrationScores(String.valueOf(id), createdAt,
                form.questions().stream().filter(Question::isScored).map(Question::key).toList(), reference,
                participants.stream().filter(p -> !p.isReference()).map(p -> p.sheet(form)).toList());
    }

    public CalibrationSummary summary(long viewerId, Instant now) {
        Optional<CalibrationParticipant> own = participant(viewerId);
        return new CalibrationSummary(id, title, callId, recordingId, scorecardVersion.getScorecard().getId(),
                scorecardVersion.getScorecard().getName(), scorecardVersion.getNumber(), lead.getId(), lead.getUsername(), state,
                createdAt, dueAt, state == CalibrationState.OPEN && now.isAfter(dueAt), closedAt, closedBy,
                participants.stream().map(p -> new CalibrationSummary.Participant(p.getEvaluator().getId(),
                        p.getEvaluator().getUsername(), p.isReference(), p.getSubmittedAt())).toList(),
                own.map(p -> p.isReference() ? CalibrationSummary.Part.REFERENCE : CalibrationSummary.Part.EVALUATOR)
                        .orElse(CalibrationSummary.Part.LEAD),
                isLead(viewerId), reportVisibleTo(viewerId));
    }

    public Long getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public CalibrationState getState() {
        return state;
    }

    public User getLead() {
        return lead;
    }

    public List<CalibrationParticipant> getParticipants() {
        return List.copyOf(participants);
    }
}
