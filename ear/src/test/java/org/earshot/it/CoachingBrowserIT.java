package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Coaching pages in headless Chromium. The trainer reads the demo plan of agent2, its goals charted; then,
 * on a real recorded Billing call of agent3, the trainer starts a
 * plan from the caseload, schedules a session (a two-minute one refused on its input), marks a snippet
 * in the waveform player (an end before the start refused on its input), attaches it, plays it from its
 * start, and holds the session with an agreed action; agent3 opens it from My coaching and acknowledges
 * it with a comment; the trainer sees the acknowledgement and the comment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingBrowserIT extends ConsoleBrowserTest {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theTrainerSchedulesASessionWithASnippetAndTheAgentAcknowledgesIt() throws Exception {
        RecordedBillingCall recorded = RecordedBillingCall.make();

        ActivePlans.endFor(Database.count("SELECT id FROM app_user WHERE username = 'agent3'"));
        console.logIn("trainer");
        console.open("app/coaching/caseload.xhtml");
        // The demo's plan of agent2 counts their acknowledged evaluation: its goals are charted against their targets
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[.//span[normalize-space(.)='agent2']]//a[contains(@id,'openPlan')]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='goalChart'] canvas")));
        assertThat(browser.findElement(By.id("plan")).getText()).contains("Silences and summaries", "% over 1 evaluations");
        console.open("app/coaching/caseload.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//tr[.//span[normalize-space(.)='agent3']]//button[contains(@id,'startPlan')]")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan:agent"), "agent3"));

        console.type("plan:scheduledAt_input", LocalDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.MINUTES).format(MINUTE));
        console.type("plan:durationMinutes", "2");
        console.click("plan:scheduleButton");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "A session lasts 5 to 480 minutes"));
        console.type("plan:durationMinutes", "30");
        console.click("plan:scheduleButton");
        wait.until(ExpectedConditions.urlContains("session.xhtml"));
        String session = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        console.open("app/coaching/session.xhtml?id=" + session + "&recording=" + recorded.id());
        console.awaitPlayer();
        mark("markStart", 4.0);
        mark("markEnd", 1.0);
        console.click("session:attachSnippet");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:endMsMessage"), "The snippet ends after it starts"));
        mark("markStart", 1.0);
        mark("markEnd", 4.0);
        console.click("session:attachSnippet");
        console.growlSays("Attached to the session");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:attachments"), "0:01 – 0:04"));

        console.script("window.recordingPlayer.setCurrentTime(6)");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".play-snippet"))).click();
        wait.until(d -> console.playerTime() >= 1.0 && console.playerTime() < 4.5);

        console.type("session:notes", "Greet first, then verify");
        console.click("session:addAction");
        console.type("session:actions:0:text", "Greet within five seconds");
        console.type("session:actions:0:dueOn_input", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        console.click("session:complete");
        console.growlSays("Session held");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "done"));

        console.click("menuForm:logout");
        console.logIn("agent3");
        console.open("app/coaching/my-coaching.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine:sessions:0:toAcknowledge")));
        console.click("mine:sessions:0:openSession");
        console.awaitPlayer();
        assertThat(browser.findElement(By.id("session:agreed")).getText()).contains("Greet within five seconds");
        console.type("session:comment", "Understood, thank you");
        console.click("session:acknowledgeButton");
        console.growlSays("Session acknowledged");

        console.click("menuForm:logout");
        console.logIn("trainer");
        console.open("app/coaching/session.xhtml?id=" + session);
        wait.until(ExpectedConditions.textToBe(By.id("agentComment"), "Understood, thank you"));
        assertThat(browser.findElement(By.id("acknowledged")).getText()).endsWith("UTC");
    }

    /** Puts the player at the time (seconds) and presses the mark button. */
    private void mark(String button, double seconds) {
        console.script("window.recordingPlayer.setCurrentTime(" + seconds + ")");
        wait.until(d -> Math.abs(console.playerTime() - seconds) < 0.05);
        console.click(button);
    }
}
