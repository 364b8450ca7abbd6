package org.earshot.telephony.directory;

import java.time.Duration;
import java.util.Optional;
import org.earshot.telephony.api.QueueNotices;
import org.earshot.telephony.media.Prompt;

/**
 * What a queue's monitoring policy has Earshot play: the announcement a caller hears before being
 * put through to an agent, what the agent hears when a supervisor starts monitoring (nothing, a
 * beep or a prompt), and whether caller and agent hear a tone when a supervisor barges in.
 */
public record MonitoringNotices(Optional<Prompt> callerAnnouncement, Optional<Prompt> agentNotice, boolean bargeTone) {

    /** Two short high beeps: heard by the agent over the conversation, too short to mask it. */
    public static final Prompt NOTICE_TONE = Prompt.tone(1400, Duration.ofMillis(100), -12)
            .then(Prompt.silence(Duration.ofMillis(100))).then(Prompt.tone(1400, Duration.ofMillis(100), -12));

    /** One lower beep, heard by both parties when a supervisor's voice joins their conversation. */
    public static final Prompt BARGE_TONE = Prompt.tone(620, Duration.ofMillis(250), -12);

    /** Calls that come through no queue, and queues left as they were made: no announcement, the beep, the barge tone. */
    public static final MonitoringNotices DEFAULT = new MonitoringNotices(Optional.empty(), Optional.of(NOTICE_TONE), true);

    /** The notices a queue's policy names, decoded to play; a policy that tells the agent without a prompt of its own plays the beep. */
    static MonitoringNotices of(QueueNotices notices) {
        Optional<Prompt> agentNotice = notices.agentTold()
                ? Optional.of(notices.agentNoticePrompt().map(Prompt::of).orElse(NOTICE_TONE)) : Optional.empty();
        return new MonitoringNotices(notices.callerAnnouncement().map(Prompt::of), agentNotice, notices.bargeTone());
    }
}
