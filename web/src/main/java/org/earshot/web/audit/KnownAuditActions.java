package org.earshot.web.audit;

import java.util.List;
import java.util.stream.Stream;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditTrailAction;
import org.earshot.coaching.CoachingAuditAction;
import org.earshot.dashboard.DashboardAuditAction;
import org.earshot.evaluation.EvaluationAuditAction;
import org.earshot.evaluation.SamplingAuditAction;
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.notification.NotificationAuditAction;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.recording.RecordingAuditAction;
import org.earshot.recording.RecordingGovernanceAuditAction;

/**
 * The actions the viewer offers as filters: every capability's. A capability with new actions adds
 * its enum here (KnownAuditActionsTest finds one left out); the trail itself and the REST filter
 * take any action name.
 */
public final class KnownAuditActions {

    private static final List<String> NAMES = Stream.<AuditAction[]>of(AccessAuditAction.values(),
                    OrganizationAuditAction.values(), MonitoringAuditAction.values(), RecordingAuditAction.values(),
                    RecordingGovernanceAuditAction.values(), AuditTrailAction.values(),
                    EvaluationAuditAction.values(), SamplingAuditAction.values(), CoachingAuditAction.values(),
                    DashboardAuditAction.values(), NotificationAuditAction.values())
            .flatMap(Stream::of).map(AuditAction::qualifiedName).sorted().toList();

    private KnownAuditActions() {
    }

    public static List<String> names() {
        return NAMES;
    }
}
