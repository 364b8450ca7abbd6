package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.earshot.access.PermissionReviewService;
import org.earshot.organization.OrganizationService;
import org.earshot.query.PageRequest;
import org.earshot.web.access.PermissionReviewPage;

/**
 * An administrator's organization at a glance: how many sites, teams, queues and users it has, and how
 * many grants the permission review finds with its default periods.
 */
@Named
@RequestScoped
public class AdminHome {

    private static final PageRequest COUNT_ONLY = PageRequest.totalOnly(0);

    @EJB
    private OrganizationService organization;

    @EJB
    private PermissionReviewService review;

    public long getSites() {
        return organization.findSites(null, COUNT_ONLY).total();
    }

    public long getTeams() {
        return organization.findTeams(null, null, COUNT_ONLY).total();
    }

    public long getQueues() {
        return organization.findQueues(null, COUNT_ONLY).total();
    }

    public long getUsers() {
        return organization.findUsers(null, null, COUNT_ONLY).total();
    }

    public long getOpenReviews() {
        return review.tally(PermissionReviewPage.UNREVIEWED_DAYS, PermissionReviewPage.UNUSED_DAYS).findings();
    }
}
