package org.earshot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Evaluate offers on a live session, and why no form fits a call, in the words the console shows. */
class LiveEvaluationOfferTest {

    private static final FormOption CUSTOMER_SERVICE = new FormOption(7, "Customer service call", 2);

    @Test
    void aSessionAlreadyEvaluatedOffersItsEvaluationAndNoForm() {
        LiveEvaluationOffer offer = LiveEvaluationOffer.madeAlready(41);

        assertThat(offer.evaluationId()).isEqualTo(41);
        assertThat(offer.forms()).isEmpty();
        assertThat(offer.whyNoForm()).isNull();
    }

    @Test
    void theFormsToStartWithLeaveNoReason() {
        LiveEvaluationOffer offer = LiveEvaluationOffer.toStart(List.of(CUSTOMER_SERVICE), "unused");

        assertThat(offer.evaluationId()).isNull();
        assertThat(offer.forms()).containsExactly(CUSTOMER_SERVICE);
        assertThat(offer.whyNoForm()).isNull();
    }

    @Test
    void withoutAFormTheReasonIsOffered() {
        LiveEvaluationOffer offer = LiveEvaluationOffer.toStart(List.of(), "No published scorecard is assigned to the Billing queue");

        assertThat(offer.forms()).isEmpty();
        assertThat(offer.whyNoForm()).isEqualTo("No published scorecard is assigned to the Billing queue");
    }

    @Test
    void nothingIsOfferedToWhoMayNotEvaluate() {
        assertThat(LiveEvaluationOffer.NOTHING.evaluationId()).isNull();
        assertThat(LiveEvaluationOffer.NOTHING.forms()).isEmpty();
        assertThat(LiveEvaluationOffer.NOTHING.whyNoForm()).isNull();
    }

    @Test
    void noFormFitsNamesTheQueueAndTheAgentsTeam() {
        assertThat(FormChoice.noneFits("Billing", "agent2", "Billing"))
                .isEqualTo("No published scorecard is assigned to the Billing queue or to agent2's team Billing");
        assertThat(FormChoice.noneFits(null, "agent2", "Billing"))
                .as("a direct call").isEqualTo("No published scorecard is assigned to agent2's team Billing");
        assertThat(FormChoice.noneFits("Support", "agent9", null)).isEqualTo("No published scorecard is assigned to the Support queue");
        assertThat(FormChoice.noneFits(null, "agent9", null)).contains("no queue").contains("no team");
    }
}
