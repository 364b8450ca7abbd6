package org.earshot.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.earshot.rules.FieldViolation;

/** The faults of a session's input, all at once, each on its field (the actions' as {@code actions/<index>/<field>}). */
final class SessionRules {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;

    private SessionRules() {
    }

    static List<FieldViolation> ofSchedule(Instant scheduledAt, Integer durationMinutes) {
        List<FieldViolation> faults = new ArrayList<>();
        if (scheduledAt == null) {
            faults.add(new FieldViolation("scheduledAt", "Choose the date and time of the session"));
        }
        if (durationMinutes == null || durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            faults.add(new FieldViolation("durationMinutes", "A session lasts " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes"));
        }
        return faults;
    }

    static List<FieldViolation> ofOutcome(String notes, List<NewAction> actions, LocalDate today) {
        List<FieldViolation> faults = new ArrayList<>();
        if (notes != null && notes.length() > CoachingSession.NOTES_LENGTH) {
            faults.add(new FieldViolation("notes", "Notes have at most " + CoachingSession.NOTES_LENGTH + " characters"));
        }
        for (int i = 0; i < actions.size(); i++) {
            NewAction action = actions.get(i);
            if (action.text() == null || action.text().isBlank() || action.text().length() > AgreedAction.TEXT_LENGTH) {
                faults.add(new FieldViolation("actions/" + i + "/text", "Say what was agreed, in at most " + AgreedAction.TEXT_LENGTH + " characters"));
            }
            if (action.dueOn() == null || action.dueOn().isBefore(today)) {
                faults.add(new FieldViolation("actions/" + i + "/dueOn", "An agreed action is due today or later"));
            }
        }
        return faults;
    }

    /** A snippet's marks on a recording of {@code lengthMs}: from 0, the end after the start, within the recording. */
    static List<FieldViolation> ofSnippet(Long startMs, Long endMs, long lengthMs) {
        List<FieldViolation> faults = new ArrayList<>();
        if (startMs == null || startMs < 0) {
            faults.add(new FieldViolation("startMs", "The snippet starts at 0 ms or later"));
        } else if (startMs >= lengthMs) {
            faults.add(new FieldViolation("startMs", "The snippet starts within the recording, before " + lengthMs + " ms"));
        }
        if (endMs == null || (startMs != null && endMs <= startMs)) {
            faults.add(new FieldViolation("endMs", "The snippet ends after it starts"));
        } else if (endMs > lengthMs) {
            faults.add(new FieldViolation("endMs", "The snippet ends within the recording, at " + lengthMs + " ms at most"));
        }
        return faults;
    }
}
