/**
 * Pages and REST resources for grants, access decisions and permission reviews.
 */
package org.earshot.web.access;
