package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Calibration pages in headless Chromium. qa scores a session blind (the server scores the sheet; no
 * report until it closes); sup.billing, who leads it and scores in it, is not shown the report either
 * until closing it early, which flags it partial; then qa reads the report. And the demo's closed
 * sessions show their numbers and each evaluator's drift. A lead opens a session from a recording's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalibrationBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void qaScoresBlindAndReadsTheReportOnceTheLeadClosesTheSession() throws Exception {
        long scorecard = BillingScorecard.publish(CalibrationIT.FORM, "Calibrated in the browser");
        UUID recording = RecordedCallRows.billingCall("agent2");
        String title = "Browser calibration " + System.nanoTime();
        HttpResponse<String> created = post("sup.billing", "calibrations", CalibrationIT.session(recording, scorecard,
                CalibrationIT.userId("qa.lead"), List.of(CalibrationIT.userId("qa"), CalibrationIT.userId("sup.billing")), "")
                .replace("Week 49", title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        CalibrationIT.score("qa.lead", "calibrations/" + id, "YES", "YES", "4");

        console.logIn("qa");
        new Actions(browser).moveToElement(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class,'ui-menuitem-link')][normalize-space(.)='Quality']")))).perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='calibrationsLink']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionTitle"), title));

        answer(0, "YES");
        answer(1, "YES");
        answer(2, "5");
        console.click("sheet:save");
        growlSays("Saved: score 100.00");
        console.click("sheet:submit");
        console.click("confirmForm:confirmYes");
        growlSays("Submitted with score 100.00");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("blind"), "the report is shown when the session closes"));
        assertThat(browser.findElements(By.id("report"))).isEmpty();

        switchTo("sup.billing", id);
        assertThat(browser.findElements(By.id("report"))).as("the lead scores here and has not submitted").isEmpty();
        console.click("header:close");
        console.click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("partial"), "Not submitted: sup.billing"));

        switchTo("qa", id);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referenceScore"), "87.50"));
        assertThat(browser.findElement(By.id("header:state")).getText()).isEqualTo("closed");
        assertThat(browser.findElement(By.id("sheets")).getText()).contains("100.00", "+12.50, 1 of 3 answers differ", "lenient");
        assertThat(browser.findElement(By.id("kappa")).getText()).as("one evaluator: no pair agrees or disagrees").isEqualTo("undefined");
    }

    @Test
    void aLeadOpensASessionFromTheRecordingsPage() throws Exception {
        String recording = RecordedBillingCall.make().id(); // agent3's
        String title = "From the recording " + System.nanoTime();
        console.logIn("qa.lead");
        console.open("app/recordings/recording.xhtml?id=" + recording);
        console.click("calibrate");

        wait.until(ExpectedConditions.attributeToBe(By.id("createForm:recordingId"), "value", recording));
        console.type("createForm:title", title);
        // other tests assign forms of their own to Billing: name the demo's
        Select form = new Select(browser.findElement(By.id("createForm:scorecardId")));
        form.getOptions().stream().filter(option -> option.getText().startsWith("Customer service call")).findFirst().orElseThrow().click();
        Select reference = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("createForm:referenceId"))));
        assertThat(reference.getOptions()).extracting(o -> o.getText()).as("invited from the call's scope, not its agent")
                .anyMatch(label -> label.endsWith("(qa)")).noneMatch(label -> label.endsWith("(agent3)"));
        reference.selectByValue(Long.toString(CalibrationIT.userId("qa")));
        console.click("createForm:evaluatorIds");
        for (String evaluator : List.of("qa.lead", "sup.billing")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='createForm:evaluatorIds_panel']"
                    + "//li[contains(normalize-space(.),'(" + evaluator + ")')]//div[contains(@class,'ui-chkbox-box')]"))).click();
        }
        console.click("createForm:create");

        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("calibration.xhtml?id="),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^='createForm'] .ui-message-error, .ui-messages-error"))));
        String refused = browser.getCurrentUrl().contains("calibration.xhtml?id=") ? "" : browser.findElement(By.id("createForm")).getText();
        assertThat(refused).as("what the form said").isEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessionTitle"), title));
    }

    @Test
    void theDemosClosedSessionsShowTheirNumbersAndEachEvaluatorsDrift() {
        console.logIn("qa.lead");
        console.open("app/quality/calibrations.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Calibration: a refund on hold"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("questions")));
        assertThat(browser.findElements(By.id("partial"))).isEmpty();
        assertThat(browser.findElement(By.id("questions")).getText()).contains("holdEtiquette", "NO 1 · YES 1");
        assertThat(browser.findElement(By.id("trends")).getText()).contains("qa", "sup.billing", "lenient", "strict");
        assertThat(browser.findElement(By.id("variance")).getText()).isNotEqualTo("–");
    }

    /** Picks the answer to the sheet's question at that position. */
    private void answer(int question, String value) {
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("sheet:questions:" + question + ":answer")))).selectByValue(value);
    }

    private void switchTo(String username, long session) {
        console.click("menuForm:logout");
        console.logIn(username);
        console.open("app/quality/calibration.xhtml?id=" + session);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionTitle")));
    }

    private void growlSays(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }
}
