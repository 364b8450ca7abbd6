/**
 * Dashboards for managers, QA leads, supervisors and compliance: the filter every dashboard takes
 * ({@link org.earshot.dashboard.DashboardFilter}: a date range of at most a year, site, team, queue,
 * agent, forms), its narrowing to the caller's VIEW_DASHBOARD scope ({@link org.earshot.dashboard.DashboardAccess},
 * {@link org.earshot.dashboard.DashboardScope}), and the quality dashboard read from the aggregates
 * that {@link org.earshot.evaluation.QualityLedger} keeps ({@link org.earshot.dashboard.QualityDashboard}).
 * See docs/dashboards.md.
 */
package org.earshot.dashboard;
