package org.earshot.web.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.earshot.access.Grant;
import org.earshot.access.PermissionReviewService;
import org.earshot.access.ReviewFinding;
import org.earshot.web.faces.ServiceCall;

/**
 * The permission review: grants unreviewed or unused for longer than the periods entered, or
 * outlived by a team move, each to be certified or revoked by the reviewer with a comment.
 */
@Named
@ViewScoped
public class PermissionReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PermissionReviewService review;

    /** The review's default periods, which the administrator's home counts findings with too. */
    public static final int UNREVIEWED_DAYS = 90;
    public static final int UNUSED_DAYS = 60;

    private int unreviewedDays = UNREVIEWED_DAYS;
    private int unusedDays = UNUSED_DAYS;
    private List<ReviewFinding> findings = List.of();

    private Long decidedGrantId;
    private String decidedSummary;
    private String comment;

    /** The page opens with the review for the default periods already run. */
    @PostConstruct
    public void find() {
        findings = ServiceCall.query("reviewForm", () -> review.findings(unreviewedDays, unusedDays)).orElse(List.of());
    }

    public void startDecision(ReviewFinding finding) {
        decidedGrantId = finding.grant().getId();
        decidedSummary = describe(finding.grant());
        comment = null;
    }

    // A decided grant may still be a finding (certifying does not make an unused grant used), so ask again.
    public void certify() {
        if (ServiceCall.change("decisionForm", () -> "Certified " + describe(review.certify(decidedGrantId, comment)))) {
            find();
        }
    }

    public void revoke() {
        if (ServiceCall.change("decisionForm", () -> "Revoked " + describe(review.revoke(decidedGrantId, comment)))) {
            find();
        }
    }

    private static String describe(Grant grant) {
        return grant.getUser().getUsername() + ": " + grant.getRole() + " over " + grant.describeScope();
    }

    public List<ReviewFinding> getFindings() {
        return findings;
    }

    public int getUnreviewedDays() {
        return unreviewedDays;
    }

    public void setUnreviewedDays(int unreviewedDays) {
        this.unreviewedDays = unreviewedDays;
    }

    public int getUnusedDays() {
        return unusedDays;
    }

    public void setUnusedDays(int unusedDays) {
        this.unusedDays = unusedDays;
    }

    public String getDecidedSummary() {
        return decidedSummary;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
