package org.earshot.web.dashboard;

import org.earshot.dashboard.QualityReport;
import org.earshot.web.dashboard.QualityDashboardResource.Table;

/** The quality dashboard's tables as CSV, one header row and a row per line of the table. */
final class QualityCsv {

    private QualityCsv() {
    }

    static void write(Table table, QualityReport report, CsvWriter csv) {
        switch (table) {
            case SUMMARY -> {
                var s = report.summary();
                csv.row("evaluations", "scored", "mean score", "score standard deviation", "auto-failed", "auto-failed %", "disputed",
                        "disputed %", "appealed", "upheld", "re-scored");
                csv.row(s.evaluations(), s.scored(), s.meanScore(), s.scoreDeviation(), s.autoFailed(), s.autoFailPercent(), s.disputed(),
                        s.disputePercent(), s.appealed(), s.upheld(), s.reScored());
            }
            case TREND -> {
                csv.row("line", report.period() == QualityReport.TrendPeriod.WEEK ? "week from" : "day", "evaluations", "mean score");
                report.trend().forEach(line -> line.points().forEach(p -> csv.row(line.name(), p.period(), p.evaluations(), p.meanScore())));
            }
            case DISTRIBUTION -> {
                csv.row("score from", "score below", "evaluations");
                report.distribution().forEach(b -> csv.row(b.from(), b.to() == 100 ? "100 (included)" : b.to(), b.evaluations()));
            }
            case QUESTIONS -> {
                csv.row("form", "question", "text", "asked", "failed", "not applicable", "failed %");
                report.failedQuestions().forEach(q -> csv.row(q.form(), q.question(), q.text(), q.asked(), q.failed(), q.notApplicable(),
                        q.failPercent()));
            }
            case SAMPLING -> {
                csv.row("rule", "draw", "period from", "target", "picked", "evaluated", "evaluated %");
                report.sampling().forEach(s -> csv.row(s.rule(), s.drawId(), s.periodStart(), s.target(), s.picked(), s.done(), s.donePercent()));
            }
            case CALIBRATION -> {
                csv.row("evaluator", "sessions", "mean deviation from the reference", "variance of the deviation");
                report.calibration().forEach(c -> csv.row(c.evaluator(), c.sessions(), c.meanDeviation(), c.deviationVariance()));
            }
            case EVALUATIONS -> throw new IllegalArgumentException("The evaluations are streamed from the database, not from the report");
        }
    }
}
