package org.earshot.telephony.blf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Each extension's calls as RFC 4235 dialogs, kept from the call events: the agent's side of a call
 * (direction recipient, the caller as remote party) and the caller's side when the caller is an
 * extension too (initiator). Ringing is early, answered (by the agent, or by a queue for its caller)
 * confirmed, and the end terminated; when another agent takes the call (a queue offering the next
 * member, a transfer, a supervisor's takeover) the former agent's dialog terminates. A transfer's
 * target has an early dialog while it rings (terminated if the transfer fails). A call's first
 * report is when the agent's phone rings, so dialogs start early: Earshot reports no trying. Not
 * thread-safe: {@link DialogSubscriptions} guards it.
 */
final class AgentDialogs {

    /** One call as one extension's dialog. */
    record Dialog(String callId, boolean initiator, DialogState state, String remote) {
    }

    private final Map<String, Map<String, Dialog>> byExtension = new HashMap<>();
    /** The extension each call's agent side was last reported for. */
    private final Map<String, String> agentOfCall = new HashMap<>();
    /** The extension each call is being transferred to, while it rings. */
    private final Map<String, String> transferTargetOfCall = new HashMap<>();

    /** Takes in a call event; the extensions whose dialogs changed. */
    Set<String> apply(CallEvent event) {
        Set<String> changed = new LinkedHashSet<>();
        switch (event.type()) {
            case QUEUED -> advance(event.caller(), event.callId(), true, DialogState.CONFIRMED, event.dialed(), changed);
            case RINGING -> agentIs(event, DialogState.EARLY, changed);
            case ANSWERED -> agentIs(event, DialogState.CONFIRMED, changed);
            case TRANSFERRING -> {
                transferTargetOfCall.put(event.callId(), event.detail());
                advance(event.detail(), event.callId(), false, DialogState.EARLY, event.caller(), changed);
            }
            case TRANSFERRED -> {
                transferTargetOfCall.remove(event.callId());
                agentIs(event, DialogState.CONFIRMED, changed);
            }
            case TRANSFER_FAILED -> transferFailed(event.callId(), changed);
            case MONITOR_STARTED, MONITOR_MODE_CHANGED -> {
                if (event.monitor().mode() == MonitoringMode.TAKEOVER) {
                    agentLeft(event.callId(), changed);
                }
            }
            case ENDED -> {
                agentLeft(event.callId(), changed);
                transferFailed(event.callId(), changed);
                advance(event.caller(), event.callId(), true, DialogState.TERMINATED, event.dialed(), changed);
            }
            default -> {
                // holds, keys, monitoring otherwise: the dialogs stay as they are
            }
        }
        return changed;
    }

    /** The extension's dialogs, terminated ones included until {@link #forgetEnded}. */
    List<Dialog> of(String extension) {
        return new ArrayList<>(byExtension.getOrDefault(extension, Map.of()).values());
    }

    /** Drops the extension's terminated dialogs once they were reported. */
    void forgetEnded(String extension) {
        Map<String, Dialog> dialogs = byExtension.get(extension);
        if (dialogs != null) {
            dialogs.values().removeIf(dialog -> dialog.state() == DialogState.TERMINATED);
            if (dialogs.isEmpty()) {
                byExtension.remove(extension);
            }
        }
    }

    private void agentIs(CallEvent event, DialogState state, Set<String> changed) {
        String agent = event.agent();
        if (agent == null) {
            return;
        }
        if (!agent.equals(agentOfCall.get(event.callId()))) {
            agentLeft(event.callId(), changed);
            agentOfCall.put(event.callId(), agent);
        }
        advance(agent, event.callId(), false, state, event.caller(), changed);
        if (state == DialogState.EARLY || event.type() == CallEvent.Type.ANSWERED) {
            advance(event.caller(), event.callId(), true, state, agent, changed);
        }
    }

    private void transferFailed(String callId, Set<String> changed) {
        String target = transferTargetOfCall.remove(callId);
        if (target != null) {
            advance(target, callId, false, DialogState.TERMINATED, null, changed);
        }
    }

    private void agentLeft(String callId, Set<String> changed) {
        String former = agentOfCall.remove(callId);
        if (former != null) {
            advance(former, callId, false, DialogState.TERMINATED, null, changed);
        }
    }

    /** Moves the dialog forward to the state (never back); a dialog not known yet starts in it, unless that is its end. */
    private void advance(String extension, String callId, boolean initiator, DialogState state, String remote,
                         Set<String> changed) {
        if (extension == null) {
            return;
        }
        Map<String, Dialog> dialogs = byExtension.get(extension);
        Dialog before = dialogs == null ? null : dialogs.get(callId);
        if (before == null ? state == DialogState.TERMINATED : before.state().compareTo(state) >= 0) {
            return;
        }
        byExtension.computeIfAbsent(extension, key -> new LinkedHashMap<>())
                .put(callId, new Dialog(callId, initiator, state, before != null ? before.remote() : remote));
        changed.add(extension);
    }
}
