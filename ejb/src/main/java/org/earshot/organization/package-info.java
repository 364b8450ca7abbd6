/**
 * The organization model: sites, teams, call queues, users with their SIP accounts, queue
 * membership and monitoring groups.
 */
package org.earshot.organization;
