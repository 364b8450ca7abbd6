package org.earshot.coaching;

import java.time.Instant;
import java.time.LocalDate;

/** An agreed action: what, by when, and whether (and when) it was done. */
public record ActionView(long id, String text, LocalDate dueOn, boolean done, Instant doneAt) {
}
