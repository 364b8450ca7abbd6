package org.earshot.telephony.api;

/** Receives the SIP server's {@link SecurityReport}s, one per misbehaving source per interval. */
@FunctionalInterface
public interface SecurityReportListener {

    void onSecurityReport(SecurityReport report);
}
