package org.lpodesk.cases.numbering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm case number, {@code <PREFIX>-<YEAR>-<SEQUENCE>} such as {@code IMM-2026-00042}: the
 * sequence restarts each year and is zero-padded to five digits (wider once a year passes
 * 99999). The repository hands out sequences atomically; this type only formats and parses.
 */
public record CaseNumber(String prefix, int year, long sequence) implements Comparable<CaseNumber> {

    public static final String DEFAULT_PREFIX = "IMM";
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern SHAPE = Pattern.compile("([A-Z]{2,8})-([0-9]{4})-([0-9]{5,})");

    public CaseNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(message("prefix", String.valueOf(prefix)));
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException(message("year", year));
        }
        if (sequence < 1) {
            throw new IllegalArgumentException(message("sequence", sequence));
        }
    }

    public static CaseNumber parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(message("shape", String.valueOf(text)));
        }
        return new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }

    /** The counter key: one sequence per prefix and year. */
    public static String counterKey(String prefix, int year) {
        return prefix + "-" + year;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%04d-%05d", prefix, year, sequence);
    }

    @Override
    public int compareTo(CaseNumber o) {
        int c = prefix.compareTo(o.prefix);
        if (c == 0) {
            c = Integer.compare(year, o.year);
        }
        return c != 0 ? c : Long.compare(sequence, o.sequence);
    }

    private static String message(String key, Object value) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lpodesk.cases.numbering.messages", Locale.ROOT);
        return new MessageFormat(bundle.getString("caseNumber." + key), Locale.ROOT).format(new Object[] {value});
    }
}
