package org.lpodesk.api;

import java.io.IOException;
import java.util.List;

/**
 * Writes CSV as RFC 4180 asks (comma separated, CRLF line ends, a cell holding a comma, quote or
 * line break quoted with its quotes doubled) for the web API's downloads. A cell a spreadsheet
 * would run as a formula (starting with = + - @, other than a plain number) is defused with a
 * leading apostrophe: names and rules are typed by people, and a download must never run them.
 */
public final class Csv {

    public static final String EOL = "\r\n";

    private Csv() {
    }

    /** One row; a null cell is empty. */
    public static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        out.append(EOL);
    }

    public static void row(Appendable out, String... cells) throws IOException {
        row(out, java.util.Arrays.asList(cells));
    }

    /** One cell as it is written: defused, then quoted when it must be. */
    public static String escape(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            // Spreadsheet formula injection: a typed string must never run as a formula.
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
