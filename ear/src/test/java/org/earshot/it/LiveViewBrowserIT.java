package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The live view in a real browser while real phones (sipp) act: a call reaches demo agent 1002
 * (agent2, logged in to no queue), and the supervisor's page follows the agent onto the call (on call,
 * not logged out) and back without being reloaded, and the call is then listed among the call records; demo agent 1001 (agent1) dials
 * feature codes, and the page follows it logging in, going away, coming back and logging out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveViewBrowserIT {

    private static final By AGENT1_PRESENCE = agentColumn("agent1", 3);
    private static final By AGENT1_QUEUES = agentColumn("agent1", 4);
    private static final By AGENT2_PRESENCE = agentColumn("agent2", 3);
    private static final By AGENT2_STATE = agentColumn("agent2", 5);

    private ConsoleBrowser console;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        console = new ConsoleBrowser();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        console.close();
    }

    @Test
    void supervisorSeesTheAgentGoOnCallAndBackToIdleWithoutReloadingThenFindsTheCallRecorded() throws Exception {
        console.logIn("sup.billing");
        console.open("app/calls/live.xhtml");
        console.patiently().until(ExpectedConditions.visibilityOfElementLocated(AGENT2_STATE));
        JavascriptExecutor page = (JavascriptExecutor) console.driver();
        page.executeScript("window.earshotNotReloaded = true");

        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(5));
        try {
            // The agent is on the call for 5 s: only a pushed update can show it in time.
            console.patiently().until(ExpectedConditions.textToBe(AGENT2_STATE, "on call"));
            // agent2 is logged in to no queue: a direct call still makes them on call, not logged out
            assertThat(console.driver().findElement(AGENT2_PRESENCE).getText()).isEqualTo("on call");
            assertThat(console.driver().findElement(By.id("liveForm:agents")).getText()).contains("caller");
            assertThat(call.wentAsScripted()).isTrue();
            console.patiently().until(ExpectedConditions.textToBe(AGENT2_STATE, "idle"));
            assertThat(console.driver().findElement(AGENT2_PRESENCE).getText()).isEqualTo("logged out");
        } finally {
            call.stopPhones();
        }
        assertThat(page.executeScript("return window.earshotNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);

        console.open("app/calls/calls.xhtml");
        console.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("callsForm:callsTable"), "caller hung up"));
        assertThat(console.driver().findElement(By.id("callsForm:callsTable")).getText()).contains("1002 agent2");
    }

    @Test
    void supervisorSeesAnAgentLogInGoAwayComeBackAndLogOutFromThePhoneWithoutReloading() throws Exception {
        console.logIn("sup.billing");
        console.open("app/calls/live.xhtml");
        console.patiently().until(ExpectedConditions.textToBe(AGENT1_PRESENCE, "logged out"));
        JavascriptExecutor page = (JavascriptExecutor) console.driver();
        page.executeScript("window.earshotNotReloaded = true");
        int phone = Phones.registeredPhone("1001"); // agent1, member of Billing

        assertThat(Phones.dialFeatureCode("*60", "1001", phone)).isTrue();
        console.patiently().until(ExpectedConditions.textToBe(AGENT1_PRESENCE, "available"));
        assertThat(console.driver().findElement(AGENT1_QUEUES).getText()).isEqualTo("Billing");
        assertThat(Phones.dialFeatureCode("*63", "1001", phone)).isTrue();
        console.patiently().until(ExpectedConditions.textToBe(AGENT1_PRESENCE, "away"));
        assertThat(Phones.dialFeatureCode("*62", "1001", phone)).isTrue();
        console.patiently().until(ExpectedConditions.textToBe(AGENT1_PRESENCE, "available"));
        assertThat(Phones.dialFeatureCode("*61", "1001", phone)).isTrue();
        console.patiently().until(ExpectedConditions.textToBe(AGENT1_PRESENCE, "logged out"));
        assertThat(console.driver().findElement(AGENT1_QUEUES).getText()).isEmpty();

        assertThat(page.executeScript("return window.earshotNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);
    }

    /** A cell of the agent's row in the live view's agents table (1: agent, 3: presence, 4: queues, 5: state). */
    private static By agentColumn(String username, int column) {
        return By.xpath("//tbody[@id='liveForm:agents_data']/tr[td[1][starts-with(normalize-space(), '" + username + " ')]]/td["
                + column + "]");
    }
}
