/**
 * Paging of the services' lists: what a caller asks for and the page of results with its total.
 */
package org.earshot.query;
