/**
 * The audit trail viewer page and its REST resource.
 */
package org.earshot.web.audit;
