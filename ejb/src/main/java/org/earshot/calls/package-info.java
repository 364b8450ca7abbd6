/**
 * Call records and agent states as the telephony core reports them (its call events and agent
 * state reports, received by MDBs), the decision on phones' busy-lamp subscriptions, the scoped views
 * of calls, live agents and queues built on them, and the directory the core is told (SIP accounts,
 * queues, members, notices), published after every change that affects it.
 */
package org.earshot.calls;
