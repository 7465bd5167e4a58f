package org.lpodesk.cmis.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lpodesk.cmis.Messages;

/**
 * A CSV file with a header line (RFC 4180: commas, double quotes around fields that hold commas,
 * quotes or line breaks, {@code ""} for a quote inside).
 */
public final class CsvTable {

    /** One data line: its 1-based line number and its cells by lower-case header name. */
    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> records = parse(in, file);
            if (records.isEmpty()) {
                throw new ImportException(Messages.get("import.csvEmpty", file));
            }
            List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<Row> rows = new ArrayList<>();
            int line = 1;
            for (List<String> record : records.subList(1, records.size())) {
                line++;
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() > header.size()) {
                    throw new ImportException(Messages.get("import.csvTooManyCells", file, line, record.size(),
                            header.size()));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(line, cells));
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static List<List<String>> parse(BufferedReader in, Path file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ImportException(Messages.get("import.csvUnclosedQuote", file));
        }
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
