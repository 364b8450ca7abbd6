package org.earshot.telephony.api;

import java.util.Optional;

/**
 * What a queue's monitoring policy has Earshot play: the announcement a caller hears before being put
 * through to an agent; whether the agent is told when a supervisor starts monitoring, with a recorded
 * prompt or else the core's notice tone; and whether caller and agent hear a tone when a supervisor barges in.
 */
public record QueueNotices(Optional<PromptAudio> callerAnnouncement, boolean agentTold, Optional<PromptAudio> agentNoticePrompt,
                           boolean bargeTone) {

    /** Queues left as they were made: no announcement, the notice tone, the barge tone. */
    public static final QueueNotices DEFAULT = new QueueNotices(Optional.empty(), true, Optional.empty(), true);
}
