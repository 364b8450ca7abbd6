/**
 * The SIP server on JAIN-SIP: its settings, the screening of malformed requests (400, 505, 501, 513),
 * rate limiting per source, and the statistics and security reports it keeps.
 */
package org.earshot.telephony.sip;
