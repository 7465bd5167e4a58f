package org.lpodesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedOnlyWhenRfc4180AsksAndQuotesAreDoubled() {
        assertThat(Csv.escape("plain text")).isEqualTo("plain text");
        assertThat(Csv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.escape("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(Csv.escape("Zoë Ñúñez")).isEqualTo("Zoë Ñúñez");
        assertThat(Csv.escape(null)).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunIsDefusedButNumbersStayNumbers() {
        assertThat(Csv.escape("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.escape("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.escape("@cmd")).isEqualTo("'@cmd");
        assertThat(Csv.escape("-3")).isEqualTo("-3");
        assertThat(Csv.escape("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.escape("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void aRowEndsWithCrLfAndKeepsEmptyCells() throws IOException {
        StringBuilder out = new StringBuilder();
        Csv.row(out, Arrays.asList("a", null, "", "b,c"));
        Csv.row(out, "x");
        assertThat(out.toString()).isEqualTo("a,,,\"b,c\"\r\nx\r\n");
    }
}
