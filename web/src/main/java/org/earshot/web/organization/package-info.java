/**
 * Pages and REST resources for sites, teams, queues, users and monitoring groups.
 */
package org.earshot.web.organization;
