package org.earshot.monitoring;

/** What an agent is told when a supervisor starts monitoring their call. */
public enum AgentNotice {
    /** Nothing is played; the agent's own view still shows the indicator if the policy asks for it. */
    NONE,
    /** A short beep to the agent only. */
    TONE,
    /** The queue's notice prompt, to the agent only. */
    PROMPT
}
