package org.earshot.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An action the trainer and agent agreed at a held session, due on its own date; done once, for good. */
@Entity
@Table(name = "coaching_action")
public class AgreedAction {

    public static final int TEXT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CoachingSession session;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    protected AgreedAction() {
    }

    AgreedAction(CoachingSession session, int position, String text, LocalDate dueOn) {
        this.session = session;
        this.position = position;
        this.text = text;
        this.dueOn = dueOn;
    }

    public void markDone(Instant at) {
        if (done) {
            throw CoachingException.conflict(null, "Action " + id + " was done at " + doneAt);
        }
        done = true;
        doneAt = at;
    }

    public ActionView view() {
        return new ActionView(id, text, dueOn, done, doneAt);
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
