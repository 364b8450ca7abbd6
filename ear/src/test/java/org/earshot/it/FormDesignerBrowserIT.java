package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The form designer in headless Chromium: {@code qa} opens Quality → Forms, designs a form with a
 * critical yes/no question, sees a bad weight refused on its input, previews an auto-fail, publishes,
 * starts a new draft, changes a question and sees the diff; an agent is offered no such page and is
 * refused by the service. The preview scores the form as it is on the page: a weight changed and a question
 * added without saving change the score and its explanation, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormDesignerBrowserIT extends ConsoleBrowserTest {

    private static final String QUESTION = "editor:sections:0:questions:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void qaDesignsPreviewsPublishesAndRevisesAForm() {
        String name = "Refund calls " + System.nanoTime();
        console.logIn("qa");
        new Actions(browser).moveToElement(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class,'ui-menuitem-link')][normalize-space(.)='Quality']")))).perform();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='formsLink']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Evaluation forms"));

        console.type("createForm:name", name);
        console.click("createForm:create");
        versionIs("Version 1: draft");

        console.click("editor:addSection");
        console.type("editor:sections:0:title", "Opening");
        console.type("editor:sections:0:key", "opening");
        console.click("editor:sections:0:addQuestion");
        console.type(QUESTION + "0:text", "Did the agent verify the caller?");
        console.type(QUESTION + "0:key", "verified");
        console.chooseAndWait(QUESTION + "0:critical", "FORM", QUESTION + "0:failingAnswer");
        new Select(browser.findElement(By.id(QUESTION + "0:failingAnswer"))).selectByValue("NO");
        console.click("editor:sections:0:addQuestion");
        console.type(QUESTION + "1:text", "Was the agent polite?");
        console.type(QUESTION + "1:key", "polite");
        console.type(QUESTION + "1:weight", "-2");
        WebElement weight = browser.findElement(By.id(QUESTION + "1:weight"));
        console.click("editor:save");
        // The preview names the fault as soon as the weight is left; the save's answer re-renders the editor after it.
        wait.until(ExpectedConditions.stalenessOf(weight));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(QUESTION + "1:weightMessage"), "must have a minimum value of 0"));
        assertThat(browser.findElement(By.id(QUESTION + "0:weightMessage")).getText()).isEmpty();

        console.type(QUESTION + "1:weight", "2");
        console.click("editor:save");
        console.growlSays("Draft 1 saved");

        console.chooseAndWait("preview:answers:0:answer", "NO", "preview:autoFail");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:autoFail"), "Auto-fail: the score is 0"));
        console.chooseAndWait("preview:answers:1:answer", "YES", "preview:answers:1:why");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:report"), "fails the whole evaluation"));

        console.click("editor:publish");
        console.click("confirmForm:confirmYes");
        versionIs("Version 1: published");

        console.click("editor:startDraft");
        versionIs("Version 2: draft");
        console.type(QUESTION + "1:text", "Was the agent courteous?");
        console.click("editor:save");
        console.growlSays("Draft 2 saved");

        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("history:from")))).selectByValue("1");
        new Select(browser.findElement(By.id("history:to"))).selectByValue("2");
        console.click("history:compare");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:diff"), "Was the agent courteous?"));
        assertThat(browser.findElement(By.id("history:diff")).getText()).contains("changed", "polite", "Was the agent polite?");
    }

    @Test
    void qaImportsAFormFileAndSeesEachFaultWithItsPath() throws IOException {
        String name = "Imported " + System.nanoTime();
        console.logIn("qa");
        console.open("app/quality/forms.xhtml");

        importFile(name, -1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:importProblems"),
                "sections/0/questions/0/weight: must have a minimum value of 0"));

        importFile(name, 1);
        versionIs("Version 1: draft");
        assertThat(browser.findElement(By.id("editor:name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id(QUESTION + "0:text")).getAttribute("value")).isEqualTo("Did the agent greet the caller?");
    }

    @Test
    void thePreviewScoresTheFormAsEditedAndSavesNothing() throws IOException {
        console.logIn("qa");
        console.open("app/quality/forms.xhtml");
        importFile("Edited " + System.nanoTime(), """
                [{"key": "greeting", "type": "YES_NO", "text": "Did the agent greet the caller?", "weight": 1},
                 {"key": "polite", "type": "YES_NO", "text": "Was the agent polite?", "weight": 1}]""");
        versionIs("Version 1: draft");
        String savedWeight = browser.findElement(By.id(QUESTION + "0:weight")).getAttribute("value");
        console.chooseAndWait("preview:answers:0:answer", "YES", "preview:answers:0:why");
        console.chooseAndWait("preview:answers:1:answer", "NO", "preview:total");
        totalIs("50.00");
        String greetingBefore = browser.findElement(By.id("preview:answers:0:why")).getText();

        console.type(QUESTION + "0:weight", "3");
        browser.findElement(By.id(QUESTION + "0:weight")).sendKeys(Keys.TAB);
        totalIs("75.00");
        assertThat(browser.findElement(By.id("preview:answers:0:why")).getText()).isNotEqualTo(greetingBefore).contains("75.00 of 75.00");

        console.click("editor:sections:0:addQuestion");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview:faulty")));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id(QUESTION + "2:textMessage"), "")));
        assertThat(browser.findElements(By.id("preview:total"))).isEmpty();
        console.type(QUESTION + "2:text", "Did the agent summarise the call?");
        console.type(QUESTION + "2:key", "summary");
        browser.findElement(By.id(QUESTION + "2:key")).sendKeys(Keys.TAB);
        console.chooseAndWait("preview:answers:2:answer", "YES", "preview:answers:2:why");
        totalIs("80.00");
        assertThat(browser.findElement(By.id(QUESTION + "2:textMessage")).getText()).isEmpty();

        browser.navigate().refresh();
        versionIs("Version 1: draft");
        assertThat(browser.findElement(By.id(QUESTION + "0:weight")).getAttribute("value")).isEqualTo(savedWeight);
        assertThat(browser.findElements(By.id(QUESTION + "2:text"))).isEmpty();
        assertThat(browser.findElements(By.id("preview:answers:2:answer"))).isEmpty();
    }

    @Test
    void anAgentIsOfferedNoFormsAndIsRefused() {
        console.logIn("agent1");
        assertThat(browser.findElements(By.cssSelector("[id$='formsLink']"))).isEmpty();
        console.open("app/quality/forms.xhtml");
        console.growlSays("Not allowed");
    }

    private void importFile(String name, int weight) throws IOException {
        importFile(name, """
                [{"key": "greeting", "type": "YES_NO", "text": "Did the agent greet the caller?", "weight": %d}]""".formatted(weight));
    }

    private void importFile(String name, String questions) throws IOException {
        Path file = Files.createTempFile("form", ".json");
        Files.writeString(file, """
                {"format": "earshot.scorecard.v1", "name": "%s", "sections": [{"key": "opening", "title": "Opening", "weight": 1,
                  "questions": %s}]}
                """.formatted(name, questions));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='importForm'] input[type='file']"))).sendKeys(file.toAbsolutePath().toString());
        console.click("importForm:import");
    }

    private void totalIs(String total) {
        wait.until(ExpectedConditions.textToBe(By.id("preview:total"), total));
    }

    private void versionIs(String state) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:versionState"), state));
    }
}
