/**
 * What the core knows of the organization: the last directory snapshot the application pushed,
 * indexed for the SIP threads' lookups (credentials, queues, members, notices).
 */
package org.earshot.telephony.directory;
