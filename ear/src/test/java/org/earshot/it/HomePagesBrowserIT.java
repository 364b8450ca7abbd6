package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
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
 * the trainer's totals are those of every page of their caseload, whose agents their home pages through with
 * the overdue actions first; the actions a trainer agreed with agent1 in a session show on agent1's home.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePagesBrowserIT {

    /** TrainerHome.CASELOAD_ROWS: the agents the trainer's home shows a page. */
    private static final int HOME_CASELOAD_PAGE = 5;

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
            assertThat(number(manager, "organizationForm:callsNow"))
                    .isEqualTo(Database.count("SELECT COUNT(*) FROM call_record WHERE state <> 'ENDED'"));
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
        String overdue = "Summarize the call before hanging up " + session;
        HttpResponse<String> held = post("trainer", "coaching/sessions/" + session + "/complete", "{\"notes\":\"Silences\",\"actions\":"
                + "[{\"text\":\"" + action + "\",\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(3) + "\"},"
                + "{\"text\":\"" + overdue + "\",\"dueOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"}]}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        // An action is agreed for a day to come; let a few days pass for one of them (and give it back after: agent1's are counted elsewhere).
        dueInDays(session, overdue, -2);

        Instant monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        long sessionsThisWeek = Database.count("SELECT COUNT(*) FROM coaching_session s JOIN app_user u ON u.id = s.trainer_user_id"
                + " WHERE u.username = 'trainer' AND s.scheduled_at >= ? AND s.scheduled_at < ?", monday.atOffset(ZoneOffset.UTC),
                monday.plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC));
        try {
            List<JsonNode> caseload = everyPage("trainer", "coaching/caseload", 2);
            try (ConsoleBrowser trainer = new ConsoleBrowser()) {
                trainer.logIn("trainer");
                assertThat(sectionsOf(trainer)).containsExactly("trainerForm");
                assertThat(number(trainer, "trainerForm:agents")).as("more agents than the home page shows at once")
                        .isEqualTo(caseload.size()).isGreaterThan(HOME_CASELOAD_PAGE);
                assertThat(number(trainer, "trainerForm:overdueActions")).as("the overdue actions of every page of the caseload")
                        .isEqualTo(caseload.stream().mapToLong(row -> row.get("overdueActions").asLong()).sum()).isPositive();
                assertThat(number(trainer, "trainerForm:sessionsWeek")).isEqualTo(sessionsThisWeek).isPositive();

                List<WebElement> first = trainer.rows("trainerForm:caseload");
                assertThat(first).hasSize(HOME_CASELOAD_PAGE);
                assertThat(first.get(0).getText()).as("the agent with an overdue action first").startsWith("Ana Alves");
                assertThat(first.get(0).findElements(By.tagName("td")).get(6).getText())
                        .as("agent1's latest score: today's evaluation, partly resolved").startsWith("62.50");
                List<String> shown = new ArrayList<>();
                List<Long> overdueShown = new ArrayList<>();
                for (int page = 0; shown.size() < caseload.size(); page++) {
                    if (page > 0) {
                        String firstOfPage = String.valueOf(page * HOME_CASELOAD_PAGE);
                        trainer.driver().findElement(By.cssSelector("[id='trainerForm:caseload'] .ui-paginator-next")).click();
                        trainer.patiently().until(d -> trainer.rows("trainerForm:caseload").get(0).getAttribute("data-ri").equals(firstOfPage));
                    }
                    for (WebElement row : trainer.rows("trainerForm:caseload")) {
                        List<WebElement> cells = row.findElements(By.tagName("td"));
                        shown.add(cells.get(0).getText());
                        overdueShown.add(Long.parseLong(cells.get(5).getText().strip()));
                    }
                }
                assertThat(shown).as("every agent once over the pages").doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(caseload.stream().map(row -> row.get("agentName").asText()).toList());
                assertThat(overdueShown).as("the most overdue actions first").isSortedAccordingTo(Comparator.reverseOrder());
            }
        } finally {
            dueInDays(session, overdue, 1);
        }
        try (ConsoleBrowser agent = new ConsoleBrowser()) {
            agent.logIn("agent1");
            assertThat(agent.driver().findElement(By.id("agentForm:coachingActions")).getText()).contains(action);
        }
    }

    private static void dueInDays(long session, String action, int days) throws Exception {
        try (Connection db = Database.superuser(); PreparedStatement due = db.prepareStatement(
                "UPDATE coaching_action SET due_on = CURRENT_DATE + ? WHERE session_id = ? AND text = ?")) {
            due.setInt(1, days);
            due.setLong(2, session);
            due.setString(3, action);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
    }

    /** Every row of a paged list of the API, read a page of {@code size} at a time. */
    private static List<JsonNode> everyPage(String user, String list, int size) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        long total;
        do {
            JsonNode page = json(get(user, list + "?size=" + size + "&first=" + rows.size()));
            page.get("items").forEach(rows::add);
            total = page.get("total").asLong();
        } while (rows.size() < total);
        return rows;
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
