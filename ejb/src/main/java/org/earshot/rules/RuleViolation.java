package org.earshot.rules;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the domain rules refuse, with a message meant for the person who made it. It names
 * the input field at fault when there is one (or every field at fault, when the rules check a whole
 * document at once), and says whether the request merely collides with existing data (a name in
 * use, a grant already revoked) rather than being wrong on its own.
 * Pages put the message on the field; the REST API answers 400 or, for conflicts, 409.
 */
@ApplicationException(rollback = true)
public abstract class RuleViolation extends RuntimeException {

    private final List<FieldViolation> violations;
    private final boolean conflict;

    protected RuleViolation(String field, String message, boolean conflict) {
        super(message);
        this.violations = field == null ? List.of() : List.of(new FieldViolation(field, message));
        this.conflict = conflict;
    }

    /** Several faults at once; the message sums them up. */
    protected RuleViolation(List<FieldViolation> violations, boolean conflict) {
        super(violations.stream().map(v -> v.field() == null ? v.message() : v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    /** The input field the problem is about (the first, when there are several), or null when it is about the request as a whole. */
    public String getField() {
        return violations.stream().map(FieldViolation::field).filter(f -> f != null).findFirst().orElse(null);
    }

    /** Every field at fault with its own message; empty when the problem is about the request as a whole. */
    public List<FieldViolation> getViolations() {
        return violations.stream().filter(v -> v.field() != null).toList();
    }

    public boolean isConflict() {
        return conflict;
    }
}
