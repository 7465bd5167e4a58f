package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialConfidentialityTest {

    @Test
    void anIdentityDocumentWithTheModelsDefaultOrNoLevelBecomesRestrictedPii() {
        assertThat(InitialConfidentiality.of(true, "CONFIDENTIAL")).contains(ConfidentialityLevel.RESTRICTED_PII);
        assertThat(InitialConfidentiality.of(true, null)).contains(ConfidentialityLevel.RESTRICTED_PII);
    }

    @Test
    void aLevelChosenForAnIdentityDocumentIsKept() {
        assertThat(InitialConfidentiality.of(true, "INTERNAL")).isEmpty();
        assertThat(InitialConfidentiality.of(true, "RESTRICTED_PII")).isEmpty();
    }

    @Test
    void otherDocumentsKeepTheirLevel() {
        for (String level : new String[] {null, "INTERNAL", "CONFIDENTIAL", "RESTRICTED_PII"}) {
            assertThat(InitialConfidentiality.of(false, level)).as(level).isEmpty();
        }
    }

    @Test
    void aValueOutsideTheListIsNoChoiceAndIsRaised() {
        // the model's LIST constraint refuses it anyway; the document must not stay below restricted meanwhile
        assertThat(InitialConfidentiality.of(true, "PUBLIC")).contains(ConfidentialityLevel.RESTRICTED_PII);
    }
}
