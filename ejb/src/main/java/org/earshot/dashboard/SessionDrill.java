package org.earshot.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.earshot.rules.FieldViolation;

/**
 * Which sessions of the coaching dashboard's range a number counts: by what became of them (or all),
 * of one trainer, in one week (its Monday).
 */
public record SessionDrill(Outcome outcome, Long trainerId, LocalDate week) {

    public static final SessionDrill ALL = new SessionDrill(null, null, null);

    /** What became of a session: its state (HELD is DONE), or ACKNOWLEDGED: held and acknowledged by the agent. */
    public enum Outcome {
        HELD("DONE"), MISSED("MISSED"), CANCELLED("CANCELLED"), SCHEDULED("SCHEDULED"), ACKNOWLEDGED(null);

        private final String state;

        Outcome(String state) {
            this.state = state;
        }

        /** The sessions' state in the database; null for ACKNOWLEDGED, which is a held session's acknowledgement. */
        public String state() {
            return state;
        }
    }

    public List<FieldViolation> faults() {
        return week == null || week.getDayOfWeek() == DayOfWeek.MONDAY ? List.of()
                : List.of(new FieldViolation("week", "A week is given by its Monday; " + week + " is a " + week.getDayOfWeek()));
    }
}
