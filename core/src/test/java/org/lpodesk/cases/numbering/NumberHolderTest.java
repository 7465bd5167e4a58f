package org.lpodesk.cases.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberHolderTest {

    @Test
    void aRefusalNamesTheNumberAndTheCaseHoldingIt() {
        NumberHolder holder = new NumberHolder("IMM-2026-00014");
        assertThat(holder.refuseCaseNumber("IMM-2026-00014"))
                .isEqualTo("Case number IMM-2026-00014 is already used by case IMM-2026-00014; nothing was created.");
        assertThat(holder.refuseReceiptNumber("IOE0912345678")).isEqualTo("Receipt number IOE0912345678 already "
                + "belongs to case IMM-2026-00014; a receipt number identifies one filing and cannot be given to a "
                + "second case.");
    }
}
