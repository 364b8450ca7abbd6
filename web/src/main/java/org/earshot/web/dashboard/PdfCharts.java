package org.earshot.web.dashboard;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The charts of a PDF report, drawn with lines and rectangles: a line chart of values in time (one
 * line per series, a legend naming them) and a bar chart of counts per category. Both have their axes
 * titled with their units and ticks labelled.
 */
final class PdfCharts {

    /** One line of a line chart: its name and its values by day (a day without a value breaks the line). */
    record Series(String name, Map<LocalDate, Double> values) {
    }

    private static final float PLOT_HEIGHT = 150;
    private static final float LEFT = 40;
    private static final float ABOVE = 16;
    private static final float BELOW = 30;
    private static final float LEGEND_LINE = 12;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private PdfCharts() {
    }

    /** Lines of values from 0 to {@code maxY} over the days from {@code first} to {@code last}. */
    static void lines(PdfLayout pdf, String yTitle, double maxY, String xTitle, LocalDate first, LocalDate last, List<Series> series)
            throws IOException {
        float top = pdf.reserve(PLOT_HEIGHT + BELOW + ABOVE + LEGEND_LINE * series.size());
        float plotWidth = pdf.width() - LEFT;
        float x0 = PdfLayout.MARGIN + LEFT;
        float y0 = top - ABOVE - PLOT_HEIGHT;
        axes(pdf, x0, y0, plotWidth, yTitle, maxY, xTitle);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        for (LocalDate tick : List.of(first, first.plusDays(span / 2), last)) {
            float x = x0 + plotWidth * ChronoUnit.DAYS.between(first, tick) / span;
            String label = tick.toString();
            pdf.text(PdfLayout.REGULAR, 7, x - PdfLayout.widthOf(PdfLayout.REGULAR, 7, label) / 2, y0 - 10, label);
        }
        PDPageContentStream content = pdf.content();
        for (int i = 0; i < series.size(); i++) {
            Color color = PALETTE[i % PALETTE.length];
            content.setStrokingColor(color);
            content.setNonStrokingColor(color);
            content.setLineWidth(1.5f);
            boolean drawing = false;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Double value = series.get(i).values().get(day);
                if (value == null) {
                    continue;
                }
                float x = x0 + plotWidth * ChronoUnit.DAYS.between(first, day) / span;
                float y = y0 + (float) (PLOT_HEIGHT * value / maxY);
                if (drawing) {
                    content.lineTo(x, y);
                } else {
                    content.moveTo(x, y);
                    drawing = true;
                }
            }
            if (drawing) {
                content.stroke();
            }
            // and a dot per value, so that a single value shows too
            for (Map.Entry<LocalDate, Double> value : series.get(i).values().entrySet()) {
                content.addRect(x0 + plotWidth * ChronoUnit.DAYS.between(first, value.getKey()) / span - 1.5f,
                        y0 + (float) (PLOT_HEIGHT * value.getValue() / maxY) - 1.5f, 3, 3);
            }
            content.fill();
            float legendY = y0 - BELOW - LEGEND_LINE * i;
            content.addRect(x0, legendY, 14, 3);
            content.fill();
            pdf.text(PdfLayout.REGULAR, 8, x0 + 20, legendY - 1, series.get(i).name());
        }
        content.setLineWidth(1);
    }

    /** A bar per category, its count above it. */
    static void bars(PdfLayout pdf, String yTitle, String xTitle, List<String> categories, List<Long> counts) throws IOException {
        float top = pdf.reserve(PLOT_HEIGHT + BELOW + ABOVE + LEGEND_LINE);
        float plotWidth = pdf.width() - LEFT;
        float x0 = PdfLayout.MARGIN + LEFT;
        float y0 = top - ABOVE - PLOT_HEIGHT;
        long maxY = roundTop(counts.stream().mapToLong(Long::longValue).max().orElse(0));
        axes(pdf, x0, y0, plotWidth, yTitle, maxY, xTitle);
        float slot = plotWidth / Math.max(1, categories.size());
        PDPageContentStream content = pdf.content();
        for (int i = 0; i < categories.size(); i++) {
            float x = x0 + i * slot;
            float height = PLOT_HEIGHT * counts.get(i) / maxY;
            content.setNonStrokingColor(PALETTE[0]);
            content.addRect(x + slot * 0.15f, y0, slot * 0.7f, height);
            content.fill();
            String count = String.valueOf(counts.get(i));
            pdf.text(PdfLayout.REGULAR, 7, x + (slot - PdfLayout.widthOf(PdfLayout.REGULAR, 7, count)) / 2, y0 + height + 2, count);
            String label = PdfLayout.fit(PdfLayout.REGULAR, 7, categories.get(i), slot);
            pdf.text(PdfLayout.REGULAR, 7, x + (slot - PdfLayout.widthOf(PdfLayout.REGULAR, 7, label)) / 2, y0 - 10, label);
        }
        content.setNonStrokingColor(PALETTE[0]);
        content.addRect(x0, y0 - BELOW, 14, 6);
        content.fill();
        pdf.text(PdfLayout.REGULAR, 8, x0 + 20, y0 - BELOW, yTitle);
    }

    /** A round top for an axis of counts: 1, 2, 5, 10, 20, 50... at least the largest count. */
    static long roundTop(long most) {
        long top = 1;
        while (top < most) {
            top = String.valueOf(top).startsWith("2") ? top / 2 * 5 : top * 2;
        }
        return top;
    }

    /** The axes with five ticks from 0 to maxY, the y axis titled above it and the x axis on its right. */
    private static void axes(PdfLayout pdf, float x0, float y0, float plotWidth, String yTitle, double maxY, String xTitle) throws IOException {
        PDPageContentStream content = pdf.content();
        content.setStrokingColor(0f);
        content.setLineWidth(0.8f);
        content.moveTo(x0, y0 + PLOT_HEIGHT);
        content.lineTo(x0, y0);
        content.lineTo(x0 + plotWidth, y0);
        content.stroke();
        content.setStrokingColor(0.85f);
        for (int tick = 0; tick <= 4; tick++) {
            float y = y0 + PLOT_HEIGHT * tick / 4;
            double value = maxY * tick / 4;
            String label = value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
            pdf.text(PdfLayout.REGULAR, 7, x0 - 4 - PdfLayout.widthOf(PdfLayout.REGULAR, 7, label), y - 2, label);
            if (tick > 0) {
                content.moveTo(x0, y);
                content.lineTo(x0 + plotWidth, y);
                content.stroke();
            }
        }
        pdf.text(PdfLayout.BOLD, 8, x0 - LEFT, y0 + PLOT_HEIGHT + 8, yTitle);
        pdf.text(PdfLayout.BOLD, 8, x0 + plotWidth - PdfLayout.widthOf(PdfLayout.BOLD, 8, xTitle), y0 - 20, xTitle);
        content.setStrokingColor(0f);
        content.setLineWidth(1);
    }
}
