package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.assertProblem;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.getBytes;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;
import static org.earshot.it.Api.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quality dashboard over evaluations made through the REST API, against the raw evaluations: qa
 * evaluates three Billing calls on a form of the test's own (agent1 100, agent2 62.50, agent1 auto-failed
 * on the verification); the aggregates equal the sums over the evaluations table, and the dashboard says
 * so for the manager; agent2 disputes and sup.billing re-scores to 100: the old revision's contribution
 * leaves, the new one's arrives; compliance deletes the auto-failed evaluation: it leaves the figures,
 * and its failed question the manager's questions failed most (the manager's figures and questions are
 * read from the organization's totals per day and form).
 * Each time the aggregates are compared with the raw queries. Scope: the manager and sup.billing see the
 * Billing evaluations, sup.support none of them and is refused the Billing team (403), agent1 the whole
 * dashboard (403). Bad input: reversed and too long ranges, ids of nothing, values of the wrong shape are
 * 400s on their parameters. The drill-down lists and the CSV export list the evaluations behind a number;
 * the PDF report holds the dashboard's title and count, with the same scope and range checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityDashboardIT {

    /**
     * Every (day, agent, team, queue) of one form's submitted evaluations with their count, score sum, auto-fails and
     * disputes. One form, this test's: other tests move evaluations' times in the database behind the application
     * (EvaluationWindowsIT backdates submissions to run out their windows), which no aggregate can follow.
     */
    private static final String RAW = "SELECT CAST(e.submitted_at AT TIME ZONE 'UTC' AS DATE), e.agent_user_id, COALESCE(u.team_id, 0),"
            + " COALESCE(c.queue_id, 0), v.scorecard_id, COUNT(*), COALESCE(SUM(r.total), 0), SUM(CASE WHEN r.auto_failed THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN EXISTS (SELECT 1 FROM evaluation_dispute d WHERE d.evaluation_id = e.id AND d.tier = 1) THEN 1 ELSE 0 END)"
            + " FROM evaluation e JOIN evaluation_revision r ON r.evaluation_id = e.id"
            + " AND r.number = (SELECT MAX(l.number) FROM evaluation_revision l WHERE l.evaluation_id = e.id)"
            + " JOIN app_user u ON u.id = e.agent_user_id JOIN call_record c ON c.call_id = e.call_id"
            + " JOIN scorecard_version v ON v.id = e.scorecard_version_id WHERE e.state <> 'DRAFT' AND NOT e.calibration"
            + " AND v.scorecard_id = ? GROUP BY 1, 2, 3, 4, 5";
    private static final String AGGREGATE = "SELECT submitted_on, agent_user_id, team_id, queue_id, scorecard_id, evaluations, score_sum, auto_failed,"
            + " disputed FROM quality_day WHERE scorecard_id = ?";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void theDashboardIsTheSumOfTheEvaluationsThroughReScoresAndDeletions() throws Exception {
        long form = BillingScorecard.publish();
        long full = evaluate("agent1", form, "YES", "YES", "resolved");
        long partly = evaluate("agent2", form, "YES", "YES", "partly");
        long failed = evaluate("agent1", form, "YES", "NO", "resolved");
        awaitEveryEvaluationCounted();
        assertTheAggregatesAreTheRawSums(form);
        String ours = range() + "&form=" + form;

        JsonNode summary = json(get("manager", "dashboards/quality?" + ours)).get("summary");
        assertThat(summary.get("evaluations").asLong()).isEqualTo(3);
        assertThat(summary.get("meanScore").decimalValue()).as("(100 + 62.50 + 0) / 3").isEqualByComparingTo("54.17");
        assertThat(summary.get("autoFailed").asLong()).isEqualTo(1);
        assertThat(summary.get("autoFailPercent").decimalValue()).isEqualByComparingTo("33.33");
        JsonNode report = json(get("manager", "dashboards/quality?" + ours));
        assertThat(report.get("distribution").get(0).get("evaluations").asLong()).as("the auto-fail's 0").isEqualTo(1);
        assertThat(report.get("distribution").get(6).get("evaluations").asLong()).as("62.50").isEqualTo(1);
        assertThat(report.get("distribution").get(9).get("evaluations").asLong()).as("100 in the top band").isEqualTo(1);
        JsonNode verified = report.get("failedQuestions").get(0);
        assertThat(verified.get("question").asText()).isEqualTo("verified");
        assertThat(verified.get("asked").asLong()).isEqualTo(3);
        assertThat(verified.get("failed").asLong()).isEqualTo(1);
        assertThat(report.get("trend").get(0).get("points").get(0).get("evaluations").asLong()).isEqualTo(3);
        assertThat(questionTotals(form, "apology")).as("apology hidden: never asked").isEqualTo("0/0/0");
        assertThat(questionTotals(form, "outcome")).as("auto-failed by verified: outcome counts for nothing there").isEqualTo("2/0/0");

        JsonNode topBand = json(get("manager", "dashboards/quality/evaluations?" + ours + "&band=9"));
        assertThat(topBand.get("total").asLong()).isEqualTo(1);
        assertThat(topBand.get("items").get(0).get("evaluationId").asLong()).isEqualTo(full);
        assertThat(json(get("manager", "dashboards/quality/evaluations?" + ours + "&failedQuestion=verified")).get("items").get(0)
                .get("evaluationId").asLong()).isEqualTo(failed);

        // agent2 disputes, sup.billing re-scores: 62.50 leaves, 100 arrives
        assertThat(post("agent2", "evaluations/" + partly + "/dispute", "{\"reason\":\"Resolved\",\"questionKeys\":[\"outcome\"]}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> reScored = post("sup.billing", "evaluations/" + partly + "/resolve", "{\"outcome\":\"RE_SCORED\",\"note\":\"Yes\","
                + answers("YES", "YES", "resolved").substring(1));
        assertThat(reScored.statusCode()).as(reScored.body()).isEqualTo(200);
        assertTheAggregatesAreTheRawSums(form);
        summary = json(get("manager", "dashboards/quality?" + ours)).get("summary");
        assertThat(summary.get("meanScore").decimalValue()).as("(100 + 100 + 0) / 3").isEqualByComparingTo("66.67");
        assertThat(summary.get("disputed").asLong()).isEqualTo(1);
        assertThat(summary.get("reScored").asLong()).isEqualTo(1);
        assertThat(json(get("manager", "dashboards/quality/evaluations?" + ours + "&band=6")).get("total").asLong()).isZero();
        assertThat(json(get("manager", "dashboards/quality/evaluations?" + ours + "&disputed=true")).get("items").get(0)
                .get("evaluationId").asLong()).isEqualTo(partly);

        // compliance deletes the auto-failed evaluation; qa may not
        assertProblem(post("qa", "evaluations/" + failed + "/deletion", "{\"reason\":\"Made in error\"}"), 403);
        assertProblem(post("compliance", "evaluations/" + failed + "/deletion", "{\"reason\":\" \"}"), 400);
        assertThat(post("compliance", "evaluations/" + failed + "/deletion", "{\"reason\":\"Made in error\"}").statusCode()).isEqualTo(204);
        assertProblem(get("qa", "evaluations/" + failed), 404);
        assertTheAggregatesAreTheRawSums(form);
        summary = json(get("manager", "dashboards/quality?" + ours)).get("summary");
        assertThat(summary.get("evaluations").asLong()).isEqualTo(2);
        assertThat(summary.get("autoFailed").asLong()).isZero();
        assertThat(summary.get("meanScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(json(get("manager", "dashboards/quality?" + ours)).get("failedQuestions")).as("verified failed only in the deleted one").isEmpty();
        assertThat(BillingScorecard.auditTrail(failed)).contains("EVALUATION_DELETE compliance SUCCESS");

        // the CSV of the evaluations behind the tiles, and a table
        HttpResponse<String> csv = get("manager", "dashboards/quality/export/evaluations?" + ours);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"quality-evaluations-");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("evaluation,call,day,agent,team,queue,form,score,auto-failed,disputed,state");
        assertThat(csv.body()).contains(full + ",").contains(partly + ",").doesNotContain("\n" + failed + ",");
        assertThat(get("manager", "dashboards/quality/export/distribution?" + ours).body()).contains("90,100 (included),2");
        assertProblem(get("manager", "dashboards/quality/export/everything?" + ours), 400);

        // the PDF report: the title and the tile's count in its text
        HttpResponse<byte[]> pdf = getBytes("manager", "dashboards/quality/report.pdf?" + ours);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"quality-report-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Quality dashboard").contains("Generated ").contains(" by manager");
            assertThat(text).as("the evaluations tile").containsPattern("(?m)^Evaluations\\R2$");
        }
        assertProblem(get("agent1", "dashboards/quality/report.pdf?" + ours), 403);
        assertProblem(get("manager", "dashboards/quality/report.pdf?from=2026-03-01&to=2026-02-01"), 400);

        // scope: the Billing supervisor sees them, the Support supervisor does not, an agent has no dashboard
        assertThat(json(get("sup.billing", "dashboards/quality?" + ours)).get("summary").get("evaluations").asLong()).isEqualTo(2);
        assertThat(json(get("sup.support", "dashboards/quality?" + ours)).get("summary").get("evaluations").asLong()).isZero();
        assertThat(json(get("sup.support", "dashboards/quality/evaluations?" + ours)).get("total").asLong()).isZero();
        long billingTeam = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        assertProblem(get("sup.support", "dashboards/quality?" + ours + "&team=" + billingTeam), 403);
        assertProblem(get("sup.support", "dashboards/quality/export/evaluations?" + ours + "&team=" + billingTeam), 403);
        assertThat(json(get("manager", "dashboards/quality?" + ours + "&team=" + billingTeam)).get("summary").get("evaluations").asLong())
                .isEqualTo(2);
        assertProblem(get("agent1", "dashboards/quality?" + ours), 403);
        assertProblem(get("agent1", "dashboards/quality/evaluations?" + ours), 403);
    }

    @Test
    void badFiltersAreRefusedOnTheirParameters() throws Exception {
        assertThat(field(get("manager", "dashboards/quality?from=2026-03-01&to=2026-02-01"))).isEqualTo("to");
        assertThat(field(get("manager", "dashboards/quality?from=2025-01-01&to=2026-02-01"))).isEqualTo("to");
        assertThat(json(get("manager", "dashboards/quality?from=2025-01-01&to=2026-01-01")).get("summary")).isNotNull();
        assertThat(field(get("manager", "dashboards/quality?from=yesterday"))).isEqualTo("from");
        assertThat(field(get("manager", "dashboards/quality?team=999999"))).isEqualTo("team");
        assertThat(field(get("manager", "dashboards/quality?form=abc"))).isEqualTo("form");
        assertThat(field(get("manager", "dashboards/quality?period=HOUR"))).isEqualTo("period");
        assertThat(field(get("manager", "dashboards/quality/evaluations?band=10"))).isEqualTo("band");
        JsonNode two = assertProblem(get("manager", "dashboards/quality?from=2026-13-01&team=abc"), 400);
        assertThat(two.get("errors")).as("every fault at once").hasSize(2);
        assertThat(field(get("manager", "dashboards/quality?agent=999999"))).isEqualTo("agent");
    }

    @Test
    void eachUserSavesAppliesAndDeletesTheirOwnFilterSets() throws Exception {
        long billingTeam = Database.count("SELECT id FROM team WHERE name = 'Billing'");
        String name = "Billing " + UUID.randomUUID();
        HttpResponse<String> saved = post("manager", "dashboards/filter-sets?from=2026-11-01&to=2026-11-30&team=" + billingTeam,
                "{\"dashboard\":\"quality\",\"name\":\"" + name + "\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        long id = json(saved).get("id").asLong();
        assertThat(json(saved).get("lastDays").asInt()).isEqualTo(30);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/dashboards/filter-sets/" + id);
        JsonNode applied = json(get("manager", "dashboards/filter-sets/" + id));
        assertThat(applied.get("teamId").asLong()).isEqualTo(billingTeam);
        assertThat(applied.get("to").asText()).as("the last 30 days up to today").isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(json(get("manager", "dashboards/filter-sets?dashboard=quality")).get("items"))
                .anySatisfy(s -> assertThat(s.get("name").asText()).isEqualTo(name));

        assertThat(assertProblem(post("manager", "dashboards/filter-sets?team=" + billingTeam, "{\"dashboard\":\"quality\",\"name\":\""
                + name + "\"}"), 409).get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(field(post("manager", "dashboards/filter-sets", "{\"dashboard\":\"quality\",\"name\":\" \"}"))).isEqualTo("name");
        assertThat(field(post("manager", "dashboards/filter-sets?from=2026-02-01&to=2026-01-01", "{\"dashboard\":\"quality\",\"name\":\"x\"}")))
                .isEqualTo("to");
        assertProblem(post("sup.support", "dashboards/filter-sets?team=" + billingTeam, "{\"dashboard\":\"quality\",\"name\":\"x\"}"), 403);
        assertProblem(post("agent1", "dashboards/filter-sets", "{\"dashboard\":\"quality\",\"name\":\"x\"}"), 403);

        assertProblem(get("sup.billing", "dashboards/filter-sets/" + id), 404);
        assertProblem(Api.delete("sup.billing", "dashboards/filter-sets/" + id), 404);
        assertThat(json(get("sup.billing", "dashboards/filter-sets?dashboard=quality")).get("items"))
                .noneSatisfy(s -> assertThat(s.get("name").asText()).isEqualTo(name));
        assertThat(Api.delete("manager", "dashboards/filter-sets/" + id).statusCode()).isEqualTo(204);
        assertProblem(get("manager", "dashboards/filter-sets/" + id), 404);
        assertThat(json(get("admin", "audit?action=dashboard.DASHBOARD_FILTER_SAVE&actor=manager")).get("total").asInt()).isPositive();
        assertThat(json(get("admin", "audit?action=dashboard.DASHBOARD_FILTER_DELETE&actor=manager")).get("total").asInt()).isPositive();
    }

    private static String field(HttpResponse<String> response) throws Exception {
        return assertProblem(response, 400).get("errors").get(0).get("field").asText();
    }

    private static long evaluate(String agent, long form, String greeting, String verified, String outcome) throws Exception {
        UUID recording = RecordedCallRows.billingCall(agent);
        HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + form + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).get("summary").get("id").asLong();
        assertThat(put("qa", "evaluations/" + id + "/answers", answers(greeting, verified, outcome)).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = post("qa", "evaluations/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private static String answers(String greeting, String verified, String outcome) {
        return "{\"answers\":[{\"question\":\"greeting\",\"value\":\"" + greeting + "\"},{\"question\":\"verified\",\"value\":\""
                + verified + "\"},{\"question\":\"outcome\",\"value\":\"" + outcome + "\"}]}";
    }

    /** The demo's evaluations, made before the deployment listened, are counted at start-up. */
    private static void awaitEveryEvaluationCounted() throws Exception {
        Eventually.answer(() -> Database.count("SELECT COUNT(*) FROM evaluation e WHERE e.state <> 'DRAFT' AND NOT e.calibration"
                + " AND NOT EXISTS (SELECT 1 FROM quality_fact f WHERE f.evaluation_id = e.id)"), n -> n == 0, Duration.ofSeconds(30));
    }

    private static void assertTheAggregatesAreTheRawSums(long form) throws Exception {
        assertThat(Database.count("SELECT COUNT(*) FROM (" + RAW + " EXCEPT " + AGGREGATE + ") missing", form, form))
                .as("raw rows the aggregate lacks").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM (" + AGGREGATE + " EXCEPT " + RAW + ") extra", form, form))
                .as("aggregate rows no raw row has").isZero();
        assertThat(Database.count("SELECT COUNT(*) FROM quality_fact WHERE scorecard_id = ?", form)).isEqualTo(Database.count(
                "SELECT COUNT(*) FROM evaluation e JOIN scorecard_version v ON v.id = e.scorecard_version_id"
                        + " WHERE e.state <> 'DRAFT' AND NOT e.calibration AND v.scorecard_id = ?", form));
        String byQuestion = "SELECT submitted_on, question_key, SUM(asked), SUM(failed), SUM(not_applicable) FROM quality_question_day"
                + " WHERE scorecard_id = ? GROUP BY submitted_on, question_key";
        String totals = "SELECT submitted_on, question_key, asked, failed, not_applicable FROM quality_question_total_day WHERE scorecard_id = ?";
        assertThat(Database.count("SELECT COUNT(*) FROM ((" + byQuestion + " EXCEPT " + totals + ") UNION ALL (" + totals + " EXCEPT "
                + byQuestion + ")) differing", form, form, form, form)).as("the organization's question totals are the questions' sums").isZero();
        String byDay = "SELECT submitted_on, SUM(evaluations), SUM(scored), SUM(score_sum), SUM(score_squares), SUM(auto_failed), SUM(disputed),"
                + " SUM(appealed), SUM(upheld), SUM(re_scored), SUM(band_0), SUM(band_1), SUM(band_2), SUM(band_3), SUM(band_4), SUM(band_5),"
                + " SUM(band_6), SUM(band_7), SUM(band_8), SUM(band_9) FROM quality_day WHERE scorecard_id = ? GROUP BY submitted_on";
        String dayTotals = "SELECT submitted_on, evaluations, scored, score_sum, score_squares, auto_failed, disputed, appealed, upheld, re_scored,"
                + " band_0, band_1, band_2, band_3, band_4, band_5, band_6, band_7, band_8, band_9 FROM quality_total_day WHERE scorecard_id = ?";
        assertThat(Database.count("SELECT COUNT(*) FROM ((" + byDay + " EXCEPT " + dayTotals + ") UNION ALL (" + dayTotals + " EXCEPT "
                + byDay + ")) differing", form, form, form, form)).as("the organization's day totals are the days' sums").isZero();
    }

    /** A question's asked/failed/not applicable over every day and agent. */
    private static String questionTotals(long form, String question) throws Exception {
        return Database.count("SELECT COALESCE(SUM(asked), 0) FROM quality_question_day WHERE scorecard_id = ? AND question_key = ?", form, question)
                + "/" + Database.count("SELECT COALESCE(SUM(failed), 0) FROM quality_question_day WHERE scorecard_id = ? AND question_key = ?",
                form, question)
                + "/" + Database.count("SELECT COALESCE(SUM(not_applicable), 0) FROM quality_question_day WHERE scorecard_id = ?"
                + " AND question_key = ?", form, question);
    }

    private static String range() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }
}
