package org.earshot.telephony.connector;

/** The activation of an MDB implementing {@code SecurityReportListener}: one report per misbehaving source per interval. */
public class SecurityReportActivationSpec extends ListenerActivationSpec {
}
