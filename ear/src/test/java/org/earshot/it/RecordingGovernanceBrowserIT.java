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
 * The recording governance page in headless Chromium: compliance puts a call on hold, sees it
 * listed, releases it with a reason, asks for the purge's dry run and erases a caller's recordings;
 * an administrator sees only the keys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingGovernanceBrowserIT extends ConsoleBrowserTest {

    private static final String PAGE = "app/admin/recording-governance.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void complianceHoldsACallAndReleasesItWithAReason() {
        String matter = "Matter " + System.nanoTime();
        console.logIn("compliance");
        console.open(PAGE);

        console.click("holdsForm:newHold");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holdDialog")));
        console.type("holdForm:name", matter);
        console.type("holdForm:reason", "litigation");
        console.click("holdForm:create");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Say what the hold keeps"));

        console.type("holdForm:callId", "call-" + matter.hashCode());
        console.click("holdForm:create");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Hold " + matter + " created"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holdsForm:holdsTable"), matter));

        console.click("holdsForm:holdsTable:0:release");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("releaseDialog")));
        console.type("releaseForm:reason", "settled");
        console.click("releaseForm:confirmRelease");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Hold " + matter + " released"));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("holdsForm:holdsTable"), matter)));
    }

    @Test
    void complianceSeesThePurgesDryRunAndAnErasureReport() {
        console.logIn("compliance");
        console.open(PAGE);

        console.click("purgeForm:preview");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("purgeForm:purgeSummary"), "Would delete"));

        console.type("erasureForm:caller", "+351 000 111 222");
        console.type("erasureForm:reference", "DSR-page");
        console.click("erasureForm:erase");
        console.click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("erasureForm:erasureSummary"),
                "caller +351000111222: 0 recording(s) erased, 0 kept on hold"));
        assertThat(browser.findElements(By.id("keysForm"))).as("the keys are the administrators'").isEmpty();
    }

    @Test
    void anAdministratorSeesOnlyTheKeys() {
        console.logIn("admin");
        console.open(PAGE);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keysForm:primaryKey"), "Primary key"));
        assertThat(browser.findElements(By.id("holdsForm"))).isEmpty();
        assertThat(browser.findElements(By.id("erasureForm"))).isEmpty();
    }
}
