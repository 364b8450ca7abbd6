package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The recording pages in a real browser. Over a real recorded call: the call records link it to its
 * recording; sup.billing finds agent3's call among the recordings (filtered by agent and by longest
 * silence), opens it from its row, sees its speech signals (nobody talked: sipp sends silence), plays
 * it (the player's clock runs), and a marker, in
 * the list beside the player and on the waveform's timeline, takes the player there. And the
 * administrator's recording policies page: a setting the service refuses is shown on its field, a
 * valid one is saved and listed. And the supervisor console's Record, Pause recording and Resume
 * recording buttons on a direct call, which the default policy records only on demand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingPagesBrowserIT {

    private static final double SEEK_TOLERANCE_SECONDS = 0.1;
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void aSupervisorFindsTheCallPlaysItAndAMarkerTakesThePlayerToItsTime() throws Exception {
        RecordedBillingCall recorded = RecordedBillingCall.make();
        try (ConsoleBrowser supervisor = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            // The call records say it was recorded, and link to the recording.
            supervisor.open("app/calls/calls.xhtml");
            assertThat(LocalDateTime.parse(supervisor.driver().findElement(By.id("callsForm:from_input")).getAttribute("value"), PICKER))
                    .as("the list opens on the last week, shown in its filter")
                    .isCloseTo(LocalDateTime.now(ZoneOffset.UTC).minusDays(7), within(2, ChronoUnit.MINUTES));
            supervisor.patiently().until(driver -> driver.findElement(By.id("callsForm:callsTable"))
                    .getAttribute("innerHTML").contains("recording.xhtml?id=" + recorded.id()));

            supervisor.open("app/recordings/recordings.xhtml");
            supervisor.choose("recordingsForm:agent", "agent3 (Carla Costa)");
            // sipp sends silence both ways: its silences are long (a speech-signal filter of the list)
            supervisor.type("recordingsForm:minLongestSilence_input", "1");
            WebElement unfiltered = supervisor.driver().findElement(By.id("recordingsForm:recordingsTable"));
            supervisor.click("recordingsForm:search");
            supervisor.patiently().until(ExpectedConditions.stalenessOf(unfiltered)); // the filtered table replaced it
            supervisor.patiently().until(driver -> driver.findElement(By.id("recordingsForm:recordingsTable"))
                    .getAttribute("innerHTML").contains("recording.xhtml?id=" + recorded.id()));

            // Anywhere on the row opens it: here its caller's cell.
            supervisor.driver().findElement(By.xpath("//a[contains(@href, 'id=" + recorded.id() + "')]/ancestor::tr/td[3]")).click();
            supervisor.patiently().until(ExpectedConditions.urlContains("recording.xhtml?id=" + recorded.id()));
            supervisor.awaitPlayer();
            assertThat(supervisor.driver().findElement(By.id("agent")).getText()).startsWith("agent3");
            assertThat(supervisor.driver().findElement(By.id("nobodyTalked")).getText()).as("its speech signals").isEqualTo("Nobody talked");
            assertThat(supervisor.driver().findElement(By.id("overtalk")).getText()).isEqualTo("0 times, 0.0 s");

            supervisor.click("playPause");
            supervisor.patiently().until(driver -> supervisor.playerTime() > 0.5);
            supervisor.click("playPause");
            assertThat((Boolean) supervisor.script("return window.recordingPlayer.isPlaying()")).isFalse();

            List<WebElement> markers = supervisor.driver().findElements(By.cssSelector("#markerList .recording-marker"));
            WebElement listed = markers.stream().filter(m -> offsetOf(m) > 1.0 && offsetOf(m) < recorded.durationMillis() / 1000.0 - 0.5)
                    .findFirst().orElseThrow(() -> new AssertionError("no marker in the middle of the call"));
            double target = offsetOf(listed);
            listed.click();
            assertThat(supervisor.playerTime()).as("seeked by the marker list").isCloseTo(target, within(SEEK_TOLERANCE_SECONDS));

            supervisor.click("playPause");
            supervisor.patiently().until(driver -> supervisor.playerTime() > target + 0.5);
            supervisor.click("playPause");
            int index = markers.indexOf(listed);
            // The markers plugin draws one <marker> per marker, in the order given; its label is what a click lands on.
            supervisor.driver().findElements(By.cssSelector("#recordingPlayer marker.wavesurfer-marker > div:last-child")).get(index).click();
            assertThat(supervisor.playerTime()).as("seeked by the marker on the timeline").isCloseTo(target, within(SEEK_TOLERANCE_SECONDS));
        }
    }

    @Test
    void theAdministratorSeesARefusedSettingOnItsFieldAndSavesAValidOne() throws Exception {
        JsonNode support = supportPolicy();
        try (ConsoleBrowser admin = new ConsoleBrowser()) {
            admin.logIn("admin");
            admin.open("app/admin/recording-policies.xhtml");
            By supportRow = By.xpath("//tbody[@id='policiesForm:policiesTable_data']/tr[td[1][starts-with(normalize-space(.), 'Support')]]");
            assertThat(admin.driver().findElement(supportRow).getText()).contains("sample (50 %)", "90 days");

            saveSupportRetention(admin, supportRow, "0");
            admin.patiently().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("recordingPolicyForm:retentionDaysMessage"), "Retention must be between 1 and 3650 days"));
            assertThat(admin.driver().findElement(By.id("recordingPolicyDialog")).isDisplayed()).as("kept open to fix it").isTrue();
            assertThat(supportPolicy().get("settings").get("retentionDays").asInt()).as("nothing saved").isEqualTo(90);

            admin.type("recordingPolicyForm:retentionDays", "120");
            admin.click("recordingPolicyForm:save");
            admin.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("recordingPolicyDialog")));
            admin.patiently().until(ExpectedConditions.textToBePresentInElementLocated(supportRow, "120 days"));
            assertThat(supportPolicy().get("settings").get("retentionDays").asInt()).isEqualTo(120);
        } finally {
            Api.put("admin", "recording-policies/" + support.get("queueId").asLong(), support.get("settings").toString());
        }
    }

    @Test
    void aSupervisorRecordsADirectCallOnDemandFromTheConsoleAndPausesIt() throws Exception {
        // agent2's direct call follows the organization default, on demand: not recorded until asked.
        String agent2 = "//tbody[@id='consoleForm:lines_data']/tr[td[1][starts-with(normalize-space(), 'agent2 ')]]";
        try (ConsoleBrowser supervisor = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            supervisor.open("app/monitoring/console.xhtml");
            Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(25));
            try {
                supervisor.patiently().until(ExpectedConditions.textToBe(By.xpath(agent2 + "/td[3]"), "on call"));
                assertThat(supervisor.driver().findElement(By.xpath(agent2)).getText()).doesNotContain("recorded");

                press(supervisor, By.xpath(agent2 + "//button[normalize-space()='Record']"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Recording the call"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(agent2), "recorded"));

                press(supervisor, By.xpath(agent2 + "//button[normalize-space()='Pause recording']"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Recording paused"));
                press(supervisor, By.xpath(agent2 + "//button[normalize-space()='Pause recording']"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                        "The recording is paused already"));
                press(supervisor, By.xpath(agent2 + "//button[normalize-space()='Resume recording']"));
                supervisor.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Recording resumed"));
            } finally {
                call.stopPhones();
            }
        }
    }

    /** Clicks a button that a push may re-render meanwhile: the next poll finds the new one. */
    private static void press(ConsoleBrowser browser, By button) {
        browser.patiently().until(driver -> {
            driver.findElement(button).click();
            return true;
        });
    }

    /** The Support queue's recording policy as the REST API has it. */
    private static JsonNode supportPolicy() throws Exception {
        for (JsonNode policy : Api.json(Api.get("admin", "recording-policies"))) {
            if ("Support".equals(policy.path("queueName").asText())) {
                return policy;
            }
        }
        throw new AssertionError("the demo's Support queue has no recording policy listed");
    }

    private static void saveSupportRetention(ConsoleBrowser admin, By supportRow, String days) {
        admin.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.id("recordingPolicyDialog")));
        admin.patiently().until(ExpectedConditions.elementToBeClickable(admin.driver().findElement(supportRow).findElement(By.tagName("button"))))
                .click();
        // The dialog opens once the edit's Ajax answer has filled the form.
        admin.patiently().until(ExpectedConditions.visibilityOfElementLocated(By.id("recordingPolicyDialog")));
        assertThat(admin.driver().findElement(By.id("recordingPolicyForm")).getText()).contains("queue Support");
        admin.type("recordingPolicyForm:retentionDays", days);
        admin.click("recordingPolicyForm:save");
    }

    private static double offsetOf(WebElement marker) {
        return Long.parseLong(marker.getAttribute("data-offset-ms")) / 1000.0;
    }
}
