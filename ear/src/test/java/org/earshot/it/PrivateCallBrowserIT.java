package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Marking a call private in a real browser while real phones (sipp) talk: a caller through the
 * Billing queue (its policy letting agents mark calls private) reaches agent3 (1003); agent3's home
 * offers "Mark this call private", asks first, and then says the call is private; sup.billing's
 * console says why the call cannot be monitored instead of offering modes, without a reload.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivateCallBrowserIT {

    private static final String MARK_ID = "statusForm:markPrivate";
    private static final By MARK = By.id(MARK_ID);
    /** The console line's monitoring buttons (a supervisor also has the recording's). */
    private static final By MONITOR_BUTTONS = By.cssSelector("td.monitor-actions button");
    private static final By MARKED = By.id("statusForm:privateCall");
    private static final By AGENT3_LINE = By.xpath(
            "//tbody[@id='consoleForm:lines_data']/tr[td[1][starts-with(normalize-space(), 'agent3 ')]]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theAgentConfirmsMarkingTheirCallPrivateAndTheConsoleSaysWhyItCannotBeMonitored() throws Exception {
        BillingPolicy.turn("agents_may_mark_private", true);
        int agentPhone = Phones.registeredPhone("1003");
        try (ConsoleBrowser supervisor = new ConsoleBrowser(); ConsoleBrowser agent = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            supervisor.open("app/monitoring/console.xhtml");
            agent.logIn("agent3");
            agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("statusForm:myStatus")));
            assertThat(agent.driver().findElements(MARK)).as("nothing to mark without a call").isEmpty();
            assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
            Phones.Call call = Phones.callQueue("6001", agentPhone, Duration.ofSeconds(15));
            try {
                supervisor.patiently().until(driver -> driver.findElement(AGENT3_LINE).findElements(MONITOR_BUTTONS).size() == 4);

                agent.click(MARK_ID);
                agent.click("confirmForm:confirmNo");
                agent.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmNo")));
                assertThat(agent.driver().findElements(MARKED)).as("not marked without confirmation").isEmpty();

                agent.click(MARK_ID);
                agent.click("confirmForm:confirmYes");
                agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(MARKED));
                assertThat(agent.driver().findElements(MARK)).as("marked once").isEmpty();

                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(AGENT3_LINE,
                        "The agent marked this call private"));
                assertThat(supervisor.driver().findElement(AGENT3_LINE).findElements(MONITOR_BUTTONS)).isEmpty();
                assertThat(call.wentAsScripted()).as("the call itself went on untouched").isTrue();
            } finally {
                call.stopPhones();
                Phones.dialFeatureCode("*61", "1003", agentPhone);
            }
        } finally {
            BillingPolicy.turn("agents_may_mark_private", false);
        }
    }
}
