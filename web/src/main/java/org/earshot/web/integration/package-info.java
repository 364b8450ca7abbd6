/**
 * REST resources about the integration runtime (CRM and workforce-management routes).
 */
package org.earshot.web.integration;
