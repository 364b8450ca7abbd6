package org.earshot.telephony.sip;

/**
 * What the SIP server refused or could not read since it started: the numbers an operator watches
 * under attack or overload.
 *
 * @param unparsable   messages dropped because they could not be parsed as SIP or lacked a header every message needs
 * @param rateLimited  requests refused with 503 because their source sent too many
 * @param overCapacity new calls refused with 503 because the maximum of concurrent calls was reached
 */
public record SipStatistics(long unparsable, long rateLimited, long overCapacity) {
}
