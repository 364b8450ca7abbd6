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
 * The monitoring dashboard in headless Chromium, on the demo's week of monitoring: the manager finds it
 * under Dashboards, sees the charts drawn, filters it to the Billing team and sees the tiles the REST API
 * gives for the same filter (live tiles included), opens the sessions behind the takeovers and behind the
 * count, and downloads those sessions as CSV (a row per session of the tile) and the by-mode table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringDashboardBrowserIT extends ConsoleBrowserTest {

    private static final By SESSIONS_TILE = By.cssSelector("[id='dashboard:sessionsTile'] .tile-number");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theManagerFiltersDrillsDownAndDownloadsTheSessions() throws Exception {
        long billing = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        console.logIn("manager");
        assertThat(browser.findElements(By.cssSelector("[id='menuForm:monitoringDashboardLink']"))).as("under Dashboards").hasSize(1);
        console.open("app/dashboards/monitoring.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:trendChart'] canvas")));
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:modesChart'] canvas"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:durationsChart'] canvas"))).hasSize(1);

        console.choose("dashboard:team", "Billing");
        console.click("dashboard:apply");
        JsonNode report = json(get("manager", "dashboards/monitoring?team=" + billing));
        JsonNode summary = report.get("summary");
        long sessions = summary.get("sessions").asLong();
        assertThat(sessions).as("the demo's four Billing sessions at least").isGreaterThanOrEqualTo(4);
        wait.until(ExpectedConditions.textToBe(SESSIONS_TILE, String.valueOf(sessions)));
        assertThat(browser.findElement(By.cssSelector("[id='dashboard:takeoversTile'] .tile-number")).getText())
                .isEqualTo(summary.get("takeovers").asText());
        assertThat(browser.findElement(By.cssSelector("[id='dashboard:deniedTile'] .tile-number")).getText())
                .isEqualTo(summary.get("denied").asText());
        assertThat(browser.findElement(By.id("dashboard:monitoredNow")).getText()).isEqualTo(report.get("live").get("monitoredNow").asText());

        console.click("dashboard:takeoversTile");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:drilled")));
        assertThat(console.rows("dashboard:drilled")).hasSize((int) Math.min(summary.get("takeovers").asLong(), 50));
        assertThat(browser.findElement(By.xpath("//tbody[@id='dashboard:drilled_data']/tr[1]/td[8]")).getText()).isEqualTo("TAKEOVER");

        console.click("dashboard:sessionsTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:drill"), "All sessions: " + sessions + " sessions"));
        assertThat(console.rows("dashboard:drilled")).hasSize((int) Math.min(sessions, 50));
        console.click("dashboard:csvSessions");
        List<String> rows = Files.readAllLines(console.downloaded("monitoring-sessions-"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("session,call,day,");
        assertThat(rows).as("a row per session of the tile").hasSize((int) sessions + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).contains(",Billing,"));

        console.click("dashboard:tables:3:csv");
        List<String> modes = Files.readAllLines(console.downloaded("monitoring-modes-"), StandardCharsets.UTF_8);
        assertThat(modes).hasSize(5);
        assertThat(modes.subList(1, 5).stream().mapToLong(m -> Long.parseLong(m.split(",")[1])).sum())
                .as("every session under one mode").isEqualTo(sessions);
    }
}
