package org.earshot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndRowsEndInCrLf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.row("Ana, Alves", "said \"hi\"", "two\nlines", null, 3, new BigDecimal("62.50"), "São");
        csv.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\"Ana, Alves\",\"said \"\"hi\"\"\",\"two\nlines\",,3,62.50,São\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsWrittenAfterAnApostropheAndNumbersAsTheyAre() {
        assertThat(CsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.field("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.field(-2)).isEqualTo("-2");
        assertThat(CsvWriter.field(new BigDecimal("-0.50"))).isEqualTo("-0.50");
    }
}
