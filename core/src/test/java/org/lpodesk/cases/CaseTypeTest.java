package org.lpodesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseTypeTest {

    @Test
    void caseTypesCoverTheDomainReference() {
        // DOMAIN.md: EB-1A, EB-1B, EB-1C, EB-2 NIW, EB-2/EB-3 PERM, H-1B (cap, extension, transfer,
        // amendment), L-1, O-1, I-130, I-485, I-765, I-131, N-400, I-290B appeal or motion
        assertThat(CaseType.values()).extracting(CaseType::modelValue).containsExactly(
                "EB1A", "EB1B", "EB1C", "EB2_NIW", "PERM", "H1B_CAP", "H1B_EXTENSION", "H1B_TRANSFER",
                "H1B_AMENDMENT", "L1", "O1", "I130", "I485", "I765", "I131", "N400", "I290B");
    }
}
