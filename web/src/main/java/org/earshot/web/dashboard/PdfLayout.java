package org.earshot.web.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a report out on A4 pages from top to bottom: a title, headings, lines, tiles and tables, and
 * room for what {@link PdfCharts} draws. A block that does not fit below the last one starts a new
 * page (a table repeats its header there). Text is in Helvetica, one of the fonts every reader has,
 * so nothing is embedded; a character that font cannot show is written as a question mark.
 */
final class PdfLayout {

    static final float MARGIN = 50;
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LINE = 14;
    private static final float TILE_HEIGHT = 44;
    private static final int TILES_PER_ROW = 4;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** The page to draw a block this high on: this one if it fits, else a new one. Returns the y of the block's top. */
    float reserve(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
        float top = y;
        y -= height;
        return top;
    }

    PDPageContentStream content() {
        return content;
    }

    void title(String text) throws IOException {
        float top = reserve(28);
        text(BOLD, 18, MARGIN, top - 18, text);
    }

    void heading(String text) throws IOException {
        // with the line after it, so that a heading never ends a page
        float top = reserve(26 + LINE);
        y += LINE;
        text(BOLD, 13, MARGIN, top - 20, text);
    }

    void line(String text) throws IOException {
        float top = reserve(LINE);
        text(REGULAR, 10, MARGIN, top - 10, text);
    }

    /** Boxes of a label over a figure, four to a row. */
    void tiles(List<String[]> labelAndValue) throws IOException {
        float tileWidth = (width() - (TILES_PER_ROW - 1) * 8) / TILES_PER_ROW;
        for (int first = 0; first < labelAndValue.size(); first += TILES_PER_ROW) {
            float top = reserve(TILE_HEIGHT + 8);
            for (int i = first; i < Math.min(first + TILES_PER_ROW, labelAndValue.size()); i++) {
                float x = MARGIN + (i - first) * (tileWidth + 8);
                content.setStrokingColor(0.7f);
                content.addRect(x, top - TILE_HEIGHT, tileWidth, TILE_HEIGHT);
                content.stroke();
                text(REGULAR, 8, x + 6, top - 13, fit(REGULAR, 8, labelAndValue.get(i)[0], tileWidth - 12));
                text(BOLD, 15, x + 6, top - 34, fit(BOLD, 15, labelAndValue.get(i)[1], tileWidth - 12));
            }
        }
    }

    /** A table of columns as wide as the shares given (of the page's width); a cell too long is cut short. */
    void table(List<String> header, float[] shares, List<List<String>> rows) throws IOException {
        tableRow(header, shares, BOLD);
        for (List<String> row : rows) {
            if (content == null || y - LINE < MARGIN) {
                newPage();
                tableRow(header, shares, BOLD);
            }
            tableRow(row, shares, REGULAR);
        }
        if (rows.isEmpty()) {
            line("None in the range.");
        }
    }

    private void tableRow(List<String> cells, float[] shares, PDFont font) throws IOException {
        float top = reserve(LINE);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float column = shares[i] * width();
            text(font, 9, x, top - 10, fit(font, 9, cells.get(i), column - 6));
            x += column;
        }
        if (font == BOLD) {
            content.setStrokingColor(0.6f);
            content.moveTo(MARGIN, top - LINE + 1);
            content.lineTo(MARGIN + width(), top - LINE + 1);
            content.stroke();
        }
    }

    /** Writes text with its baseline at y. */
    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        content.setNonStrokingColor(0f);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(showable(font, text));
        content.endText();
    }

    static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(showable(font, text)) / 1000 * size;
    }

    /** The text, cut short with an ellipsis if it is wider than the room. */
    static String fit(PDFont font, float size, String text, float room) throws IOException {
        String shown = showable(font, text);
        if (widthOf(font, size, shown) <= room) {
            return shown;
        }
        while (!shown.isEmpty() && widthOf(font, size, shown + "...") > room) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "...";
    }

    /** The text with each character the font cannot encode (outside WinAnsi) as a question mark, and no line breaks. */
    static String showable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(one);
                shown.append(one);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    void save(OutputStream out) throws IOException {
        try (document) {
            if (content != null) {
                content.close();
            }
            document.save(out);
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
