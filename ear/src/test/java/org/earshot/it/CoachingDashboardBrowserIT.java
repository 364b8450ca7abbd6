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
 * The coaching dashboard in headless Chromium, on the demo's coaching (agent2's plan in Billing with a
 * session held and acknowledged and one to come): the manager finds it under Dashboards, sees both charts
 * drawn and no queue to filter by, filters it to the Billing team and sees the tiles the REST API gives for
 * the same filter, opens the plans open in the range and one plan's page (read only), opens the sessions
 * held and downloads them as CSV (every one, streamed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachingDashboardBrowserIT extends ConsoleBrowserTest {

    private static final By PLANS_TILE = By.cssSelector("[id='dashboard:plansOpenTile'] .tile-number");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theManagerFiltersOpensAPlanAndDownloadsTheSessions() throws Exception {
        long billing = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        console.logIn("manager");
        assertThat(browser.findElements(By.cssSelector("[id='menuForm:coachingDashboardLink']"))).as("under Dashboards").hasSize(1);
        console.open("app/dashboards/coaching.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:weeksChart'] canvas")));
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:goalsChart'] canvas"))).hasSize(1);
        assertThat(browser.findElements(By.id("dashboard:queue"))).as("coaching has no queue").isEmpty();

        console.choose("dashboard:team", "Billing");
        console.click("dashboard:apply");
        JsonNode summary = json(get("manager", "dashboards/coaching?team=" + billing)).get("summary");
        long open = summary.get("plansOpen").asLong();
        assertThat(open).as("agent2's plan of the demo at least").isPositive();
        wait.until(ExpectedConditions.textToBe(PLANS_TILE, String.valueOf(open)));
        assertThat(browser.findElement(By.cssSelector("[id='dashboard:sessionsHeldTile'] .tile-number")).getText())
                .isEqualTo(summary.get("sessionsHeld").asText());
        assertThat(browser.findElement(By.cssSelector("[id='dashboard:sessionsAcknowledgedTile'] .tile-number")).getText())
                .isEqualTo(summary.get("sessionsAcknowledged").asText());

        console.click("dashboard:sessionsHeldTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:sessionList"),
                "Sessions held: " + summary.get("sessionsHeld").asLong() + " sessions"));
        assertThat(console.rows("dashboard:sessions")).hasSize((int) Math.min(summary.get("sessionsHeld").asLong(), 50));

        console.click("dashboard:plansOpenTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:planList"), "Plans open in the range: " + open + " plans"));
        assertThat(console.rows("dashboard:plans")).hasSize((int) Math.min(open, 50));
        assertThat(browser.findElement(By.id("dashboard:planList")).getText()).as("the demo's plan").contains("agent2");

        console.click("dashboard:csvSessions");
        List<String> rows = Files.readAllLines(console.downloaded("coaching-sessions-"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("session,plan,agent,team,trainer,");
        assertThat(rows).as("every session held, the sessions last opened").hasSize((int) summary.get("sessionsHeld").asLong() + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).contains(",Billing,").contains(",DONE,"));

        browser.findElement(By.id("dashboard:plans:0:open")).click();
        wait.until(ExpectedConditions.urlContains("app/coaching/plan.xhtml?id="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertThat(browser.findElements(By.id("missing"))).as("the manager reads the plan").isEmpty();
    }
}
