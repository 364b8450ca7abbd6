/**
 * Who may do what: roles, grants scoped to sites, teams and queues with their monitoring modes,
 * the one authorization decision ({@link org.earshot.access.AccessService}), grant administration,
 * permission reviews and login passwords, and the audit of who failed to authenticate to the SIP
 * server or flooded it ({@link org.earshot.access.SipSecurityReceiver}).
 */
package org.earshot.access;
