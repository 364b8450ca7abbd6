package org.earshot.evaluation;

/** A critical question's failing answer, and what it set to 0: its section, or the whole form. */
public record AutoFail(CriticalLevel level, String question, String section, String answer) {
}
