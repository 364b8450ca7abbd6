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
import org.earshot.dashboard.OperationsReport;
import org.earshot.dashboard.OperationsReport.DayFigures;
import org.earshot.dashboard.OperationsReport.Figures;
import org.earshot.dashboard.OperationsReport.GroupFigures;
import org.earshot.dashboard.OperationsReport.HandleBand;
import org.earshot.dashboard.OperationsReport.Summary;
import org.junit.jupiter.api.Test;

class OperationsPdfTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    @Test
    void theReportHoldsTheTitleFilterTilesChartsAndTables() throws Exception {
        Figures all = new Figures(40, 30, new BigDecimal("75.00"), new BigDecimal("298.33"), 12, new BigDecimal("56.50"),
                new BigDecimal("41.20"));
        Figures none = new Figures(0, 0, null, null, 0, null, null);
        OperationsReport report = new OperationsReport(new DashboardFilter(FROM, TO, null, null, 3L, null, Set.of()),
                new Summary(all, 10, new BigDecimal("6.10"), new BigDecimal("1.50"), new BigDecimal("12.00"), 4),
                List.of(new DayFigures(FROM, all), new DayFigures(FROM.plusDays(1), none), new DayFigures(TO, all)),
                List.of(new GroupFigures(7, "Billing", all), new GroupFigures(0, null, none)),
                List.of(new GroupFigures(3, "Billing queue", all)),
                List.of(new HandleBand(0, 0, 60, 10), new HandleBand(1, 60, 180, 12), new HandleBand(5, 1200, null, 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OperationsPdf.write(report, new DashboardChoices(List.of(), List.of(), List.of(new Choice(3, "Billing queue")), List.of(), List.of()),
                "manager", Instant.parse("2026-12-01T09:30:00Z"), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Operations dashboard").contains("Queue: Billing queue").contains("Generated 2026-12-01 09:30 UTC by manager")
                    .containsPattern("(?m)^Calls\\R40$").containsPattern("(?m)^Answered\\R30 \\(75.00 %\\)$")
                    .containsPattern("(?m)^Mean handle time\\R298.33 s$").containsPattern("(?m)^Calls now\\R4$")
                    .contains("Calls per day").contains("Mean handle time per day").contains("Handle time of the answered calls")
                    .contains("20+").contains("By team").contains("(none)").contains("Billing queue").contains("56.50 %");
        }
    }
}
