package org.earshot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardChoices.Choice;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.EvaluatorCalibration;
import org.earshot.dashboard.QualityReport.FailedQuestion;
import org.earshot.dashboard.QualityReport.SamplingProgress;
import org.earshot.dashboard.QualityReport.ScoreBand;
import org.earshot.dashboard.QualityReport.Summary;
import org.earshot.dashboard.QualityReport.TrendBy;
import org.earshot.dashboard.QualityReport.TrendPeriod;
import org.earshot.dashboard.QualityReport.TrendPoint;
import org.earshot.dashboard.QualityReport.TrendSeries;
import org.junit.jupiter.api.Test;

class QualityPdfTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final DashboardChoices CHOICES = new DashboardChoices(List.of(new Choice(1, "Lisbon")),
            List.of(new Choice(7, "Billing")), List.of(), List.of(new Choice(3, "Ana Alves")), List.of(new Choice(5, "Billing calls")));

    @Test
    void theReportHoldsTheTitleFilterTilesChartsAndTables() throws Exception {
        QualityReport report = new QualityReport(new DashboardFilter(FROM, TO, null, 7L, null, 3L, Set.of(5L)),
                new Summary(1234, 1200, new BigDecimal("81.25"), new BigDecimal("9.40"), 37, new BigDecimal("3.00"), 12,
                        new BigDecimal("0.97"), 4, 6, 2),
                TrendPeriod.DAY, TrendBy.ALL,
                List.of(new TrendSeries(0, "All", List.of(new TrendPoint(FROM, 600, new BigDecimal("80.00")),
                        new TrendPoint(FROM.plusDays(3), 0, null), new TrendPoint(TO, 634, new BigDecimal("82.50"))))),
                List.of(new ScoreBand(0, 0, 10, 37), new ScoreBand(9, 90, 100, 400)),
                List.of(new FailedQuestion(5, "Billing calls", "verified", "Verified the caller’s identity — ≥ 2 facts", 1200, 90, 3,
                        new BigDecimal("7.50"))),
                List.of(new SamplingProgress(2, "Five a week", 11, FROM, 20, 20, 17, new BigDecimal("85.00"))),
                List.of(new EvaluatorCalibration(9, "Quinn QA", 3, new BigDecimal("-2.50"), new BigDecimal("1.25"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        QualityPdf.write(report, CHOICES, "manager", Instant.parse("2026-12-01T09:30:00Z"), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Quality dashboard")
                    .contains("From 2026-11-01 to 2026-11-30 (30 days, UTC)")
                    .contains("Team: Billing").contains("Agent: Ana Alves").contains("Forms: Billing calls")
                    .contains("Generated 2026-12-01 09:30 UTC by manager")
                    .containsPattern("(?m)^Evaluations\\R1234$").containsPattern("(?m)^Mean score \\(of 100\\)\\R81.25$").contains("37 (3.00 %)")
                    .contains("Mean score (points of 100)").contains("Evaluations")
                    .contains("Verified the caller’s identity — ? 2 facts")
                    .contains("Five a week").contains("85.00 %")
                    .contains("Quinn QA").contains("-2.50");
        }
    }

    @Test
    void aFilterOfNothingButTheRangeSaysSo() {
        assertThat(DashboardPdf.filterLines(new DashboardFilter(FROM, TO, null, null, null, null, Set.of()), CHOICES))
                .containsExactly("From 2026-11-01 to 2026-11-30 (30 days, UTC)", "Every site, team, queue, agent and form in scope");
    }

    @Test
    void anIdNotAmongTheChoicesIsShownAsTheId() {
        assertThat(DashboardPdf.filterLines(new DashboardFilter(FROM, TO, 42L, null, null, null, Set.of()), CHOICES))
                .contains("Site: #42");
    }

    @Test
    void longTextIsCutToTheRoomWithAnEllipsis() throws Exception {
        String cut = PdfLayout.fit(PdfLayout.REGULAR, 10, "A question much too long to fit the column", 60);
        assertThat(cut).endsWith("...").startsWith("A quest");
        assertThat(PdfLayout.widthOf(PdfLayout.REGULAR, 10, cut)).isLessThanOrEqualTo(60);
    }
}
