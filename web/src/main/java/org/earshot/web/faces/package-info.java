/**
 * Helpers shared by the JSF pages: select options, field messages, growl, formats, lazy tables
 * backed by services, and filters.
 */
package org.earshot.web.faces;
