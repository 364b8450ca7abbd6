/**
 * Dashboards on the web: the filter's query parameters shared by every dashboard ({@link org.earshot.web.dashboard.DashboardParams}),
 * CSV streamed row by row ({@link org.earshot.web.dashboard.CsvWriter}), and the quality dashboard's REST
 * resource with the lists behind its numbers and its exports. What a caller may see is decided in the
 * EJB layer ({@code org.earshot.dashboard}).
 */
package org.earshot.web.dashboard;
