package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.SupervisorConsole.START_DIALOG;
import static org.earshot.it.SupervisorConsole.at;
import static org.earshot.it.SupervisorConsole.button;
import static org.earshot.it.SupervisorConsole.callOf;
import static org.earshot.it.SupervisorConsole.line;
import static org.earshot.it.SupervisorConsole.modeOf;
import static org.earshot.it.SupervisorConsole.press;
import static org.earshot.it.SupervisorConsole.pressToOpen;
import static org.earshot.it.SupervisorConsole.sessionOn;
import static org.earshot.it.SupervisorConsole.startWith;
import static org.earshot.it.SupervisorConsole.stateOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
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
            supervisor.patiently().until(ExpectedConditions.visibilityOfElementLocated(stateOf("agent2")));
            agent.logIn("agent2");
            agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("statusForm:myStatus")));
            assertThat(agent.driver().findElements(INDICATOR)).as("no indicator before monitoring").isEmpty();
            JavascriptExecutor page = (JavascriptExecutor) supervisor.driver();
            page.executeScript("window.earshotNotReloaded = true");

            Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(20));
            Process supervisorPhone = null;
            try {
                supervisor.patiently().until(ExpectedConditions.textToBe(stateOf("agent2"), "on call"));
                String callId = callOf("agent2");
                assertThat(supervisor.driver().findElement(at(line("agent2"))).getText()).contains("caller");

                pressToOpen(supervisor, button(line("agent2"), "LISTEN"), START_DIALOG);
                supervisor.click("startForm:start");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("startForm:purposeMessage"),
                        "Choose the business purpose"));
                assertThat(supervisor.driver().findElements(at(sessionOn("Bruno Brito")))).as("nothing started without a purpose").isEmpty();

                supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
                startWith(supervisor, "Training", "new starter, first week");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(at(sessionOn("Bruno Brito")), "connected"));
                supervisor.patiently().until(ExpectedConditions.textToBe(modeOf("Bruno Brito"), "LISTEN"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(at(sessionOn("Bruno Brito")), "Training"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(at(line("agent2")), "monitored (1)"));
                agent.patiently().until(ExpectedConditions.visibilityOfElementLocated(INDICATOR));
                assertThat(agent.driver().findElement(INDICATOR).getText()).contains("This call is being monitored")
                        .doesNotContain("sup.billing");
                assertThat(agent.driver().findElement(By.id("statusForm:presence")).getText())
                        .as("agent2 took a direct call, logged in to no queue").isEqualTo("on call");

                press(supervisor, button(sessionOn("Bruno Brito"), "WHISPER"));
                supervisor.patiently().until(ExpectedConditions.textToBe(modeOf("Bruno Brito"), "WHISPER"));
                agent.patiently().until(ExpectedConditions.textToBePresentInElementLocated(INDICATOR, "whisper"));

                press(supervisor, button(sessionOn("Bruno Brito"), "End"));
                supervisor.patiently().until(ExpectedConditions.invisibilityOfElementLocated(at(sessionOn("Bruno Brito"))));
                assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone answered and got Earshot's BYE").isTrue();
                agent.patiently().until(ExpectedConditions.invisibilityOfElementLocated(INDICATOR));
                assertThat(page.executeScript("return window.earshotNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);

                assertAuditedThreeSteps(callId);
                assertThat(call.wentAsScripted()).as("monitoring left the call itself alone").isTrue();
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
            Phones.Call call = Phones.callAgent("1003", Duration.ofSeconds(12));
            try {
                trainer.patiently().until(ExpectedConditions.textToBe(stateOf("agent3"), "on call"));
                trainer.patiently().until(driver -> driver.findElement(at(line("agent3"))).findElements(By.cssSelector("button"))
                        .stream().map(WebElement::getText).toList().equals(List.of("LISTEN", "WHISPER")));
                pressToOpen(trainer, button(line("agent3"), "LISTEN"), START_DIALOG);
                startWith(trainer, "Quality assurance", "");
                WebElement growl = trainer.patiently().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#growl_container .ui-growl-item")));
                assertThat(growl.getText()).containsIgnoringCase("2004").doesNotContain("Exception");
                assertThat(trainer.driver().findElements(at(sessionOn("Carla Costa")))).isEmpty();
                assertThat(call.wentAsScripted()).isTrue();
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
                pressToOpen(supervisor, button(line("agent1"), "LISTEN"), START_DIALOG);
                startWith(supervisor, "Escalation", "");
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(at(sessionOn("Ana Alves")), "connected"));

                pressToOpen(supervisor, button(sessionOn("Ana Alves"), "TAKEOVER"), By.id("confirmForm:confirmNo"));
                supervisor.click("confirmForm:confirmNo");
                supervisor.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmForm:confirmNo")));
                supervisor.patiently().until(ExpectedConditions.textToBe(modeOf("Ana Alves"), "LISTEN")); // not confirmed, not taken over

                pressToOpen(supervisor, button(sessionOn("Ana Alves"), "TAKEOVER"), By.id("confirmForm:confirmYes"));
                supervisor.click("confirmForm:confirmYes");
                supervisor.patiently().until(ExpectedConditions.textToBe(modeOf("Ana Alves"), "TAKEOVER"));
                // No switch back, no end: the supervisor has the call.
                supervisor.patiently().until(driver -> driver.findElement(at(sessionOn("Ana Alves"))).findElements(By.cssSelector("button"))
                        .isEmpty());
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(at(sessionOn("Ana Alves")),
                        "hang up your phone"));

                // The caller hangs up on the supervisor who took the call over: the session ends with the call.
                supervisor.patiently().until(ExpectedConditions.invisibilityOfElementLocated(at(sessionOn("Ana Alves"))));
                assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor had the call until the caller hung up").isTrue();
                assertThat(call.wentAsScripted()).as("the agent was released (BYE) and the caller hung up").isTrue();
            } finally {
                call.stopPhones();
                if (supervisorPhone != null) {
                    supervisorPhone.destroyForcibly();
                }
            }
        }
    }

    /**
     * The compliance officer filters the audit viewer by the call and finds start, switch and end; the
     * API agrees, and says each came from the console.
     */
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
        assertThat(listening.get("items").get(0).get("action").asText()).isEqualTo("monitoring.MONITOR_START");
        assertThat(listening.get("items").get(0).get("purpose").asText()).isEqualTo("TRAINING");
        JsonNode whispering = Api.json(Api.get("compliance", "audit?callId=" + callId + "&mode=WHISPER"));
        assertThat(whispering.get("items")).extracting(entry -> entry.get("action").asText())
                .containsExactly("monitoring.MONITOR_END", "monitoring.MONITOR_MODE_CHANGE");
        JsonNode byName = Api.json(Api.get("compliance", "audit?callId=" + callId + "&action=MONITOR_END"));
        assertThat(byName.get("items")).extracting(entry -> entry.get("action").asText()).containsExactly("monitoring.MONITOR_END");
        JsonNode story = Api.json(Api.get("compliance", "audit?callId=" + callId + "&actor=sup.billing"));
        assertThat(story.get("items")).as("each click is audited as made on the console").hasSize(3)
                .allSatisfy(entry -> {
                    assertThat(entry.get("detail").asText()).contains("via CONSOLE");
                    assertThat(entry.get("details").get("channel").asText()).isEqualTo("CONSOLE");
                });
    }
}
