package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervisor console in a real browser while real phones (sipp) act: a caller reaches demo
 * agent 2 (1002); the Billing supervisor (sup.billing, phone 2001 that answers by itself) sees the
 * agent on the call, starts Listen with a purpose, switches to Whisper and ends, all without a
 * reload; the agent's own view shows the monitoring indicator meanwhile; and the audit viewer,
 * filtered by the call, tells the three steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisorConsoleBrowserIT {

    private static final By AGENT2_LINE = line("agent2");
    private static final By AGENT2_STATE = stateOf("agent2");
    private static final By SESSIONS = By.id("consoleForm:sessions");
    private static final By SESSION_MODE = By.cssSelector("[id='consoleForm:sessions'] .session-mode");
    private static final By INDICATOR = By.id("statusForm:monitoredIndicator");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void supervisorListensWithPurposeSwitchesToWhisperAndEndsAndTheAuditTrailTellsIt() throws Exception {
        try (ConsoleBrowser supervisor = new ConsoleBrowser(); ConsoleBrowser agent = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            supervisor.open("app/monitoring/console.xhtml");
            supervisor.patiently().until(ExpectedConditions.visibilityOfElementLocated(AGENT2_STATE));
            agent.logIn("agent2");
            agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("statusForm:myStatus")));
            assertThat(agent.driver().findElements(INDICATOR)).as("no indicator before monitoring").isEmpty();
            JavascriptExecutor page = (JavascriptExecutor) supervisor.driver();
            page.executeScript("window.earshotNotReloaded = true");

            Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(25));
            Process supervisorPhone = null;
            try {
                supervisor.patiently().until(ExpectedConditions.textToBe(AGENT2_STATE, "on call"));
                String callId = callOf("agent2");
                assertThat(supervisor.driver().findElement(AGENT2_LINE).getText()).contains("caller");

                supervisor.driver().findElement(AGENT2_LINE).findElement(modeButton("LISTEN")).click();
                supervisor.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("startDialog")));
                supervisor.click("startForm:start");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("startForm:purposeMessage"),
                        "Choose the business purpose"));
                assertThat(supervisor.driver().findElement(SESSIONS).getText()).as("nothing started without a purpose").isBlank();

                supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
                startWith(supervisor, "Training", "new starter, first week");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(SESSIONS, "connected"));
                assertThat(supervisor.driver().findElement(SESSION_MODE).getText()).isEqualTo("LISTEN");
                assertThat(supervisor.driver().findElement(SESSIONS).getText()).contains("Bruno Brito", "Training");
                agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(INDICATOR));
                assertThat(agent.driver().findElement(INDICATOR).getText()).contains("This call is being monitored")
                        .doesNotContain("sup.billing");

                supervisor.driver().findElement(SESSIONS).findElement(modeButton("WHISPER")).click();
                supervisor.patiently().until(ExpectedConditions.textToBe(SESSION_MODE, "WHISPER"));
                agent.patiently().until(ExpectedConditions.textToBePresentInElementLocated(INDICATOR, "whisper"));

                supervisor.driver().findElement(SESSIONS).findElement(modeButton("End")).click();
                supervisor.patiently().until(driver -> driver.findElement(SESSIONS).getText().isBlank());
                assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone answered and got Earshot's BYE").isTrue();
                agent.patiently().until(ExpectedConditions.invisibilityOfElementLocated(INDICATOR));
                assertThat(page.executeScript("return window.earshotNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);

                assertAuditedThreeSteps(callId);
            } finally {
                call.stopPhones();
                if (supervisorPhone != null) {
                    supervisorPhone.destroyForcibly();
                }
            }
        }
    }

    @Test
    void refusalByTheTelephonyCoreIsAMessageInTheGrowlAndOnlyTheGrantedModesAreOffered() throws Exception {
        try (ConsoleBrowser trainer = new ConsoleBrowser()) {
            trainer.logIn("trainer"); // listen and whisper; phone 2004 never registered
            trainer.open("app/monitoring/console.xhtml");
            trainer.patiently().until(ExpectedConditions.visibilityOfElementLocated(stateOf("agent3")));
            Phones.Call call = Phones.callAgent("1003", Duration.ofSeconds(15));
            try {
                trainer.patiently().until(ExpectedConditions.textToBe(stateOf("agent3"), "on call"));
                WebElement line = trainer.driver().findElement(line("agent3"));
                assertThat(line.findElements(By.cssSelector("button"))).extracting(WebElement::getText)
                        .containsExactly("LISTEN", "WHISPER");
                line.findElement(modeButton("LISTEN")).click();
                trainer.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("startDialog")));
                startWith(trainer, "Quality assurance", "");
                WebElement growl = trainer.patiently().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#growl_container .ui-growl-item")));
                assertThat(growl.getText()).containsIgnoringCase("2004").doesNotContain("Exception");
                assertThat(trainer.driver().findElement(SESSIONS).getText()).isBlank();
            } finally {
                call.stopPhones();
            }
        }
        JsonNode denied = Api.json(Api.get("compliance", "audit?actor=trainer&action=MONITOR_START&outcome=DENIED&agent=agent3"));
        assertThat(denied.get("total").asInt()).isPositive();
        assertThat(denied.get("items").get(0).get("purpose").asText()).isEqualTo("QUALITY_ASSURANCE");
    }

    @Test
    void takeoverIsConfirmedFirstAndLeavesNoSwitchOrEndButton() throws Exception {
        try (ConsoleBrowser supervisor = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            supervisor.open("app/monitoring/console.xhtml");
            supervisor.patiently().until(ExpectedConditions.visibilityOfElementLocated(stateOf("agent1")));
            Phones.Call call = Phones.callAgent("1001", Duration.ofSeconds(12));
            Process supervisorPhone = null;
            try {
                supervisor.patiently().until(ExpectedConditions.textToBe(stateOf("agent1"), "on call"));
                supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
                supervisor.driver().findElement(line("agent1")).findElement(modeButton("LISTEN")).click();
                supervisor.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("startDialog")));
                startWith(supervisor, "Escalation", "");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(SESSIONS, "connected"));

                supervisor.driver().findElement(SESSIONS).findElement(modeButton("TAKEOVER")).click();
                supervisor.click("confirmForm:confirmNo");
                assertThat(supervisor.driver().findElement(SESSION_MODE).getText()).as("not confirmed, not taken over").isEqualTo("LISTEN");

                supervisor.driver().findElement(SESSIONS).findElement(modeButton("TAKEOVER")).click();
                supervisor.click("confirmForm:confirmYes");
                supervisor.patiently().until(ExpectedConditions.textToBe(SESSION_MODE, "TAKEOVER"));
                WebElement session = supervisor.driver().findElement(SESSIONS);
                assertThat(session.findElements(By.cssSelector("button"))).as("no switch back, no end").isEmpty();
                assertThat(session.getText()).contains("hang up your phone");

                // The caller hangs up on the supervisor who took the call over: the session ends with the call.
                supervisor.patiently().until(driver -> driver.findElement(SESSIONS).getText().isBlank());
                assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone had the call until the caller hung up").isTrue();
                assertThat(call.wentAsScripted()).as("the agent was released (BYE) and the caller hung up").isTrue();
            } finally {
                call.stopPhones();
                if (supervisorPhone != null) {
                    supervisorPhone.destroyForcibly();
                }
            }
        }
    }

    /** Fills in the open start dialog and starts; the dialog closes once the service accepted or refused. */
    private static void startWith(ConsoleBrowser browser, String purpose, String note) {
        browser.choose("startForm:purpose", purpose);
        browser.type("startForm:note", note);
        browser.click("startForm:start");
        browser.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("startDialog")));
    }

    /** The compliance officer filters the audit viewer by the call and finds start, switch and end; the API agrees. */
    private static void assertAuditedThreeSteps(String callId) throws Exception {
        try (ConsoleBrowser compliance = new ConsoleBrowser()) {
            compliance.logIn("compliance");
            compliance.open("app/admin/audit.xhtml");
            compliance.type("auditForm:callId", callId);
            compliance.click("auditForm:search");
            compliance.patiently().until(driver -> compliance.rows("auditForm:auditTable").size() == 3);
            List<String> rows = compliance.rows("auditForm:auditTable").stream().map(WebElement::getText).toList();
            assertThat(rows.get(2)).contains("sup.billing", "MONITOR_START", "LISTEN", "TRAINING", "agent2");
            assertThat(rows.get(1)).contains("sup.billing", "MONITOR_MODE_CHANGE", "WHISPER");
            assertThat(rows.get(0)).contains("sup.billing", "MONITOR_END");
        }
        // The end carries the mode the session ended in (whisper), so only the start was in listen.
        JsonNode listening = Api.json(Api.get("compliance", "audit?callId=" + callId + "&mode=LISTEN&actor=sup.billing&agent=AGENT2"));
        assertThat(listening.get("total").asInt()).isEqualTo(1);
        assertThat(listening.get("items").get(0).get("action").asText()).isEqualTo("MONITOR_START");
        assertThat(listening.get("items").get(0).get("purpose").asText()).isEqualTo("TRAINING");
        JsonNode whispering = Api.json(Api.get("compliance", "audit?callId=" + callId + "&mode=WHISPER"));
        assertThat(whispering.get("items")).extracting(entry -> entry.get("action").asText())
                .containsExactly("MONITOR_END", "MONITOR_MODE_CHANGE");
    }

    /** The id of the call the agent is on, as the live agents API shows it to the supervisor. */
    private static String callOf(String username) throws Exception {
        JsonNode agents = Api.json(Api.get("sup.billing", "agents/live")).get("items");
        return StreamSupport.stream(agents.spliterator(), false).filter(agent -> agent.get("username").asText().equals(username))
                .map(agent -> agent.get("callId").asText()).findFirst().orElseThrow();
    }

    /** The console's line of an agent (the first cell starts with the username). */
    private static By line(String username) {
        return By.xpath("//tbody[@id='consoleForm:lines_data']/tr[td[1][starts-with(normalize-space(), '" + username + " ')]]");
    }

    private static By stateOf(String username) {
        return By.xpath("//tbody[@id='consoleForm:lines_data']/tr[td[1][starts-with(normalize-space(), '" + username + " ')]]/td[3]");
    }

    private static By modeButton(String label) {
        return By.xpath(".//button[normalize-space()='" + label + "']");
    }
}
