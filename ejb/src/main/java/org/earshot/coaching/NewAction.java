package org.earshot.coaching;

import java.time.LocalDate;

/** An action the trainer and agent agree on at a session, due on a date. */
public record NewAction(String text, LocalDate dueOn) {
}
