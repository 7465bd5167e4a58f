package org.lpodesk.cases.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void formatsWithFiveDigitsAndParsesBack() {
        CaseNumber n = new CaseNumber("IMM", 2026, 42);
        assertThat(n).hasToString("IMM-2026-00042");
        assertThat(CaseNumber.parse(" IMM-2026-00042 ")).isEqualTo(n);
        assertThat(new CaseNumber("IMM", 2026, 123456)).hasToString("IMM-2026-123456");
        assertThat(CaseNumber.counterKey("IMM", 2026)).isEqualTo("IMM-2026");
    }

    @Test
    void malformedNumbersAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> CaseNumber.parse("IMM-26-42")).hasMessageContaining("'IMM-26-42'")
                .hasMessageContaining("PREFIX-YYYY-NNNNN");
        assertThatThrownBy(() -> new CaseNumber("imm", 2026, 1)).hasMessageContaining("'imm'");
        assertThatThrownBy(() -> new CaseNumber("IMM", 2026, 0)).hasMessageContaining("0");
    }

    @Test
    void aSequenceOfAllZerosOrMoreThanNineDigitsOrAnOutOfRangeYearIsNotACaseNumber() {
        for (String bad : new String[] {"IMM-2026-00000", "IMM-2026-1234567890", "IMM-1899-00001", "IMM-2026-0001",
                "I-2026-00001", "IMMIGRATI-2026-00001", "IMM-2026-00001-A", "2026-014"}) {
            assertThatThrownBy(() -> CaseNumber.parse(bad)).as(bad).hasMessageContaining("'" + bad + "'");
        }
        assertThat(CaseNumber.parse("IMM-1900-999999999")).isEqualTo(new CaseNumber("IMM", 1900, 999_999_999L));
        assertThatThrownBy(() -> new CaseNumber("IMM", 2026, 1_000_000_000L)).hasMessageContaining("999999999");
    }
}
