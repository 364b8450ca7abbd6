package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The evaluation policies page in headless Chromium: the Billing supervisor, who leads the queue's
 * sampling, finds it under Quality, sees the organization default without being able to change it,
 * sees a window of zero refused on its field with nothing saved, saves two days, and returns the queue
 * to the default. An evaluator has no such menu entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationPoliciesBrowserIT extends ConsoleBrowserTest {

    private static final String ROWS = "//tbody[@id='policiesForm:policiesTable_data']/tr";
    private static final By BILLING_ROW = By.xpath(ROWS + "[td[1][starts-with(normalize-space(.), 'Billing')]]");
    private static final By DEFAULT_ROW = By.xpath(ROWS + "[td[1][starts-with(normalize-space(.), 'Organization default')]]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theQueuesLeadSeesABadWindowOnItsFieldThenSavesAGoodOne() throws Exception {
        long billing = Database.count("SELECT id FROM call_queue WHERE name = ?", "Billing");
        try {
            console.logIn("sup.billing");
            assertThat(browser.findElements(By.cssSelector("[id$='evaluationPoliciesLink']"))).as("under Quality").hasSize(1);
            console.open("app/quality/evaluation-policies.xhtml");
            assertThat(browser.findElement(DEFAULT_ROW).findElements(By.tagName("button"))).as("the default is the administrators'").isEmpty();
            assertThat(browser.findElement(BILLING_ROW).getText()).contains("(follows the default)", "7 days", "5 days", "within 7 days");
            assertThat(browser.findElements(By.xpath(ROWS + "[td[1][starts-with(normalize-space(.), 'Support')]]")))
                    .as("not a queue sup.billing leads").isEmpty();

            wait.until(ExpectedConditions.elementToBeClickable(browser.findElement(BILLING_ROW).findElement(By.tagName("button")))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluationPolicyDialog")));
            assertThat(browser.findElement(By.id("evaluationPolicyForm")).getText()).contains("queue Billing");
            console.type("evaluationPolicyForm:acknowledgeWithinHours", "0");
            console.click("evaluationPolicyForm:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluationPolicyForm:acknowledgeWithinHoursMessage"),
                    "The window must be longer than zero"));
            assertThat(browser.findElement(By.id("evaluationPolicyDialog")).isDisplayed()).as("kept open to fix it").isTrue();
            assertThat(billingPolicy().get("inherited").asBoolean()).as("nothing saved").isTrue();

            console.type("evaluationPolicyForm:acknowledgeWithinHours", "48");
            console.click("evaluationPolicyForm:save");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evaluationPolicyDialog")));
            console.growlSays("Evaluation policy of queue Billing saved");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(BILLING_ROW, "2 days"));
            assertThat(browser.findElement(BILLING_ROW).getText()).doesNotContain("follows the default");
            assertThat(billingPolicy().get("settings").get("acknowledgeWithinHours").asInt()).isEqualTo(48);

            console.click(browser.findElement(BILLING_ROW).findElements(By.tagName("button")).get(1).getAttribute("id"));
            console.click("confirmForm:confirmYes");
            console.growlSays("Queue Billing follows the organization default from now on");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(BILLING_ROW, "(follows the default)"));
            assertThat(billingPolicy().get("inherited").asBoolean()).isTrue();
        } finally {
            Api.delete("admin", "evaluation-policies/" + billing);
        }

        try (ConsoleBrowser evaluator = new ConsoleBrowser()) {
            evaluator.logIn("qa");
            assertThat(evaluator.driver().findElements(By.cssSelector("[id$='evaluationPoliciesLink']"))).isEmpty();
        }
    }

    private static JsonNode billingPolicy() throws Exception {
        long billing = Database.count("SELECT id FROM call_queue WHERE name = ?", "Billing");
        return Api.json(Api.get("admin", "evaluation-policies/" + billing));
    }
}
