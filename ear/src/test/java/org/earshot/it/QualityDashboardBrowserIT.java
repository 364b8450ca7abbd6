package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The quality dashboard in headless Chromium, on the demo's evaluations: the manager finds it under
 * Dashboards, filters it to the Billing team, sees the tiles the REST API gives for the same filter and
 * the charts drawn, opens the evaluations behind the count and from there one evaluation's page, saves the
 * filter as a set and applies it on a fresh page, downloads the evaluations and the distribution as CSV
 * and finds in them what the dashboard showed, downloads the PDF report and reads the title and the
 * count in it, and deletes the set.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityDashboardBrowserIT extends ConsoleBrowserTest {

    private static final By EVALUATIONS_TILE = By.cssSelector("[id='dashboard:evaluationsTile'] .tile-number");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theManagerFiltersDrillsDownToAnEvaluationAndDownloadsTheCsvAndPdf() throws Exception {
        long billing = Database.count("SELECT id FROM team WHERE name = ?", "Billing");
        console.logIn("manager");
        assertThat(browser.findElements(By.cssSelector("[id='menuForm:qualityDashboardLink']"))).as("under Dashboards").hasSize(1);
        console.open("app/dashboards/quality.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='dashboard:trendChart'] canvas")));
        assertThat(browser.findElements(By.cssSelector("[id='dashboard:distributionChart'] canvas"))).hasSize(1);

        console.choose("dashboard:team", "Billing");
        console.click("dashboard:apply");
        JsonNode summary = json(get("manager", "dashboards/quality?team=" + billing)).get("summary");
        long evaluations = summary.get("evaluations").asLong();
        assertThat(evaluations).as("the demo's three Billing evaluations at least").isGreaterThanOrEqualTo(3);
        wait.until(ExpectedConditions.textToBe(EVALUATIONS_TILE, String.valueOf(evaluations)));
        assertThat(browser.findElement(By.id("dashboard:meanTile")).getText()).contains(summary.get("meanScore").asText());

        console.click("dashboard:evaluationsTile");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:drilled")));
        assertThat(console.rows("dashboard:drilled")).hasSize((int) Math.min(evaluations, 50));
        String opened = browser.findElement(By.id("dashboard:drilled:0:open")).getText();
        String agent = browser.findElement(By.xpath("//tbody[@id='dashboard:drilled_data']/tr[1]/td[3]")).getText();
        console.click("dashboard:drilled:0:open");
        wait.until(ExpectedConditions.textToBe(By.id("agent"), agent));
        assertThat(browser.getCurrentUrl()).endsWith("evaluation.xhtml?id=" + opened);
        assertThat(browser.findElement(By.id("score")).getText()).isNotBlank();

        console.open("app/dashboards/quality.xhtml");
        console.choose("dashboard:team", "Billing");
        console.type("dashboard:name", "Billing this month");
        console.click("dashboard:saveSet");
        console.growlSays("Filter set \"Billing this month\" saved");
        console.open("app/dashboards/quality.xhtml");
        console.choose("dashboard:savedSet", "Billing this month (last 30 days)");
        console.click("dashboard:applySet");
        wait.until(ExpectedConditions.textToBe(By.id("dashboard:team_label"), "Billing"));
        wait.until(ExpectedConditions.textToBe(EVALUATIONS_TILE, String.valueOf(evaluations)));
        console.click("dashboard:csvEvaluations");
        List<String> rows = Files.readAllLines(console.downloaded("quality-evaluations-"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("evaluation,call,day,agent,team,queue,form,score,auto-failed,disputed,state");
        assertThat(rows).as("a row per evaluation of the tile").hasSize((int) evaluations + 1);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(opened + ","));
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).contains(",Billing,"));

        console.click("dashboard:tables:2:csv");
        List<String> bands = Files.readAllLines(console.downloaded("quality-distribution-"), StandardCharsets.UTF_8);
        assertThat(bands).hasSize(11);
        assertThat(bands.subList(1, 11).stream().mapToLong(b -> Long.parseLong(b.substring(b.lastIndexOf(',') + 1))).sum())
                .as("every scored evaluation in a band").isEqualTo(summary.get("scored").asLong());

        console.click("dashboard:pdf");
        try (PDDocument pdf = Loader.loadPDF(console.downloaded("quality-report-").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Quality dashboard").contains("Team: Billing")
                    .containsPattern("(?m)^Evaluations\\R" + evaluations + "$");
        }

        console.click("dashboard:deleteSet");
        console.click("confirmForm:confirmYes");
        console.growlSays("Filter set deleted");
        assertThat(Database.count("SELECT COUNT(*) FROM dashboard_filter_set WHERE name = ?", "Billing this month")).isZero();
    }
}
