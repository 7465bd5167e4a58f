package org.lpodesk.identifier;

import static org.lpodesk.identifier.IdentifierMessages.invalid;
import static org.lpodesk.identifier.IdentifierMessages.isAsciiDigit;
import static org.lpodesk.identifier.IdentifierMessages.shown;

/**
 * An Alien Registration Number: "A" followed by 7 to 9 digits, stored normalised to 9 digits
 * with leading zeros ({@code A1234567} is stored as {@code A001234567}) so that one person
 * has one stored value and equality queries find it.
 *
 * <p>The constructor accepts only the stored form, {@link #STORED_PATTERN}, which the content
 * model's {@code imm:aNumberFormat} REGEX constraint uses as well; {@link #parse(String)}
 * reads what people write.
 */
public record ANumber(String value) {

    /** The stored form ({@link java.util.regex.Matcher#matches()} semantics). */
    public static final String STORED_PATTERN = "A[0-9]{9}";

    /** The forms {@link #parse(String)} accepts (after trimming surrounding whitespace). */
    public static final String INPUT_PATTERN = "A[0-9]{7,9}";

    public static final int MIN_DIGITS = 7;
    public static final int DIGITS = 9;

    /** @throws InvalidIdentifierException unless {@code value} is in the stored 9-digit form */
    public ANumber {
        String digits = checkInput(value);
        if (digits.length() != DIGITS) {
            throw invalid(value, IdentifierProblem.NOT_STORED_FORM, "anumber.notStored", value, digits.length(),
                    normalise(digits));
        }
    }

    /**
     * Reads an A-Number as people write it ("A" + 7 to 9 digits; surrounding whitespace is
     * ignored) and normalises it to 9 digits.
     *
     * @throws InvalidIdentifierException naming the value and what is wrong with it
     */
    public static ANumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw invalid(input, IdentifierProblem.BLANK, "anumber.blank", shown(input));
        }
        String digits = checkInput(input.strip());
        return new ANumber(normalise(digits));
    }

    /** The 9 digits without the A, e.g. {@code 001234567}. */
    public String digits() {
        return value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String digits) {
        return "A" + "0".repeat(DIGITS - digits.length()) + digits;
    }

    /** Returns the digits after the A, or throws naming what is wrong. */
    private static String checkInput(String value) {
        if (value == null || value.isBlank()) {
            throw invalid(value, IdentifierProblem.BLANK, "anumber.blank", shown(value));
        }
        int separator = IdentifierMessages.separatorIndex(value);
        if (separator >= 0) {
            throw invalid(value, IdentifierProblem.SEPARATOR, "anumber.separator", value,
                    String.valueOf(value.charAt(separator)), separator + 1);
        }
        if (value.charAt(0) != 'A') {
            boolean allDigits = value.chars().allMatch(c -> isAsciiDigit((char) c));
            boolean digitsOnlySuggestion = allDigits && value.length() >= MIN_DIGITS && value.length() <= DIGITS;
            String key = value.charAt(0) == 'a' ? "anumber.lowerA"
                    : digitsOnlySuggestion ? "anumber.missingA" : "anumber.notA";
            throw invalid(value, IdentifierProblem.MISSING_A, key, value, String.valueOf(value.charAt(0)));
        }
        String digits = value.substring(1);
        for (int i = 0; i < digits.length(); i++) {
            if (!isAsciiDigit(digits.charAt(i))) {
                throw invalid(value, IdentifierProblem.NOT_A_DIGIT, "anumber.digit", value, i + 2,
                        String.valueOf(digits.charAt(i)));
            }
        }
        if (digits.length() < MIN_DIGITS || digits.length() > DIGITS) {
            throw invalid(value, IdentifierProblem.DIGIT_COUNT, "anumber.digitCount", value, digits.length());
        }
        return digits;
    }
}
