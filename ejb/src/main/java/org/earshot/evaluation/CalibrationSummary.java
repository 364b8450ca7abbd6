package org.earshot.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A calibration session as its lead and participants see it: the call, the form version, who takes
 * part and whether they have submitted (never what they answered), and what the viewer is in it.
 *
 * @param overdue         open after its due date
 * @param closedBy        who closed it: the lead, the participant whose sheet was the last one in, or
 *                        {@link CalibrationSession#DUE_DATE}
 * @param viewerPart      what the viewer is in the session
 * @param viewerLeads     whether the viewer leads it (and may close it while open)
 * @param reportAvailable whether the viewer may read the report now
 */
public record CalibrationSummary(long id, String title, String callId, UUID recordingId, long scorecardId, String scorecardName,
                                 int scorecardVersion, long leadId, String lead, CalibrationState state, Instant createdAt,
                                 Instant dueAt, boolean overdue, Instant closedAt, String closedBy, List<Participant> participants,
                                 Part viewerPart, boolean viewerLeads, boolean reportAvailable) {

    /** What someone is in a session. A lead who also scores is the part they score as. */
    public enum Part {
        LEAD, EVALUATOR, REFERENCE
    }

    /** Who scores, and when they submitted (null: not yet). */
    public record Participant(long userId, String username, boolean reference, Instant submittedAt) {
    }
}
