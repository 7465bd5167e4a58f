package org.lpodesk.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lpodesk.cases.PartyKind;

/** Whose data a document carries, for the bulk-data count. */
class DataSubjectsTest {

    private final DataSubjects subjects = new DataSubjects();

    @Test
    void theSameBeneficiaryInTwoCasesOfOneClientIsOnePersonWhateverTheSpelling() {
        Set<String> i130 = subjects.persons(new DataSubjects.CaseParties("client-1", "case-1", "José  Pérez", null,
                null), DataCategory.PERSONAL_IDENTIFIERS);
        Set<String> i485 = subjects.persons(new DataSubjects.CaseParties("client-1", "case-2", "jose perez", null,
                null), DataCategory.PERSONAL_IDENTIFIERS);
        assertThat(i130).hasSize(1).isEqualTo(i485);
    }

    @Test
    void theSameNameUnderAnotherClientIsAnotherPerson() {
        Set<String> one = subjects.persons(new DataSubjects.CaseParties("client-1", "case-1", "Ana Li", null, null),
                DataCategory.HEALTH);
        Set<String> other = subjects.persons(new DataSubjects.CaseParties("client-2", "case-9", "Ana Li", null, null),
                DataCategory.HEALTH);
        assertThat(one).doesNotContainAnyElementsOf(other);
    }

    @Test
    void financialEvidenceIsAlsoTheIndividualPetitionersButNeverAnEmployers() {
        DataSubjects.CaseParties family = new DataSubjects.CaseParties("client-1", "case-1", "Ana Li", "Bo Li",
                PartyKind.INDIVIDUAL);
        DataSubjects.CaseParties employer = new DataSubjects.CaseParties("client-2", "case-2", "Ana Li", "Acme Inc.",
                PartyKind.ORGANIZATION);
        assertThat(subjects.persons(family, DataCategory.FINANCIAL)).hasSize(2);
        assertThat(subjects.persons(family, DataCategory.HEALTH)).hasSize(1);
        assertThat(subjects.persons(employer, DataCategory.FINANCIAL)).hasSize(1);
    }

    @Test
    void aCaseWithoutABeneficiaryNameStillCountsOnePersonAndNoCategoryCountsNone() {
        DataSubjects.CaseParties unnamed = new DataSubjects.CaseParties("client-1", "case-7", null, null, null);
        assertThat(subjects.persons(unnamed, DataCategory.BIOMETRIC)).hasSize(1);
        assertThat(subjects.persons(unnamed, null)).isEmpty();
    }

    @Test
    void theKeysHoldNoNameOrIdOfThePerson() {
        Set<String> keys = subjects.persons(new DataSubjects.CaseParties("client-1", "case-1", "Ana Li", "Bo Li",
                PartyKind.INDIVIDUAL), DataCategory.FINANCIAL);
        assertThat(keys).allSatisfy(k -> assertThat(k).matches("[0-9a-f]{32}").doesNotContain("ana", "client"));
    }
}
