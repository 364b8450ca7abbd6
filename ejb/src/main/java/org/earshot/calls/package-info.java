/**
 * Call records and agent states as the telephony core reports them (its call events and agent
 * states, received by MDBs), the decision on phones' busy-lamp subscriptions, and the scoped views
 * of calls, live agents and queues built on them.
 */
package org.earshot.calls;
