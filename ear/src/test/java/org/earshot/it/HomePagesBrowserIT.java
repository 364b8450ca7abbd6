package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
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
 * Each role's home page in a real browser: the manager, qa, agent1, sup.billing and the trainer log in and
 * each sees the sections of their own roles, with the numbers the database or the API gives for their
 * scope, and none of the others' sections (an agent sees no organization tiles, a manager no work queue);
 * the actions a trainer agreed with agent1 in a session show on agent1's home.
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

    @Test
    void aTrainerSeesTheirCaseloadAndTheAgentTheActionsAgreed() throws Exception {
        long agent1 = Database.count("SELECT id FROM app_user WHERE username = 'agent1'");
        long plan = activePlanOf(agent1);
        HttpResponse<String> scheduled = post("trainer", "coaching/plans/" + plan + "/sessions",
                "{\"scheduledAt\":\"" + Instant.now() + "\",\"durationMinutes\":30}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        long session = json(scheduled).get("summary").get("id").asLong();
        String action = "Say what you are doing during a silence " + session;
        HttpResponse<String> held = post("trainer", "coaching/sessions/" + session + "/complete", "{\"notes\":\"Silences\",\"actions\":"
                + "[{\"text\":\"" + action + "\",\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\"}]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);

        Instant monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        long sessionsThisWeek = Database.count("SELECT COUNT(*) FROM coaching_session s JOIN app_user u ON u.id = s.trainer_user_id"
                + " WHERE u.username = 'trainer' AND s.scheduled_at >= ? AND s.scheduled_at < ?", monday.atOffset(ZoneOffset.UTC),
                monday.plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC));
        try (ConsoleBrowser trainer = new ConsoleBrowser()) {
            trainer.logIn("trainer");
            assertThat(sectionsOf(trainer)).containsExactly("trainerForm");
            assertThat(number(trainer, "trainerForm:agents")).isEqualTo(json(get("trainer", "coaching/caseload?size=500")).get("total").asLong());
            assertThat(number(trainer, "trainerForm:sessionsWeek")).isEqualTo(sessionsThisWeek).isPositive();
            assertThat(trainer.driver().findElements(By.cssSelector("[id='trainerForm:caseload'] tbody tr")))
                    .filteredOn(row -> row.getText().startsWith("Ana Alves")).singleElement()
                    .satisfies(row -> assertThat(row.findElements(By.tagName("td")).get(6).getText())
                            .as("agent1's latest score: today's evaluation, partly resolved").startsWith("62.50"));
        }
        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.logIn("agent1");
            assertThat(agent.driver().findElement(By.id("agentForm:coachingActions")).getText()).contains(action);
        }
    }

    /** The agent's active coaching plan: the one they have, or a new one of the trainer's. */
    private static long activePlanOf(long agentId) throws Exception {
        HttpResponse<String> created = post("trainer", "coaching/plans", "{\"agentId\":" + agentId + ",\"title\":\"Shorter silences\"}");
        if (created.statusCode() == 201) {
            return json(created).get("summary").get("id").asLong();
        }
        return json(get("trainer", "coaching/plans?agent=" + agentId + "&status=ACTIVE")).get("items").get(0).get("id").asLong();
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
