package org.lpodesk.identifier;

import static org.lpodesk.identifier.IdentifierMessages.invalid;
import static org.lpodesk.identifier.IdentifierMessages.isAsciiDigit;
import static org.lpodesk.identifier.IdentifierMessages.shown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A USCIS receipt number: a 3-letter office prefix and 10 digits, 13 characters, e.g.
 * {@code EAC2190012345} or {@code IOE0912345678}. Kept as a string because leading zeros
 * matter. The shape is checked strictly; an office prefix that is not in {@link UscisOffice}
 * is accepted with a {@linkplain #warnings() warning}, since no official list exists.
 *
 * <p>{@link #PATTERN} is the exact shape the constructor accepts; the content model's
 * {@code imm:receiptNumberFormat} REGEX constraint uses the same expression.
 */
public record ReceiptNumber(String value) {

    /** The accepted shape ({@link java.util.regex.Matcher#matches()} semantics). */
    public static final String PATTERN = "[A-Z]{3}[0-9]{10}";

    public static final int LENGTH = 13;

    /** @throws InvalidIdentifierException naming the value and what is wrong with it */
    public ReceiptNumber {
        check(value);
    }

    /**
     * Reads a receipt number typed by a person: surrounding whitespace is ignored, anything
     * else must already have the exact shape.
     *
     * @throws InvalidIdentifierException naming the value and what is wrong with it
     */
    public static ReceiptNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw invalid(input, IdentifierProblem.BLANK, "receipt.blank", shown(input));
        }
        return new ReceiptNumber(input.strip());
    }

    /** The three-letter office prefix, e.g. {@code EAC}. */
    public String officePrefix() {
        return value.substring(0, 3);
    }

    public Optional<UscisOffice> office() {
        return UscisOffice.forPrefix(officePrefix());
    }

    /** Empty unless the office prefix is unknown. */
    public List<IdentifierWarning> warnings() {
        if (office().isPresent()) {
            return List.of();
        }
        return List.of(new IdentifierWarning(IdentifierWarning.Kind.UNKNOWN_OFFICE_PREFIX,
                IdentifierMessages.format("receipt.unknownOffice", value, officePrefix(),
                        String.join(", ", UscisOffice.allPrefixes()))));
    }

    @Override
    public String toString() {
        return value;
    }

    private static void check(String value) {
        if (value == null || value.isBlank()) {
            throw invalid(value, IdentifierProblem.BLANK, "receipt.blank", shown(value));
        }
        int separator = IdentifierMessages.separatorIndex(value);
        if (separator >= 0) {
            throw invalid(value, IdentifierProblem.SEPARATOR, "receipt.separator", value,
                    String.valueOf(value.charAt(separator)), separator + 1);
        }
        if (value.length() != LENGTH) {
            throw invalid(value, IdentifierProblem.WRONG_LENGTH, "receipt.length", value, value.length());
        }
        String prefix = value.substring(0, 3);
        for (int i = 0; i < 3; i++) {
            char c = Character.toUpperCase(prefix.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw invalid(value, IdentifierProblem.PREFIX_NOT_LETTERS, "receipt.prefixLetters", value, prefix);
            }
        }
        if (!prefix.equals(prefix.toUpperCase(Locale.ROOT))) {
            throw invalid(value, IdentifierProblem.PREFIX_NOT_UPPER_CASE, "receipt.prefixCase", value, prefix,
                    prefix.toUpperCase(Locale.ROOT));
        }
        for (int i = 3; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!isAsciiDigit(c)) {
                throw invalid(value, IdentifierProblem.NOT_A_DIGIT, "receipt.digit", value, i + 1, String.valueOf(c));
            }
        }
    }
}
