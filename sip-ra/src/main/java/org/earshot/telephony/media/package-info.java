/**
 * Anchored media: RTP ports and relay, the streams sent to each party, G.711, DTMF events, the mixer
 * for monitored calls and the prompts it plays, and the recorder of recorded calls.
 */
package org.earshot.telephony.media;
