/**
 * Call records, the live view of agents and queues, the agent's own status page, and the
 * websocket push that makes open views re-render after a change.
 */
package org.earshot.web.calls;
