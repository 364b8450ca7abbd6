package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's home page in a real browser: the manager, qa, agent1 and sup.billing log in and each sees
 * the sections of their own roles, with the numbers the database or the API gives for their scope, and
 * none of the others' sections (an agent sees no organization tiles, a manager no work queue).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePagesBrowserIT {

    private static final List<String> SECTIONS = List.of("organizationForm", "supervisorForm", "evaluatorForm", "trainerForm",
            "adminForm", "agentForm", "statusForm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    /** An evaluation of this week on a call of today, so that the week's tiles and agent1's scores have one at least. */
    @BeforeAll
    static void anEvaluationSubmittedToday() throws Exception {
        BillingScorecard.submittedOn(RecordedCallRows.billingCall("agent1"));
    }

    @Test
    void theManagerSeesTheOrganizationTilesOfTheirScope() throws Exception {
        try (ConsoleBrowser manager = new ConsoleBrowser()) {
            manager.logIn("manager");
            assertThat(sectionsOf(manager)).containsExactly("organizationForm");

            String today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            assertThat(number(manager, "organizationForm:callsToday"))
                    .isEqualTo(json(get("manager", "calls?size=1&from=" + today)).get("total").asLong()).isPositive();
            long week = Database.count("SELECT COUNT(*) FROM evaluation WHERE calibration = FALSE AND state <> 'DRAFT' AND submitted_at >= ?",
                    LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
            assertThat(number(manager, "organizationForm:evaluationsWeek")).isEqualTo(week).isPositive();
            assertThat(number(manager, "organizationForm:openDisputes")).isEqualTo(Database.count(
                    "SELECT COUNT(*) FROM evaluation WHERE calibration = FALSE AND state IN ('DISPUTED', 'APPEALED')"));
            assertThat(number(manager, "organizationForm:monitoredNow"))
                    .isEqualTo(Database.count("SELECT COUNT(DISTINCT call_id) FROM monitoring_session WHERE state = 'CONNECTED'"));
            assertThat(manager.driver().findElement(By.id("qualityDashboardLink")).getAttribute("href"))
                    .endsWith("/app/dashboards/quality.xhtml");
        }
    }

    @Test
    void qaSeesTheirWorkQueue() throws Exception {
        JsonNode queue = json(get("qa", "assignments?size=500")).get("items");
        long assigned = count(queue, "DUE") + count(queue, "OVERDUE");
        try (ConsoleBrowser qa = new ConsoleBrowser()) {
            qa.logIn("qa");
            assertThat(sectionsOf(qa)).containsExactly("evaluatorForm");
            assertThat(number(qa, "evaluatorForm:assigned")).isEqualTo(assigned);
            assertThat(number(qa, "evaluatorForm:overdue")).isEqualTo(count(queue, "OVERDUE"));
            assertThat(number(qa, "evaluatorForm:drafts")).isEqualTo(count(queue, "DRAFT"));
        }
    }

    @Test
    void anAgentSeesTheirOwnScoresAndWhatWaitsForThem() throws Exception {
        JsonNode own = json(get("agent1", "evaluations?size=50")).get("items");
        long waiting = count(own, "SUBMITTED") + count(own, "RESOLVED");
        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.logIn("agent1");
            assertThat(sectionsOf(agent)).containsExactly("agentForm", "statusForm");
            assertThat(agent.rows("agentForm:toAcknowledge")).hasSize((int) waiting);
            assertThat(waiting).isPositive();
            List<WebElement> trend = agent.driver().findElements(By.cssSelector("[id='agentForm:trend'] .score"));
            assertThat(new BigDecimal(trend.get(trend.size() - 1).getText().strip())).as("the newest score last")
                    .isEqualByComparingTo(own.get(0).get("total").decimalValue());
        }
    }

    @Test
    void aSupervisorSeesTheirTeamsNowAndTheirMonitoring() throws Exception {
        long agents = json(get("sup.billing", "agents/live?size=500")).get("total").asLong();
        try (ConsoleBrowser supervisor = new ConsoleBrowser()) {
            supervisor.logIn("sup.billing");
            assertThat(sectionsOf(supervisor)).containsExactly("supervisorForm");
            long shown = 0;
            for (String presence : List.of("onCall", "available", "away", "loggedOut")) {
                shown += number(supervisor, "supervisorForm:" + presence);
            }
            assertThat(shown).as("every agent of their teams, once").isEqualTo(agents).isPositive();
            assertThat(supervisor.driver().findElement(By.id("supervisorForm:sessionsToday")).getText())
                    .contains("My monitoring today");
        }
    }

    private static List<String> sectionsOf(ConsoleBrowser browser) {
        browser.patiently().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".home-section, #statusForm")));
        return SECTIONS.stream().filter(id -> !browser.driver().findElements(By.id(id)).isEmpty()).sorted().toList();
    }

    private static long number(ConsoleBrowser browser, String id) {
        return Long.parseLong(browser.driver().findElement(By.id(id)).getText().strip());
    }

    private static long count(JsonNode items, String stateOrStatus) {
        long found = 0;
        for (JsonNode item : items) {
            if (stateOrStatus.equals(item.path("status").asText(item.path("state").asText()))) {
                found++;
            }
        }
        return found;
    }
}
