package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser (Debian's headless Chromium) against the deployed EAR and
 * its demo organization: site Riverside, teams Billing and Tech Support.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsoleBrowserIT {

    private ConsoleBrowser console;
    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        console = new ConsoleBrowser();
        browser = console.driver();
        wait = console.patiently();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void adminCreatesTeamAndFindsItAuditedInAnIntactChain() {
        String team = "QA Team " + System.nanoTime();
        logIn("admin");
        open("teams");

        click("teamsForm:newTeam");
        dialogOpens("teamDialog");
        type("teamForm:name", team);
        choose("teamForm:siteId", "Riverside");
        click("teamForm:save");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Team " + team + " created"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamsForm:teamsTable"), team));

        open("audit");
        type("auditForm:text", team);
        choose("auditForm:action", "ORG_CREATE");
        click("auditForm:search");
        wait.until(driver -> rows("auditForm:auditTable").size() == 1
                && rows("auditForm:auditTable").get(0).getText().contains("team " + team + " at site Riverside"));
        assertThat(rows("auditForm:auditTable").get(0).getText()).contains("admin", "ORG_CREATE", "SUCCESS");

        click("auditForm:verifyChain");
        WebElement intact = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:chainIntact")));
        assertThat(intact.getText()).startsWith("Chain intact");
        assertThat(intact.getAttribute("class")).contains("intact");
        assertThat(browser.findElements(By.id("auditForm:chainBroken"))).isEmpty();
    }

    @Test
    void supervisorSeesOnlyTheTeamsInScopeAndCannotEditThem() {
        logIn("sup.billing");
        open("teams");

        String table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("teamsForm:teamsTable"))).getText();
        assertThat(table).contains("Billing").doesNotContain("Tech Support");
        assertThat(browser.findElements(By.id("teamsForm:newTeam"))).isEmpty();
    }

    @Test
    void teamNameIsRequiredAndUnique() {
        logIn("admin");
        open("teams");

        click("teamsForm:newTeam");
        dialogOpens("teamDialog");
        click("teamForm:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamForm:nameMessage"), "Enter the team's name"));
        assertThat(browser.findElement(By.id("teamDialog")).isDisplayed()).as("the dialog stays open").isTrue();

        type("teamForm:name", "Billing");
        choose("teamForm:siteId", "Riverside");
        click("teamForm:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamForm:nameMessage"), "already exists"));
        assertThat(browser.findElement(By.id("teamForm:nameMessage")).getText()).contains("A team named Billing already exists");
        assertThat(browser.findElement(By.id("teamDialog")).isDisplayed()).isTrue();
    }

    @Test
    void deletingATeamThatStillHasMembersSaysWhy() {
        logIn("admin");
        open("teams");

        browser.findElement(By.xpath("//tbody[@id='teamsForm:teamsTable_data']/tr[td[1][normalize-space()='Billing']]"
                + "//button[contains(@id, ':delete')]")).click();
        click("confirmForm:confirmYes");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Team Billing still has 4 member(s); move them to another team first"));
        assertThat(browser.findElement(By.id("teamsForm:teamsTable")).getText()).contains("Billing");
    }

    private void logIn(String username) {
        console.logIn(username);
    }

    private void open(String adminPage) {
        console.open("app/admin/" + adminPage + ".xhtml");
    }

    private void click(String id) {
        console.click(id);
    }

    private void type(String id, String text) {
        console.type(id, text);
    }

    private void choose(String menuId, String label) {
        console.choose(menuId, label);
    }

    private void dialogOpens(String dialogId) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialogId)));
    }

    private List<WebElement> rows(String tableId) {
        return console.rows(tableId);
    }
}
