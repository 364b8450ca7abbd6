/**
 * The telephony API: everything the application and the SIP resource adapter's core exchange (call
 * events, agent state reports, subscription requests, security reports, call control, monitoring
 * modes, the directory snapshot). The application compiles against this package alone; the core's other packages are its own.
 */
package org.earshot.telephony.api;
