package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sampling in headless Chromium, on the demo's Billing rule that the timer drew after start-up: qa's
 * work queue lists the calls sampled for them, due, and opens one on the evaluation page; the Billing
 * supervisor sees them on the workload page, and makes a rule of their own on the rules page, where a
 * quota that does not add up is refused on its input before the rule is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SamplingPagesBrowserIT extends ConsoleBrowserTest {

    private static final String DEMO_RULE = "Billing weekly sample";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void qaWorksTheSampledCallsAndTheBillingSupervisorLeadsTheSampling() throws Exception {
        console.logIn("qa");
        assertThat(browser.findElements(By.cssSelector("[id$='workQueueLink']"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[id$='samplingLink']"))).as("evaluators do not choose the sample").isEmpty();
        console.open("app/quality/queue.xhtml");
        // the timer draws the demo rule shortly after start-up
        wait.until(d -> {
            if (console.rows("queueForm:queueTable").stream().anyMatch(row -> row.getText().contains(DEMO_RULE))) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        WebElement sampled = console.rows("queueForm:queueTable").stream().filter(row -> row.getText().contains(DEMO_RULE)).findFirst()
                .orElseThrow();
        assertThat(sampled.getText()).contains("due").contains("Customer service call").containsPattern("agent[123]");
        sampled.findElement(By.linkText("Evaluate")).click();
        wait.until(ExpectedConditions.urlContains("evaluation.xhtml?id="));

        try (ConsoleBrowser lead = new ConsoleBrowser()) {
            lead.logIn("sup.billing");
            assertThat(lead.driver().findElements(By.cssSelector("[id$='workloadLink']"))).isNotEmpty();
            lead.open("app/quality/workload.xhtml");
            lead.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("workloadForm:assignmentsTable"), DEMO_RULE));
            assertThat(lead.rows("workloadForm:evaluatorsTable")).anySatisfy(row -> assertThat(row.getText()).contains("qa"));

            lead.open("app/quality/sampling.xhtml");
            lead.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rulesTable"), DEMO_RULE));
            String name = "Billing short calls " + UUID.randomUUID().toString().substring(0, 8);
            lead.type("ruleForm:name", name);
            lead.choose("ruleForm:queueId", "Billing");
            lead.choose("ruleForm:scorecardId", "Customer service call");
            // 2 calls per agent a week: the form's default
            lead.type("ruleForm:strataQuotas", "Billing = 3");
            lead.type("ruleForm:longestSeconds_input", "120");
            lead.click("ruleForm:save");
            lead.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ruleForm"),
                    "add up to 3, not the 2 calls per agent"));
            assertThat(lead.driver().findElement(By.id("rulesForm:rulesTable")).getText()).as("nothing saved").doesNotContain(name);

            lead.type("ruleForm:strataQuotas", "Billing = 2");
            lead.click("ruleForm:save");
            lead.growlSays("Sampling rule \"" + name + "\" saved");
            lead.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rulesTable"), name));
            assertThat(lead.driver().findElement(By.id("rulesForm:rulesTable")).getText()).contains("at most 120 s");
        }
    }
}
