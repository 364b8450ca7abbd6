package org.earshot.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.earshot.evaluation.EvaluationFilter;
import org.earshot.evaluation.EvaluationService;
import org.earshot.evaluation.EvaluationSummary;
import org.earshot.web.faces.ServiceBackedLazyModel;

/**
 * The lists of evaluations the Quality pages show, each opening an evaluation's page: an agent's own
 * (My evaluations), and those waiting for a reviewer (Disputes: an open dispute or appeal on a call in
 * the reviewer's scope). What each user sees is {@link EvaluationService#list}'s to decide.
 */
@Named
@ViewScoped
public class EvaluationLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvaluationService evaluations;

    private final ServiceBackedLazyModel<EvaluationSummary> mine = new ServiceBackedLazyModel<>(
            (filters, page) -> evaluations.listOwn(page), EvaluationSummary::id);

    private final ServiceBackedLazyModel<EvaluationSummary> awaitingReview = new ServiceBackedLazyModel<>(
            (filters, page) -> evaluations.list(EvaluationFilter.awaitingReview(), page), EvaluationSummary::id);

    public ServiceBackedLazyModel<EvaluationSummary> getMine() {
        return mine;
    }

    public ServiceBackedLazyModel<EvaluationSummary> getAwaitingReview() {
        return awaitingReview;
    }
}
