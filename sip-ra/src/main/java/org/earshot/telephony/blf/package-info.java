/**
 * Busy lamp field: phones' SUBSCRIBE to an agent's dialog state (RFC 4235/6665), decided by the
 * application, and the NOTIFYs that follow the agent's calls.
 */
package org.earshot.telephony.blf;
