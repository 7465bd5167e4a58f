package org.lpodesk.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ANumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "A1234567,    A001234567",
        "A12345678,   A012345678",
        "A123456789,  A123456789",
        "A0012345,    A000012345",
        "' A98765432 ', A098765432",
    })
    void sevenToNineDigitsAreNormalisedToNine(String input, String stored) {
        ANumber aNumber = ANumber.parse(input);

        assertThat(aNumber.value()).isEqualTo(stored);
        assertThat(aNumber.digits()).hasSize(9).isEqualTo(stored.substring(1));
        assertThat(aNumber).isEqualTo(ANumber.parse(stored)).hasToString(stored);
    }

    @Test
    void constructorTakesOnlyTheStoredForm() {
        assertThat(new ANumber("A001234567").value()).isEqualTo("A001234567");
        assertThatThrownBy(() -> new ANumber("A1234567")).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.NOT_STORED_FORM))
                .hasMessage("A-Number 'A1234567' has 7 digits; the repository stores A-Numbers with 9 digits: A001234567.");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "A-123-456-789 | SEPARATOR   | A-Number 'A-123-456-789' contains '-' at position 2: write 'A' followed by 7 to 9 digits without spaces or dashes, e.g. A123456789.",
        "A 123456789   | SEPARATOR   | A-Number 'A 123456789' contains ' ' at position 2: write 'A' followed by 7 to 9 digits without spaces or dashes, e.g. A123456789.",
        "123456789     | MISSING_A   | A-Number '123456789' must start with the letter 'A' followed by 7 to 9 digits, e.g. A123456789.",
        "1234567890123 | MISSING_A   | A-Number '1234567890123' must start with the letter 'A', not '1', followed by 7 to 9 digits.",
        "a123456789    | MISSING_A   | A-Number 'a123456789' must start with an upper-case 'A', not 'a'.",
        "B123456789    | MISSING_A   | A-Number 'B123456789' must start with the letter 'A', not 'B', followed by 7 to 9 digits.",
        "A12345X789    | NOT_A_DIGIT | A-Number 'A12345X789' has 'X' at position 7; after the 'A' only digits may follow.",
        "A123456       | DIGIT_COUNT | A-Number 'A123456' has 6 digits after the 'A'; it must have 7 to 9.",
        "A1234567890   | DIGIT_COUNT | A-Number 'A1234567890' has 10 digits after the 'A'; it must have 7 to 9.",
        "A             | DIGIT_COUNT | A-Number 'A' has 0 digits after the 'A'; it must have 7 to 9.",
    })
    void eachParseErrorSaysWhatIsWrongWithTheValue(String input, IdentifierProblem problem, String message) {
        assertThatThrownBy(() -> ANumber.parse(input)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.input()).isEqualTo(input);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(message);
        });
    }

    @Test
    void blankIsRefused() {
        assertThatThrownBy(() -> ANumber.parse("  ")).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.BLANK))
                .hasMessage("An A-Number is required, got '  '.");
        assertThatThrownBy(() -> ANumber.parse(null)).hasMessage("An A-Number is required, got null.");
    }
}
