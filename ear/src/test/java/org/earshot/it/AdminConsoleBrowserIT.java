package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin console in a real browser (Debian's headless Chromium) against the deployed EAR and
 * its demo organization: site Riverside, teams Billing and Tech Support, queues Billing and Support
 * announcing that calls may be monitored or recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsoleBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
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

        // A laptop-sized window, where the trail's many columns compete for room.
        browser.manage().window().setSize(new Dimension(1024, 768));
        open("audit");
        type("auditForm:text", team);
        choose("auditForm:action", "organization.ORG_CREATE");
        click("auditForm:search");
        wait.until(driver -> rows("auditForm:auditTable").size() == 1
                && rows("auditForm:auditTable").get(0).getText().contains("team " + team + " at site Riverside"));
        assertThat(rows("auditForm:auditTable").get(0).getText()).contains("admin", "organization.ORG_CREATE", "SUCCESS");
        assertActionsShownWhole();

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
    void readersOfTheQueuesListAreNeitherRefusedNorAuditedAsDenied() throws SQLException {
        for (String reader : List.of("sup.billing", "qa")) {
            Instant opened = Instant.now();
            logIn(reader);
            open("queues");

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queuesForm:queuesTable")));
            assertThat(browser.findElement(By.id("growl_container")).getText()).as(reader + "'s messages").doesNotContain("Not allowed");
            assertThat(browser.findElements(By.id("policyForm"))).as("the policy editor is for administrators").isEmpty();
            assertThat(deniedAccessesSince(reader, opened)).as(reader + "'s denied accesses").isZero();
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void teamNameIsRequiredAndUnique() {
        logIn("admin");
        open("teams");

        click("teamsForm:newTeam");
        dialogOpens("teamDialog");
        click("teamForm:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamForm:nameMessage"), "Team name is required"));
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

    @Test
    void adminChangesAQueuesMonitoringPolicyAndTheAuditSaysWhatChanged() {
        logIn("admin");
        open("queues");
        editSupportPolicy();
        wait.until(ExpectedConditions.textToBe(By.id("policyForm:announcementPrompt_label"), "This call may be monitored or recorded"));
        choose("policyForm:agentNotice", "NONE");
        click("policyForm:bargeTone");
        click("policyForm:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                "Monitoring policy of queue Support saved"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("policyDialog")));
        editSupportPolicy(); // and back as the demo has it, for the tests that call Support
        wait.until(ExpectedConditions.textToBe(By.id("policyForm:agentNotice_label"), "NONE"));
        choose("policyForm:agentNotice", "TONE");
        click("policyForm:bargeTone");
        click("policyForm:save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("policyDialog")));

        open("audit");
        type("auditForm:text", "queue Support monitoring policy");
        choose("auditForm:action", "organization.ORG_UPDATE");
        click("auditForm:search");
        // the unfiltered trail shows first; the search's rows (the change and the change back) replace it
        List<String> found = wait.until(driver -> {
            List<String> shown = rows("auditForm:auditTable").stream().map(WebElement::getText).toList();
            return shown.size() >= 2 && shown.stream().allMatch(row -> row.contains("organization.ORG_UPDATE")) ? shown : null;
        });
        assertActionsShownWhole();
        assertThat(found).anySatisfy(row -> assertThat(row).contains("admin", "queue Support monitoring policy: agent notice: TONE -> NONE",
                "barge tone: on -> off"));
    }

    /** Every action in the trail's table is shown to its last letter, not cut by its column. */
    private void assertActionsShownWhole() {
        List<WebElement> actions = browser.findElements(By.cssSelector("[id='auditForm:auditTable_data'] td.audit-action"));
        assertThat(actions).isNotEmpty().allSatisfy(cell -> {
            Number hidden = (Number) ((JavascriptExecutor) browser).executeScript(
                    "const cell = arguments[0]; return cell.scrollWidth - cell.clientWidth;", cell);
            assertThat(hidden.intValue()).as("pixels of %s cut off", cell.getText()).isLessThanOrEqualTo(0);
            assertThat(cell.getText()).matches("[a-z]+\\.[A-Z_]+");
        });
    }

    private void editSupportPolicy() {
        wait.until(driver -> rows("queuesForm:queuesTable").stream().anyMatch(row -> row.getText().startsWith("Support")));
        rows("queuesForm:queuesTable").stream().filter(row -> row.getText().startsWith("Support")).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[id$=':policy']")).click();
        dialogOpens("policyDialog");
    }

    @Test
    void uploadedPromptIsCheckedListedAndDeletableOnlyWhenNoQueuePlaysIt() throws IOException {
        logIn("admin");
        open("queues");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("promptsForm:promptsTable"),
                "This call may be monitored or recorded"));
        assertThat(promptRow("This call may be monitored or recorded").findElement(By.cssSelector("button[id$=':deletePrompt']"))
                .isEnabled()).as("the demo queues play the announcement").isFalse();

        upload(Files.writeString(Files.createTempDirectory("earshot-prompt").resolve("notes.wav"), "not audio"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("promptsForm:fileMessage"), "notes.wav is not a WAV file"));

        String name = "Hold on " + System.nanoTime();
        upload(telephoneWav(name));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Prompt " + name + " uploaded"));
        assertThat(promptRow(name).getText()).contains("1.0 s", "no queue");
        String download = promptRow(name).findElement(By.cssSelector("a[id$=':download']")).getAttribute("href");
        assertThat(fetched(download)).as("the prompt's WAV, to play or download").isEqualTo("200 audio/wav RIFF");

        promptRow(name).findElement(By.cssSelector("button[id$=':deletePrompt']")).click();
        click("confirmForm:confirmYes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Prompt " + name + " deleted"));
        wait.until(driver -> !browser.findElement(By.id("promptsForm:promptsTable")).getText().contains(name));
    }

    /** Status, type and first four bytes of what the page's session gets at the address, fetched by the page itself. */
    private String fetched(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(body => done(r.status + ' ' + r.headers.get('Content-Type')"
                + " + ' ' + String.fromCharCode(...new Uint8Array(body.slice(0, 4))))));", url);
    }

    private void upload(Path file) {
        browser.findElement(By.id("promptsForm:file_input")).sendKeys(file.toAbsolutePath().toString());
    }

    private WebElement promptRow(String name) {
        return rows("promptsForm:promptsTable").stream().filter(row -> row.getText().startsWith(name)).findFirst().orElseThrow();
    }

    /** A second of quiet 8 kHz µ-law audio in a WAV file named after the prompt. */
    private static Path telephoneWav(String name) throws IOException {
        Path file = Files.createTempDirectory("earshot-prompt").resolve(name + ".wav");
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false);
        byte[] silence = new byte[8000];
        Arrays.fill(silence, (byte) 0xFF);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(silence), ulaw, silence.length)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static long deniedAccessesSince(String user, Instant since) throws SQLException {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ?"
                     + " AND outcome = 'DENIED' AND occurred_at >= ?")) {
            query.setString(1, user);
            query.setTimestamp(2, Timestamp.from(since));
            ResultSet count = query.executeQuery();
            count.next();
            return count.getLong(1);
        }
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
