package org.earshot.web.faces;

import java.util.Optional;
import java.util.function.Supplier;
import org.earshot.access.AccessDeniedException;
import org.earshot.monitoring.MonitoringRefusedException;
import org.earshot.organization.NotFoundException;
import org.earshot.recording.RecordingRefusedException;
import org.earshot.rules.RuleViolation;

/**
 * A page's call to a service, with the outcome reported the same way on every page: a change is
 * announced in the growl, a refusal by the rules is shown through {@link FieldMessages}. Other
 * failures are bugs or outages and go to the container's error handling.
 */
public final class ServiceCall {

    private ServiceCall() {
    }

    /** Runs a change whose result describes what was done, e.g. "Team Billing created". */
    public static boolean change(String formId, Supplier<String> change) {
        return query(formId, change).map(done -> {
            Growl.info(done);
            return true;
        }).orElse(false);
    }

    /** Runs a change as {@link #change(String, Supplier)}; once it is done, what follows it (a page reloading what it shows). */
    public static boolean change(String formId, Supplier<String> change, Runnable then) {
        boolean done = change(formId, change);
        if (done) {
            then.run();
        }
        return done;
    }

    /** Runs a read; empty when the service refused it (reads answer a value, never null). */
    public static <T> Optional<T> query(String formId, Supplier<T> query) {
        try {
            return Optional.ofNullable(query.get());
        } catch (RuleViolation | AccessDeniedException | NotFoundException | MonitoringRefusedException
                 | RecordingRefusedException e) {
            FieldMessages.show(e, formId);
            return Optional.empty();
        }
    }
}
