package org.earshot.telephony.sip;

/**
 * What the SIP server refused or could not read since it started: the numbers an operator watches
 * under attack or overload.
 *
 * @param unparsable          messages dropped unanswered: not SIP, not a request with a Via to answer along, or a
 *                            response lacking a header every message needs
 * @param badRequests         requests answered 400 because a mandatory header was missing or did not parse
 * @param unsupportedVersions requests answered 505 because they were not SIP/2.0
 * @param tooLarge            requests answered 513 because they were over the size limit (on a stream transport)
 * @param notImplemented      requests answered 501 because Earshot does not know their method
 * @param rateLimited         requests refused with 503 because their source sent too many
 * @param overCapacity        new calls refused with 503 because the maximum of concurrent calls was reached
 * @param unknownUsers        digest authentications refused because no subscriber has the username
 * @param wrongCredentials    digest authentications refused because the response or its nonce was wrong
 */
public record SipStatistics(long unparsable, long badRequests, long unsupportedVersions, long tooLarge,
                            long notImplemented, long rateLimited, long overCapacity, long unknownUsers,
                            long wrongCredentials) {

    /** Every failed digest authentication, whatever the reason. */
    public long failedAuthentications() {
        return unknownUsers + wrongCredentials;
    }
}
