package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
 * The operations dashboard in headless Chromium, on the demo's Billing calls (counted by the start-up
 * backfill): the manager finds it under Dashboards, sees the charts drawn, filters it to the Billing team
 * and sees the tiles the REST API gives for the same filter, opens the calls behind the answered tile, and
 * downloads them as CSV (a row per answered call) and the by-team table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsDashboardBrowserIT extends ConsoleBrowserTest {

    private static final By CALLS_TILE = By.id("dashboard:calls");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theManagerFiltersDrillsIntoTheAnsweredCallsAndDownloadsThem() throws Exception {
        long billing = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        console.logIn("manager");
        assertThat(browser.findElements(By.cssSelector("[id='menuForm:operationsDashboardLink']"))).as("under Dashboards").hasSize(1);
        console.open("app/dashboards/operations.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:callsChart'] canvas")));
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:handleChart'] canvas"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:distributionChart'] canvas"))).hasSize(1);

        console.choose("dashboard:team", "Billing");
        console.click("dashboard:apply");
        JsonNode summary = json(get("manager", "dashboards/operations?team=" + billing)).get("summary");
        JsonNode figures = summary.get("figures");
        long calls = figures.get("calls").asLong();
        long answered = figures.get("answered").asLong();
        assertThat(answered).as("the demo's answered Billing calls").isPositive();
        wait.until(ExpectedConditions.textToBe(CALLS_TILE, String.valueOf(calls)));
        assertThat(number("dashboard:meanHandle", " s")).isEqualByComparingTo(figures.get("meanHandleSeconds").decimalValue());
        assertThat(number("dashboard:answeredPercent", " %")).isEqualByComparingTo(figures.get("answeredPercent").decimalValue());
        assertThat(browser.findElement(By.id("dashboard:callsNow")).getText()).isEqualTo(summary.get("callsNow").asText());

        console.click("dashboard:answeredTile");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard:drill"), "Answered calls: " + answered + " calls"));
        assertThat(console.rows("dashboard:drilled")).hasSize((int) Math.min(answered, 50));
        console.click("dashboard:csvCalls");
        List<String> rows = Files.readAllLines(console.downloaded("operations-calls-"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("call,started,agent,team,queue,answered,");
        assertThat(rows).as("a row per answered call of the tile").hasSize((int) answered + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).contains(",Billing,").contains(",true,"));

        console.click("dashboard:tables:2:csv");
        List<String> teams = Files.readAllLines(console.downloaded("operations-teams-"), StandardCharsets.UTF_8);
        assertThat(teams).hasSize(2);
        assertThat(teams.get(1)).startsWith("Billing," + calls + "," + answered + ",");
    }

    /** A tile's number, shown with its unit. */
    private BigDecimal number(String id, String unit) {
        String shown = browser.findElement(By.id(id)).getText();
        assertThat(shown).endsWith(unit);
        return new BigDecimal(shown.substring(0, shown.length() - unit.length()));
    }
}
