package org.earshot.dashboard;

/** A dashboard's figures, read for a filter: each dashboard's report says which filter it shows. */
public interface DashboardReport {

    DashboardFilter filter();
}
