package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.EvaluationPagesBrowserIT.OPENING;
import static org.earshot.it.EvaluationPagesBrowserIT.RESOLUTION;
import static org.earshot.it.EvaluationPagesBrowserIT.answer;
import static org.earshot.it.SupervisorConsole.EVALUATE_DIALOG;
import static org.earshot.it.SupervisorConsole.START_DIALOG;
import static org.earshot.it.SupervisorConsole.at;
import static org.earshot.it.SupervisorConsole.button;
import static org.earshot.it.SupervisorConsole.callOf;
import static org.earshot.it.SupervisorConsole.line;
import static org.earshot.it.SupervisorConsole.pressToOpen;
import static org.earshot.it.SupervisorConsole.sessionOn;
import static org.earshot.it.SupervisorConsole.startWith;
import static org.earshot.it.SupervisorConsole.stateOf;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Evaluate on the supervisor console, in headless Chromium with real phones (sipp): sup.billing listens
 * to agent1's direct call (1001), presses Evaluate on the session, names one of the two forms that fit
 * agent1's team, and lands in a new tab on the form of that call (recorded on demand), which says the
 * call is under way and being recorded; the console, still open, then offers that evaluation rather than
 * a second one. The supervisor answers and saves; when the call ends the page says the recording is
 * ready, and reloaded it plays it beside the saved answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveEvaluationBrowserIT extends ConsoleBrowserTest {

    /** Within the phones' 30 s: the recording starts at once, the supervisor listens and opens the form meanwhile. */
    private static final Duration TALK = Duration.ofSeconds(24);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theSupervisorPressesEvaluateWhileListeningAndLandsOnTheFormOfThatCall() throws Exception {
        long chosen = BillingScorecard.publishForBillingTeam("On the console");
        long other = BillingScorecard.publishForBillingTeam("On the console, other");
        Process supervisorPhone = null;
        Phones.Call call = null;
        try {
            console.logIn("sup.billing");
            console.open("app/monitoring/console.xhtml");
            wait.until(ExpectedConditions.visibilityOfElementLocated(stateOf("agent1")));
            supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
            call = Phones.callAgent("1001", TALK);
            wait.until(ExpectedConditions.textToBe(stateOf("agent1"), "on call"));
            String callId = callOf("agent1");
            HttpResponse<String> recorded = Api.post("sup.billing", "calls/" + callId + "/recording", "");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(at(line("agent1")), "recorded"));
            pressToOpen(console, button(line("agent1"), "LISTEN"), START_DIALOG);
            startWith(console, "Quality assurance", "");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(at(sessionOn("Ana Alves")), "connected"));

            pressToOpen(console, button(sessionOn("Ana Alves"), "Evaluate"), EVALUATE_DIALOG);
            assertThat(browser.findElement(By.id("evaluateForm:evaluateWhat")).getText()).contains("Ana Alves's call");
            new Select(browser.findElement(By.id("evaluateForm:scorecard"))).selectByValue(String.valueOf(chosen));
            String consoleTab = browser.getWindowHandle();
            console.click("evaluateForm:open");
            wait.until(ExpectedConditions.numberOfWindowsToBe(2));
            String evaluationTab = browser.getWindowHandles().stream().filter(h -> !h.equals(consoleTab)).findFirst().orElseThrow();
            browser.switchTo().window(evaluationTab);
            wait.until(ExpectedConditions.urlContains("evaluation.xhtml?id="));
            String evaluationUrl = browser.getCurrentUrl();
            long id = Long.parseLong(evaluationUrl.substring(evaluationUrl.indexOf("id=") + 3));
            assertThat(browser.findElement(By.id("agent")).getText()).isEqualTo("agent1");
            assertThat(browser.findElement(By.id("evaluator")).getText()).isEqualTo("sup.billing");
            assertThat(browser.findElement(By.id("formName")).getText()).startsWith("On the console ").doesNotContain("other");
            assertThat(browser.findElement(By.id("facts")).getText()).contains(callId).contains("started while listening live");
            assertThat(browser.findElement(By.id("liveCall:notice")).getText())
                    .isEqualTo("The call is under way and being recorded: its recording can be played here once the call ends.");

            browser.switchTo().window(consoleTab);
            browser.navigate().refresh();
            By opened = By.xpath(sessionOn("Ana Alves") + "//a[normalize-space()='Open the evaluation']");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(opened)).getAttribute("href"))
                    .as("the evaluation made from the session, not a new one").endsWith("id=" + id);
            assertThat(browser.findElements(button(sessionOn("Ana Alves"), "Evaluate"))).isEmpty();

            browser.switchTo().window(evaluationTab);
            answer(console, OPENING + "0:answer", "YES");
            answer(console, OPENING + "1:answer", "YES");
            answer(console, RESOLUTION + "0:answer", "resolved");
            wait.until(ExpectedConditions.textToBe(By.id("evaluation:total"), "100.00"));
            console.click("evaluation:save");
            console.growlSays("Draft saved");

            assertThat(call.wentAsScripted()).as("the caller hung up after talking").isTrue();
            console.click("liveCall:reload");
            console.awaitPlayer();
            assertThat(browser.findElements(By.id("liveCall:notice"))).as("the player instead").isEmpty();
            assertThat(browser.findElement(By.id("evaluation:total")).getText()).as("the answers saved while listening").isEqualTo("100.00");
        } finally {
            if (call != null) {
                call.stopPhones();
            }
            if (supervisorPhone != null) {
                supervisorPhone.destroyForcibly();
            }
            BillingScorecard.retire(chosen);
            BillingScorecard.retire(other);
        }
    }
}
