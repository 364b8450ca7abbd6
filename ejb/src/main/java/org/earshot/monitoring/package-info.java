/**
 * Governed live monitoring: starting, switching and ending a supervisor's session on a call, the
 * rules that allow it, queue monitoring policies and prompts, and the agent's view of being monitored.
 */
package org.earshot.monitoring;
