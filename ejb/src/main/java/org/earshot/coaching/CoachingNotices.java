package org.earshot.coaching;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.earshot.notification.Notifications;

/**
 * Who coaching's steps concern, told in the application in the step's transaction: the agent when a
 * plan is started for them and when a session with them is scheduled, cancelled or held (to
 * acknowledge); the session's trainer when the agent acknowledges it. Nobody is told of their own step.
 * The coaching services each get their own ({@code @Inject}).
 */
@Dependent
final class CoachingNotices {

    // Times in notifications are UTC and say so: the recipient's own zone is not known to the server.
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Notifications notifications;

    @Inject
    CoachingNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void planStarted(CoachingPlan plan) {
        notifications.notify(plan.getAgent().getId(), CoachingNotice.PLAN_STARTED, plan.getTrainer().getDisplayName()
                + " started a coaching plan for you: " + plan.summary().title(), "/app/coaching/plan.xhtml?id=" + plan.getId());
    }

    void scheduled(CoachingSession session) {
        toAgent(session, CoachingNotice.SESSION_SCHEDULED, "A coaching session with " + session.getTrainer().getDisplayName()
                + " is scheduled for " + WHEN.format(session.summary().scheduledAt()) + " (" + session.summary().durationMinutes() + " min)");
    }

    void cancelled(CoachingSession session) {
        toAgent(session, CoachingNotice.SESSION_CANCELLED, "The coaching session of " + WHEN.format(session.summary().scheduledAt())
                + " was cancelled");
    }

    void held(CoachingSession session) {
        toAgent(session, CoachingNotice.SESSION_HELD, "Your coaching session of " + WHEN.format(session.summary().scheduledAt())
                + " was written up: read the notes and actions and acknowledge it");
    }

    void acknowledged(CoachingSession session, boolean commented) {
        notifications.notify(session.getTrainer().getId(), CoachingNotice.SESSION_ACKNOWLEDGED, session.getAgent().getDisplayName()
                + " acknowledged the coaching session of " + WHEN.format(session.summary().scheduledAt()) + (commented ? ", with a comment" : ""),
                linkTo(session));
    }

    private void toAgent(CoachingSession session, CoachingNotice kind, String text) {
        notifications.notify(session.getAgent().getId(), kind, text, linkTo(session));
    }

    private static String linkTo(CoachingSession session) {
        return "/app/coaching/session.xhtml?id=" + session.getId();
    }
}
