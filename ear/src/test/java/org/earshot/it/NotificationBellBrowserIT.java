package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The bell in a real browser: agent1 sits on their home page while qa submits an evaluation of their
 * call; the unread count goes up without a reload (pushed to agent1 alone), the bell's overlay lists
 * the notification, and opening it shows the evaluation and counts it read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationBellBrowserIT {

    private static final By COUNT = By.id("menuForm:bellCount");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theAgentSeesTheirNotificationArriveAndOpensIt() throws Exception {
        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.logIn("agent1");
            int before = unread(agent);

            long id = BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
            agent.patiently().until(driver -> unread(agent) == before + 1);

            agent.click("menuForm:bell");
            By opened = By.cssSelector("[id='notificationsForm:notificationList'] a.notification.unread");
            agent.patiently().until(ExpectedConditions.textToBePresentInElementLocated(opened,
                    "An evaluation of your call is ready to acknowledge"));
            agent.patiently().until(ExpectedConditions.elementToBeClickable(opened)).click();

            agent.patiently().until(ExpectedConditions.urlContains("app/quality/evaluation.xhtml?id=" + id));
            assertThat(unread(agent)).as("opened, so read").isEqualTo(before);
        }
    }

    private static int unread(ConsoleBrowser browser) {
        return Integer.parseInt(browser.driver().findElement(COUNT).getAttribute("textContent").strip());
    }
}
