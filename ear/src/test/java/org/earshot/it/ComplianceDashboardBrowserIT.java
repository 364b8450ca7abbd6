package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The compliance dashboard in headless Chromium, on the demo's compliance data (its calls' notices, the Billing call
 * put through without the announcement, a paused recording, legal holds): compliance finds it under Dashboards, sees
 * both charts drawn and the tiles the REST API gives, opens the calls behind the missed announcements and downloads
 * them as CSV (a row per call of the tile), then the legal holds open; the manager sees the holds as not permitted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceDashboardBrowserIT extends ConsoleBrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void complianceDrillsIntoTheMissedAnnouncementsAndDownloadsThem() throws Exception {
        console.logIn("compliance");
        assertThat(browser.findElements(By.cssSelector("[id='menuForm:complianceDashboardLink']"))).as("under Dashboards").hasSize(1);
        console.open("app/dashboards/compliance.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:trendChart'] canvas")));
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:noticesChart'] canvas"))).hasSize(1);

        JsonNode report = json(get("compliance", "dashboards/compliance"));
        JsonNode summary = report.get("summary");
        long missed = summary.get("announcementsMissed").asLong();
        assertThat(missed).as("the demo's call put through without its announcement").isPositive();
        assertThat(text("dashboard:noticesPlayed")).isEqualTo(summary.get("noticesPlayed").asText());
        assertThat(text("dashboard:announcementsMissed")).isEqualTo(String.valueOf(missed));
        assertThat(text("dashboard:recordingsPaused")).isEqualTo(summary.get("recordingsPaused").asText());
        assertThat(text("dashboard:holdsOpen")).isEqualTo(report.get("holds").get("open").asText());
        assertThat(text("dashboard:reviewFindings")).isEqualTo(report.get("reviews").get("findings").asText());

        console.click("dashboard:missedTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:drill"),
                "Calls put through without their announcement: " + missed + " calls"));
        assertThat(console.rows("dashboard:drilledCalls")).hasSize((int) missed);
        console.click("dashboard:csvList");
        List<String> rows = Files.readAllLines(console.downloaded("compliance-calls-"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("call,started,agent,team,queue,answered,notices played,announcement missed");
        assertThat(rows).as("a row per call of the tile").hasSize((int) missed + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.split(",")[7]).as("announcement missed: " + row)
                .isEqualTo("true"));

        console.click("dashboard:holdsTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:drill"), "Legal holds open: "
                + report.get("holds").get("open").asText()));
        assertThat(console.rows("dashboard:drilledHolds")).hasSize(report.get("holds").get("open").asInt());

        console.click("menuForm:logout");
        console.logIn("manager");
        console.open("app/dashboards/compliance.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:holdsNotPermitted")));
        assertThat(browser.findElements(By.id("dashboard:holdsTile"))).isEmpty();
        assertThat(text("dashboard:announcementsMissed")).as("the manager's scope is the whole site")
                .isEqualTo(json(get("manager", "dashboards/compliance")).get("summary").get("announcementsMissed").asText());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
