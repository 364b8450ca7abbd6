package org.earshot.calls;

import java.time.Instant;
import java.util.List;
import org.earshot.organization.SipAccount;
import org.earshot.organization.User;

/**
 * One agent on the live view: who, at which extension, logged out, available or away, the queues
 * logged in to, what the agent is doing since when, and the call that occupies them. An agent
 * Earshot has not seen yet is logged out and idle, as the queue engine starts everybody; since is
 * then unknown (null).
 *
 * @param presence      the queue engine's word: logged in to no queue, available or away
 * @param shownPresence what the pages show as presence: on call while a call occupies the agent, else the presence
 * @param queues    names of the queues the agent is logged in to, in order
 * @param since     when what is shown of the agent last changed
 * @param callSince when the current call was answered, or when it started ringing
 */
public record LiveAgent(Long agentId, String username, String displayName, String extension, AgentPresence presence,
                        ShownPresence shownPresence, List<String> queues, AgentStatus status, Instant since, String callId, String caller,
                        Instant callSince) {

    static LiveAgent of(SipAccount phone, AgentState state, List<String> queues) {
        User agent = phone.getUser();
        if (state == null) {
            return new LiveAgent(agent.getId(), agent.getUsername(), agent.getDisplayName(), phone.getExtension(),
                    AgentPresence.LOGGED_OUT, ShownPresence.LOGGED_OUT, List.of(), AgentStatus.IDLE, null, null, null, null);
        }
        CallRecord call = state.getCall();
        return new LiveAgent(agent.getId(), agent.getUsername(), agent.getDisplayName(), phone.getExtension(),
                state.getPresence(), state.getShownPresence(), queues, state.getStatus(), state.getSince(),
                call == null ? null : call.getCallId(), call == null ? null : call.getCaller(),
                call == null ? null : call.getAnsweredAt() != null ? call.getAnsweredAt() : call.getStartedAt());
    }
}
