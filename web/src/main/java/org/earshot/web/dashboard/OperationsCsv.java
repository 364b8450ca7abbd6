package org.earshot.web.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.OperationsDashboard;
import org.earshot.dashboard.OperationsDrill;
import org.earshot.dashboard.OperationsReport;
import org.earshot.dashboard.OperationsReport.Figures;
import org.earshot.web.dashboard.OperationsDashboardResource.Table;

/** The operations dashboard's tables as CSV, one header row and a row per line; the calls streamed from the database. */
final class OperationsCsv {

    private static final List<String> FIGURES = List.of("calls", "answered", "answered %", "mean handle time (s)", "calls with speech",
            "mean agent talk %", "mean silence per call (s)");

    private OperationsCsv() {
    }

    static void write(Table table, OperationsReport report, CsvWriter csv) {
        switch (table) {
            case SUMMARY -> {
                var s = report.summary();
                csv.row(header(List.of(), List.of("not answered", "mean longest silence (s)", "mean overtalk (s)", "mean hold (s)",
                        "calls now")));
                csv.row(values(List.of(), s.figures(), s.notAnswered(), s.meanLongestSilenceSeconds(), s.meanOvertalkSeconds(),
                        s.meanHoldSeconds(), s.callsNow()));
            }
            case TREND -> {
                csv.row(header(List.of("day"), List.of()));
                report.trend().forEach(d -> csv.row(values(List.of(d.day()), d.figures())));
            }
            case TEAMS, QUEUES -> {
                csv.row(header(List.of(table == Table.TEAMS ? "team" : "queue"), List.of()));
                (table == Table.TEAMS ? report.teams() : report.queues()).forEach(g -> csv.row(values(Arrays.asList(g.name()), g.figures())));
            }
            case DISTRIBUTION -> {
                csv.row("handle time from (s)", "to (s)", "answered calls");
                report.distribution().forEach(b -> csv.row(b.fromSeconds(), b.toSeconds(), b.calls()));
            }
            case CALLS -> throw new IllegalArgumentException("The calls are streamed from the database, not from the report");
        }
    }

    /** Every call behind the number, a row each as the database hands them over, after a header. */
    static void calls(CsvWriter csv, OperationsDashboard operations, DashboardScope scope, OperationsDrill drill) {
        csv.row("call", "started", "agent", "team", "queue", "answered", "handle time (s)", "agent talk %", "silence (s)", "disposition");
        operations.eachCall(scope, drill, c -> csv.row(c.callId(), c.startedAt(), c.agent(), c.team(), c.queue(), c.answered(),
                c.handleSeconds(), c.agentTalkPercent(), c.silenceSeconds(), c.disposition()));
    }

    /** The columns before the figures', the figures' and those after. */
    private static Object[] header(List<String> before, List<String> after) {
        return Stream.of(before, FIGURES, after).flatMap(List::stream).toArray();
    }

    /** The values before the figures (one, or none), the figures' and those after, in the header's order. */
    private static Object[] values(List<Object> before, Figures f, Object... after) {
        return Stream.of(before, Arrays.asList(f.calls(), f.answered(), f.answeredPercent(), f.meanHandleSeconds(), f.withSpeech(),
                f.meanAgentTalkPercent(), f.meanSilenceSeconds()), Arrays.asList(after)).flatMap(List::stream).toArray();
    }
}
