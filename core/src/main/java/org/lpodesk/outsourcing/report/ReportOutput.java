package org.lpodesk.outsourcing.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lpodesk.api.InvalidArgumentException;
import org.lpodesk.api.RequestArguments;

/**
 * How a report answers: JSON (everything) or CSV (one table at a time, for the accountant's
 * spreadsheet), from the request's {@code format} and {@code table}.
 */
public record ReportOutput(boolean csv, ReportCsv.Table table) {

    public static ReportOutput parse(RequestArguments args) {
        String format = args.optionalText("format").orElse("json").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidArgumentException("format", Messages.format("query.format.invalid", format));
        }
        String table = args.optionalText("table").orElse("indicators");
        ReportCsv.Table chosen = Arrays.stream(ReportCsv.Table.values())
                .filter(t -> t.name().equalsIgnoreCase(table)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("table", Messages.format("query.table.invalid", table,
                        Arrays.stream(ReportCsv.Table.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")))));
        return new ReportOutput(format.equals("csv"), chosen);
    }
}
