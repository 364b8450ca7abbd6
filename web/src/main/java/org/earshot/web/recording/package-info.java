/**
 * Call recording in the REST API: finding recordings and their markers, the recording policies, and
 * starting, pausing and resuming a call's recording. The EJB layer checks role and scope and audits.
 */
package org.earshot.web.recording;
