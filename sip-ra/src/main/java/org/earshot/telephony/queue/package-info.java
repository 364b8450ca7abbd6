/**
 * Call queues: agents' availability and log-in, and distribution of waiting calls to the longest-idle
 * available member.
 */
package org.earshot.telephony.queue;
