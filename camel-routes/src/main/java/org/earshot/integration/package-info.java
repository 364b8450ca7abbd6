/**
 * The integration runtime: the CamelContext started with the application and its routes to
 * CRM and workforce-management systems.
 */
package org.earshot.integration;
