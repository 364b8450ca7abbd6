package org.earshot.telephony.call;

import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.directory.MonitoringNotices;
import org.earshot.telephony.media.RtpRelay;

/**
 * What caller and agent are played as monitoring goes on, by the policy of the queue the call came
 * through (the defaults for a dialed extension): the agent's notice when a supervisor connects, to the
 * agent only, and the barge tone to both parties when a supervisor's voice joins their conversation.
 * Both are mixed into what the party hears, as the call is mixed from the moment a supervisor joins.
 * Called under the call's lock.
 */
final class MonitorNotices {

    private MonitorNotices() {
    }

    /** A supervisor's phone answered and joined the call's mix in the mode. */
    static void connected(Call call, MonitoringMode mode) {
        noticesOf(call).agentNotice().ifPresent(notice -> call.media.playInMix(RtpRelay.Side.B, notice));
        if (mode == MonitoringMode.BARGE) {
            bargedIn(call);
        }
    }

    /** A session switched to another mode within the mix (a takeover leaves no agent to tell). */
    static void switched(Call call, MonitoringMode mode) {
        if (mode == MonitoringMode.BARGE) {
            bargedIn(call);
        }
    }

    private static void bargedIn(Call call) {
        if (noticesOf(call).bargeTone()) {
            call.media.playInMix(RtpRelay.Side.A, MonitoringNotices.BARGE_TONE);
            call.media.playInMix(RtpRelay.Side.B, MonitoringNotices.BARGE_TONE);
        }
    }

    private static MonitoringNotices noticesOf(Call call) {
        return call.queue == null ? MonitoringNotices.DEFAULT : call.queue.notices();
    }
}
