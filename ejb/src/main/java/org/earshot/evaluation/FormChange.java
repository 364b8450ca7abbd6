package org.earshot.evaluation;

import java.util.List;

/**
 * One difference between two versions of a form: the form's own fields (no section, no question), a
 * section, or a question (with the section it is in, in the newer version when it is there), added,
 * removed or changed, and for a change each field with its value before and after.
 */
public record FormChange(Kind kind, String section, String question, List<FieldChange> fields) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A field's value before and after, as text; null when it had none. */
    public record FieldChange(String field, String before, String after) {
    }

    public FormChange {
        fields = List.copyOf(fields);
    }

    public boolean isAboutQuestion() {
        return question != null;
    }
}
