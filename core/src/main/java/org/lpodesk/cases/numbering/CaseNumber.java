package org.lpodesk.cases.numbering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A firm case number, {@code <PREFIX>-<YEAR>-<SEQUENCE>} such as {@code IMM-2026-00042}: the
 * sequence restarts each year and is zero-padded to five digits (wider once a year passes
 * 99999). The repository hands out sequences atomically; this type only formats and parses.
 */
public record CaseNumber(String prefix, int year, long sequence) implements Comparable<CaseNumber> {

    public static final String DEFAULT_PREFIX = "IMM";

    /**
     * The stored form, written verbatim as the model's {@code imm:caseNumberFormat} REGEX so that
     * the repository, the CMIS kit and Share refuse the same values this type refuses: a year
     * from 1900, a sequence of five to nine digits that is not all zeros.
     */
    public static final String PATTERN = "[A-Z]{2,8}-(19[0-9]{2}|[2-9][0-9]{3})-(?!0+$)[0-9]{5,9}";

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");
    private static final Pattern SHAPE = Pattern.compile(PATTERN);
    private static final long MAX_SEQUENCE = 999_999_999L;

    public CaseNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(message("prefix", String.valueOf(prefix)));
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException(message("year", year));
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException(message("sequence", sequence));
        }
    }

    public static CaseNumber parse(String text) {
        String stripped = text == null ? "" : text.strip();
        if (!SHAPE.matcher(stripped).matches()) {
            throw new IllegalArgumentException(message("shape", String.valueOf(text)));
        }
        String[] parts = stripped.split("-");
        return new CaseNumber(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
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
