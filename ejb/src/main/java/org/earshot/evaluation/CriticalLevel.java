package org.earshot.evaluation;

/** What a critical question's failing answer sets to 0: nothing (not critical), its section, or the whole evaluation. */
public enum CriticalLevel {
    NONE,
    SECTION,
    FORM
}
