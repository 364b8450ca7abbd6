package org.earshot.telephony.record;

import java.time.Instant;
import org.earshot.organization.SipAccount;
import org.earshot.organization.User;

/**
 * One agent on the live view: who, at which extension, doing what since when, and the call that
 * occupies them. Status is null for an agent Earshot has not yet seen a call or login of.
 *
 * @param callSince when the current call was answered, or when it started ringing
 */
public record LiveAgent(Long agentId, String username, String displayName, String extension, AgentStatus status,
                        Instant since, String callId, String caller, Instant callSince) {

    static LiveAgent of(SipAccount phone, AgentState state) {
        User agent = phone.getUser();
        CallRecord call = state == null ? null : state.getCall();
        return new LiveAgent(agent.getId(), agent.getUsername(), agent.getDisplayName(), phone.getExtension(),
                state == null ? null : state.getStatus(), state == null ? null : state.getSince(),
                call == null ? null : call.getCallId(), call == null ? null : call.getCaller(),
                call == null ? null : call.getAnsweredAt() != null ? call.getAnsweredAt() : call.getStartedAt());
    }
}
