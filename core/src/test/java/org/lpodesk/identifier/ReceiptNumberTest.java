package org.lpodesk.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "EAC2190012345, VERMONT_SERVICE_CENTER",
        "VSC2190012345, VERMONT_SERVICE_CENTER",
        "WAC2190012345, CALIFORNIA_SERVICE_CENTER",
        "CSC2190012345, CALIFORNIA_SERVICE_CENTER",
        "LIN2190012345, NEBRASKA_SERVICE_CENTER",
        "NSC2190012345, NEBRASKA_SERVICE_CENTER",
        "SRC2190012345, TEXAS_SERVICE_CENTER",
        "TSC2190012345, TEXAS_SERVICE_CENTER",
        "MSC2190012345, NATIONAL_BENEFITS_CENTER",
        "NBC2190012345, NATIONAL_BENEFITS_CENTER",
        "IOE0912345678, ELECTRONIC_IMMIGRATION_SYSTEM",
        "YSC2190012345, POTOMAC_SERVICE_CENTER",
    })
    void everyKnownOfficePrefixIsRecognisedWithoutWarning(String input, UscisOffice office) {
        ReceiptNumber receipt = ReceiptNumber.parse(input);

        assertThat(receipt.value()).isEqualTo(input);
        assertThat(receipt.officePrefix()).isEqualTo(input.substring(0, 3));
        assertThat(receipt.office()).contains(office);
        assertThat(receipt.warnings()).isEmpty();
    }

    @Test
    void twelveKnownPrefixes() {
        assertThat(UscisOffice.allPrefixes()).containsExactlyInAnyOrder(
                "EAC", "VSC", "WAC", "CSC", "LIN", "NSC", "SRC", "TSC", "MSC", "NBC", "IOE", "YSC");
    }

    @Test
    void leadingZerosAreKeptBecauseTheValueIsAString() {
        ReceiptNumber receipt = ReceiptNumber.parse("IOE0000000001");

        assertThat(receipt.value()).isEqualTo("IOE0000000001").hasSize(13);
        assertThat(receipt).hasToString("IOE0000000001");
    }

    @Test
    void unknownOfficePrefixIsOnlyAWarning() {
        ReceiptNumber receipt = ReceiptNumber.parse("ABC1234567890");

        assertThat(receipt.value()).isEqualTo("ABC1234567890");
        assertThat(receipt.office()).isEmpty();
        assertThat(receipt.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(IdentifierWarning.Kind.UNKNOWN_OFFICE_PREFIX);
            assertThat(w.message()).isEqualTo("USCIS receipt number 'ABC1234567890' has the office prefix 'ABC', which is "
                    + "not a known USCIS office (EAC, VSC, WAC, CSC, LIN, NSC, SRC, TSC, MSC, NBC, IOE, YSC); "
                    + "check it against the notice.");
        });
    }

    @Test
    void parseIgnoresSurroundingWhitespaceOnly() {
        assertThat(ReceiptNumber.parse("  MSC2190012345\t").value()).isEqualTo("MSC2190012345");
        assertThatThrownBy(() -> new ReceiptNumber(" MSC2190012345")).isInstanceOf(InvalidIdentifierException.class);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "EAC-21-900-12345 | SEPARATOR             | USCIS receipt number 'EAC-21-900-12345' contains '-' at position 4: write its 13 characters without spaces or dashes, e.g. EAC2190012345.",
        "EAC 2190012345   | SEPARATOR             | USCIS receipt number 'EAC 2190012345' contains ' ' at position 4: write its 13 characters without spaces or dashes, e.g. EAC2190012345.",
        "EAC219001234     | WRONG_LENGTH          | USCIS receipt number 'EAC219001234' has 12 characters; it must have 13: a 3-letter office prefix and 10 digits, e.g. EAC2190012345.",
        "EAC21900123456   | WRONG_LENGTH          | USCIS receipt number 'EAC21900123456' has 14 characters; it must have 13: a 3-letter office prefix and 10 digits, e.g. EAC2190012345.",
        "2190012345EAC    | PREFIX_NOT_LETTERS    | USCIS receipt number '2190012345EAC' must start with 3 letters (the office prefix, e.g. EAC, WAC, LIN, SRC, MSC, IOE), not '219'.",
        "E4C2190012345    | PREFIX_NOT_LETTERS    | USCIS receipt number 'E4C2190012345' must start with 3 letters (the office prefix, e.g. EAC, WAC, LIN, SRC, MSC, IOE), not 'E4C'.",
        "eac2190012345    | PREFIX_NOT_UPPER_CASE | USCIS receipt number 'eac2190012345' has the office prefix 'eac' in lower case; write it as 'EAC'.",
        "EAC21900123O5    | NOT_A_DIGIT           | USCIS receipt number 'EAC21900123O5' has 'O' at position 12; the 10 characters after the office prefix must be digits.",
        "EACA190012345    | NOT_A_DIGIT           | USCIS receipt number 'EACA190012345' has 'A' at position 4; the 10 characters after the office prefix must be digits.",
    })
    void eachParseErrorSaysWhatIsWrongWithTheValue(String input, IdentifierProblem problem, String message) {
        assertThatThrownBy(() -> ReceiptNumber.parse(input)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.input()).isEqualTo(input);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(message);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsRefused(String input) {
        assertThatThrownBy(() -> ReceiptNumber.parse(input)).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.BLANK))
                .hasMessage("A USCIS receipt number is required, got '" + input + "'.");
        assertThatThrownBy(() -> ReceiptNumber.parse(null)).hasMessage("A USCIS receipt number is required, got null.");
    }

    @Test
    void nonAsciiDigitsAreNotDigits() {
        // U+0663 ARABIC-INDIC DIGIT THREE: Character.isDigit would accept it, USCIS does not
        assertThatThrownBy(() -> ReceiptNumber.parse("EAC219001234\u0663"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.NOT_A_DIGIT));
    }
}
