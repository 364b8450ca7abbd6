/**
 * The B2BUA: a call's two legs and their signalling, queue and direct calls, hold, transfer,
 * feature codes, supervisors' monitoring legs with their modes, keys and notices, and recording (pause, resume,
 * agent keys, masked DTMF); raises the call events.
 */
package org.earshot.telephony.call;
