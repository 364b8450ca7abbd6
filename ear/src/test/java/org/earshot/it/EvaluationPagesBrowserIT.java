package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluation story in headless Chromium, on a real recorded Billing call of agent1: qa imports a
 * form on the designer's page, publishes it and assigns it to the Billing queue, then starts the evaluation from the recording page, sees the server
 * refuse a submission with unanswered questions on those questions, answers them (a conditional
 * question appears only while its condition holds, N/A offered where allowed; the explanation follows), pins a comment to the player's time (clicking it takes the player back there) and submits;
 * agent1 finds it among their evaluations and disputes one question; qa, its evaluator, is refused the
 * resolution with the service's reason; the Billing supervisor re-scores it from the disputes list, a
 * new revision beside the kept first one; and the audit viewer tells the story.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationPagesBrowserIT extends ConsoleBrowserTest {

    private static final double SEEK_TOLERANCE_SECONDS = 0.1;
    /** Where the questions of {@link BillingScorecard}'s two sections are on the evaluation page. */
    static final String OPENING = "evaluation:sections:0:questions:";
    static final String RESOLUTION = "evaluation:sections:1:questions:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void qaEvaluatesAgent1DisputesAndTheBillingSupervisorReScores() throws Exception {
        RecordedBillingCall recorded = RecordedBillingCall.make("agent1", "1001");

        console.logIn("qa");
        long scorecard = publishedInTheDesigner();
        console.open("app/recordings/recording.xhtml?id=" + recorded.id());
        // Several published forms may fit the Billing queue's calls: qa names theirs.
        if (!browser.findElements(By.id("evaluateCall:scorecard")).isEmpty()) {
            new Select(browser.findElement(By.id("evaluateCall:scorecard"))).selectByValue(String.valueOf(scorecard));
        }
        console.click("evaluateCall:start");
        wait.until(ExpectedConditions.urlContains("evaluation.xhtml?id="));
        String evaluation = browser.getCurrentUrl();
        long id = Long.parseLong(evaluation.substring(evaluation.indexOf("id=") + 3));
        console.awaitPlayer();

        console.click("evaluation:submit");
        console.click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(RESOLUTION + "0:answerMessage"), "Answer this question"));
        assertThat(browser.findElement(By.id("state")).getText()).as("nothing submitted").isEqualTo("draft");

        // The apology is asked only when the greeting was late, and may be N/A.
        answer(OPENING + "0:answer", "NO");
        WebElement apology = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(OPENING + "2:answer")));
        assertThat(new Select(apology).getOptions()).extracting(WebElement::getText).containsExactly("unanswered", "YES", "NO", "N/A");
        assertThat(browser.findElement(By.id(OPENING + "2:help")).getText()).contains("Asked only when the greeting was late");
        answer(OPENING + "0:answer", "YES");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(OPENING + "2:answer")));
        answer(OPENING + "1:answer", "YES");
        answer(RESOLUTION + "0:answer", "partly");
        // opening 1 (weight 1), resolution partly 0.5 (weight 3): (1 + 1.5) / 4
        wait.until(ExpectedConditions.textToBe(By.id("evaluation:total"), "62.50"));
        assertThat(browser.findElement(By.id(RESOLUTION + "0:why")).getText()).as("its contribution").startsWith("scored, 37.50 of 75.00");

        console.script("window.recordingPlayer.setCurrentTime(3)");
        console.type("comments:text", "Long silence before the outcome");
        console.click("comments:addComment");
        console.growlSays("Comment added");
        WebElement comment = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commentList .pinned-comment")));
        assertThat(Long.parseLong(comment.getAttribute("data-offset-ms"))).isBetween(2900L, 3100L);
        console.script("window.recordingPlayer.setCurrentTime(0)");
        comment.findElement(By.className("comment-text")).click();
        assertThat(console.playerTime()).as("the comment took the player to its time").isCloseTo(3.0, within(SEEK_TOLERANCE_SECONDS));

        console.click("evaluation:submit");
        console.click("confirmForm:confirmYes");
        console.growlSays("Evaluation submitted with score 62.50");
        wait.until(ExpectedConditions.textToBe(By.id("state"), "submitted"));

        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.logIn("agent1");
            assertThat(agent.driver().findElements(By.cssSelector("[id$='myEvaluationsLink']"))).isNotEmpty();
            agent.open("app/quality/my-evaluations.xhtml");
            agent.patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='evaluation.xhtml?id=" + id + "']"))).click();
            agent.patiently().until(ExpectedConditions.textToBe(By.id("evaluation:total"), "62.50"));
            assertThat(agent.driver().findElement(By.id("commentList")).getText()).contains("Long silence before the outcome");
            agent.awaitPlayer();
            agent.type("evaluation:reason", "The caller's issue was resolved on this call");
            agent.driver().findElement(By.cssSelector("input[name='evaluation:questionKeys'][value='outcome']")).click();
            agent.click("evaluation:dispute");
            agent.growlSays("Evaluation disputed");
            agent.patiently().until(ExpectedConditions.textToBe(By.id("state"), "disputed"));
        }

        console.open("app/quality/evaluation.xhtml?id=" + id);
        console.type("evaluation:note", "I stand by my evaluation");
        console.click("evaluation:uphold");
        console.growlSays("Not allowed");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("disputed");

        try (ConsoleBrowser reviewer = new ConsoleBrowser()) {
            reviewer.logIn("sup.billing");
            reviewer.open("app/quality/disputes.xhtml");
            reviewer.patiently().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='evaluation.xhtml?id=" + id + "']"))).click();
            reviewer.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation:reviewActions")));
            answer(reviewer, RESOLUTION + "0:answer", "resolved");
            reviewer.patiently().until(ExpectedConditions.textToBe(By.id("evaluation:total"), "100.00"));
            reviewer.type("evaluation:note", "The call shows it was resolved");
            reviewer.click("evaluation:reScore");
            reviewer.growlSays("Re-scored: revision 2 scores 100.00");
            reviewer.patiently().until(driver -> reviewer.rows("evaluation:revisionsTable").size() == 2);
            reviewer.click("evaluation:revisionsTable:0:show");
            reviewer.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:revisionShown"), "Revision 1"));
            assertThat(reviewer.driver().findElement(By.id("evaluation:total")).getText()).as("the old revision kept").isEqualTo("62.50");
        }

        try (ConsoleBrowser admin = new ConsoleBrowser()) {
            admin.logIn("admin");
            admin.open("app/admin/audit.xhtml");
            admin.type("auditForm:targetType", "Evaluation");
            admin.type("auditForm:targetId", String.valueOf(id));
            admin.click("auditForm:search");
            admin.patiently().until(driver -> admin.rows("auditForm:auditTable").size() == 8);
            assertThat(story(admin)).containsExactly("qa EVALUATION_START SUCCESS", "qa EVALUATION_ANSWERS_SAVE SUCCESS",
                    "qa EVALUATION_COMMENT_ADD SUCCESS", "qa EVALUATION_ANSWERS_SAVE SUCCESS", "qa EVALUATION_SUBMIT SUCCESS",
                    "agent1 EVALUATION_DISPUTE SUCCESS", "qa EVALUATION_RESOLVE DENIED", "sup.billing EVALUATION_RESOLVE SUCCESS");
        }
    }

    /** Answers a question of the evaluation and waits for the page to re-render with the new explanation. */
    private void answer(String selectId, String value) {
        answer(console, selectId, value);
    }

    /**
     * qa imports the story's form on the designer's page (Quality → Evaluation forms), publishes it and
     * assigns it to the Billing queue; its id.
     */
    private long publishedInTheDesigner() throws IOException {
        String name = "Evaluated call " + UUID.randomUUID();
        new Actions(browser).moveToElement(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class,'ui-menuitem-link')][normalize-space(.)='Quality']")))).perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='formsLink']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='importForm'] input[type='file']")))
                .sendKeys(BillingScorecard.formFile(name).toAbsolutePath().toString());
        console.click("importForm:import");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:versionState"), "Version 1: draft"));
        console.click("editor:publish");
        console.click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:versionState"), "Version 1: published"));

        console.click("assignment:queueIds");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='assignment:queueIds_panel']"
                + "//li[normalize-space(.)='Billing (6001)']//div[contains(@class,'ui-chkbox-box')]"))).click();
        console.click("assignment:assign");
        console.growlSays("\"" + name + "\" assigned");
        String editor = browser.getCurrentUrl();
        return Long.parseLong(editor.substring(editor.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    }

    /** Answers a question of the evaluation in that browser and waits for the page to re-render. */
    static void answer(ConsoleBrowser browser, String selectId, String value) {
        WebElement select = browser.patiently().until(ExpectedConditions.elementToBeClickable(By.id(selectId)));
        if (!value.equals(new Select(select).getFirstSelectedOption().getAttribute("value"))) {
            new Select(select).selectByValue(value);
            browser.patiently().until(ExpectedConditions.stalenessOf(select));
        }
    }

    /** The audit viewer's rows, oldest first: actor, action (without its capability), outcome. */
    private static List<String> story(ConsoleBrowser admin) {
        List<String> story = new ArrayList<>();
        for (WebElement row : admin.rows("auditForm:auditTable")) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            story.add(0, cells.get(2).getText() + " " + cells.get(3).getText().replace("evaluation.", "") + " " + cells.get(4).getText());
        }
        return story;
    }
}
