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
import org.earshot.dashboard.MonitoringReport;
import org.earshot.dashboard.MonitoringReport.DurationBand;
import org.earshot.dashboard.MonitoringReport.Live;
import org.earshot.dashboard.MonitoringReport.ModeDay;
import org.earshot.dashboard.MonitoringReport.ModeSessions;
import org.earshot.dashboard.MonitoringReport.PurposeSessions;
import org.earshot.dashboard.MonitoringReport.Summary;
import org.earshot.dashboard.MonitoringReport.SupervisorDenials;
import org.earshot.dashboard.MonitoringReport.SupervisorSessions;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

class MonitoringPdfTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);
    private static final DashboardChoices CHOICES = new DashboardChoices(List.of(), List.of(new Choice(7, "Billing")), List.of(), List.of(),
            List.of());

    @Test
    void theReportHoldsTheTitleFilterTilesChartsAndTables() throws Exception {
        MonitoringReport report = new MonitoringReport(new DashboardFilter(FROM, TO, null, 7L, null, null, Set.of()),
                new Summary(42, 3, 7260, new BigDecimal("172.86"), 5, 4, 1, 2), new Live(9, 2),
                List.of(ModeDay.of(FROM, 10, 2, 1, 0), ModeDay.of(FROM.plusDays(1), 0, 0, 0, 0), ModeDay.of(TO, 22, 3, 3, 1)),
                List.of(new SupervisorSessions(11, "sup.billing", 40, 7000, new BigDecimal("175.00"), 4, 1)),
                List.of(new ModeSessions(MonitoringMode.LISTEN, 32, new BigDecimal("76.19")), new ModeSessions(MonitoringMode.TAKEOVER, 1,
                        new BigDecimal("2.38"))),
                List.of(new PurposeSessions(MonitoringPurpose.TRAINING, "Training", 30, 6000)),
                List.of(new DurationBand(0, 0, 60L, "under 1 min", 12), new DurationBand(4, 1800, null, "30 min and over", 1)),
                List.of(new SupervisorDenials("sup.support", 3, 2, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MonitoringPdf.write(report, CHOICES, "manager", Instant.parse("2026-12-01T09:30:00Z"), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Monitoring dashboard").contains("From 2026-11-01 to 2026-11-03 (3 days, UTC)").contains("Team: Billing")
                    .contains("Generated 2026-12-01 09:30 UTC by manager")
                    .containsPattern("(?m)^Sessions\\R42$").containsPattern("(?m)^Listened in all\\R121.0 min$")
                    .containsPattern("(?m)^Monitored now\\R2$")
                    .contains("Sessions per day by mode").contains("Takeover").contains("30 min and over")
                    .contains("sup.billing").contains("116.7").contains("Training").contains("sup.support");
        }
    }
}
