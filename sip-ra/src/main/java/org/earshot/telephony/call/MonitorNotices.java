package org.earshot.telephony.call;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.PlayedNotice;
import org.earshot.telephony.directory.MonitoringNotices;
import org.earshot.telephony.media.Prompt;
import org.earshot.telephony.media.RtpRelay;

/**
 * What caller and agent are played as monitoring goes on, by the policy of the queue the call came
 * through (the defaults for a dialed extension): the agent's notice when a supervisor connects, to the
 * agent only, and the barge tone to both parties when a supervisor's voice joins their conversation.
 * Both are mixed into what the party hears, as the call is mixed from the moment a supervisor joins.
 * Each notice played is reported ({@code NOTICE_PLAYED}, with the session), so that compliance can count
 * them. Called under the call's lock.
 */
final class MonitorNotices {

    private MonitorNotices() {
    }

    /** A supervisor's phone answered and joined the call's mix in the session's mode. */
    static void connected(Call call, MonitorSession session, CallEvents events) {
        noticesOf(call).agentNotice().ifPresent(notice -> {
            call.media.playInMix(RtpRelay.Side.B, notice);
            played(call, session, events, notice == MonitoringNotices.NOTICE_TONE ? PlayedNotice.AGENT_NOTICE_TONE
                    : PlayedNotice.AGENT_NOTICE_PROMPT);
        });
        if (session.mode == MonitoringMode.BARGE) {
            bargedIn(call, session, events);
        }
    }

    /** A session switched to another mode within the mix (a takeover leaves no agent to tell). */
    static void switched(Call call, MonitorSession session, CallEvents events) {
        if (session.mode == MonitoringMode.BARGE) {
            bargedIn(call, session, events);
        }
    }

    private static void bargedIn(Call call, MonitorSession session, CallEvents events) {
        if (noticesOf(call).bargeTone()) {
            Prompt tone = MonitoringNotices.BARGE_TONE;
            call.media.playInMix(RtpRelay.Side.A, tone);
            call.media.playInMix(RtpRelay.Side.B, tone);
            played(call, session, events, PlayedNotice.BARGE_TONE);
        }
    }

    private static void played(Call call, MonitorSession session, CallEvents events, PlayedNotice notice) {
        events.emit(call, CallEvent.Type.NOTICE_PLAYED, notice.detail(), session.describe());
    }

    private static MonitoringNotices noticesOf(Call call) {
        return call.queue == null ? MonitoringNotices.DEFAULT : call.queue.notices();
    }
}
