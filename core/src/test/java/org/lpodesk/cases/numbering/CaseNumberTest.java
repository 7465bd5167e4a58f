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
}
