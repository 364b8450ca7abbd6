/**
 * The Jakarta Connectors layer, kept thin: the resource adapter's life cycle, inbound delivery of
 * events and reports to MDBs (in order per key), and the outbound CallControl connections.
 */
package org.earshot.telephony.connector;
