package org.lpodesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusTest {

    @Test
    void statusesAreThoseOfTheDomainReferenceInLifeCycleOrder() {
        // DOMAIN.md: intake, document collection, drafting, attorney review, filed, RFE/NOID
        // received, response filed, approved, denied, appealed, withdrawn, closed
        assertThat(CaseStatus.values()).extracting(CaseStatus::modelValue).containsExactly(
                "INTAKE", "DOCUMENT_COLLECTION", "DRAFTING", "ATTORNEY_REVIEW", "FILED", "RFE_NOID_RECEIVED",
                "RESPONSE_FILED", "APPROVED", "DENIED", "APPEALED", "WITHDRAWN", "CLOSED");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "INTAKE              | DOCUMENT_COLLECTION DRAFTING WITHDRAWN",
        "DOCUMENT_COLLECTION | DRAFTING WITHDRAWN",
        "DRAFTING            | DOCUMENT_COLLECTION ATTORNEY_REVIEW WITHDRAWN",
        "ATTORNEY_REVIEW     | DOCUMENT_COLLECTION DRAFTING FILED WITHDRAWN",
        "FILED               | RFE_NOID_RECEIVED APPROVED DENIED WITHDRAWN",
        "RFE_NOID_RECEIVED   | RESPONSE_FILED DENIED WITHDRAWN",
        "RESPONSE_FILED      | RFE_NOID_RECEIVED APPROVED DENIED WITHDRAWN",
        "APPROVED            | RFE_NOID_RECEIVED WITHDRAWN CLOSED",
        "DENIED              | APPEALED CLOSED",
        "APPEALED            | RFE_NOID_RECEIVED APPROVED DENIED WITHDRAWN",
        "WITHDRAWN           | CLOSED",
        "CLOSED              | ''",
    })
    void allowedTransitionsAreExactlyTheTable(CaseStatus from, String next) {
        Set<CaseStatus> expected = next.isBlank() ? EnumSet.noneOf(CaseStatus.class)
                : Arrays.stream(next.trim().split("\\s+")).map(CaseStatus::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));

        assertThat(from.allowedNext()).isEqualTo(expected);
        for (CaseStatus to : CaseStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected.contains(to));
        }
        expected.forEach(to -> assertThat(from.moveTo(to)).isEqualTo(to));
    }

    static Stream<Arguments> illegalPairs() {
        return Arrays.stream(CaseStatus.values()).flatMap(from -> Arrays.stream(CaseStatus.values())
                .filter(to -> to != from && !from.canMoveTo(to)).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @MethodSource("illegalPairs")
    void everyIllegalTransitionIsAnErrorNamingBothStatuses(CaseStatus from, CaseStatus to) {
        assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(IllegalCaseStatusTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.to()).isEqualTo(to);
            assertThat(e.getMessage()).contains(from.name()).contains(to.name());
        });
    }

    @Test
    void illegalTransitionMessageListsWhatIsAllowed() {
        assertThatThrownBy(() -> CaseStatus.FILED.moveTo(CaseStatus.DRAFTING))
                .hasMessage("A case cannot move from FILED to DRAFTING; from FILED it may move to: "
                        + "RFE_NOID_RECEIVED, APPROVED, DENIED, WITHDRAWN.");
        assertThatThrownBy(() -> CaseStatus.CLOSED.moveTo(CaseStatus.INTAKE))
                .hasMessage("A case cannot move from CLOSED to INTAKE: CLOSED is final (open a new case for a new filing).");
        assertThatThrownBy(() -> CaseStatus.DRAFTING.moveTo(CaseStatus.DRAFTING))
                .hasMessage("The case is already DRAFTING; from DRAFTING it may move to: "
                        + "DOCUMENT_COLLECTION, ATTORNEY_REVIEW, WITHDRAWN.");
        assertThatThrownBy(() -> CaseStatus.DENIED.moveTo(null))
                .hasMessage("No target status given for a case in DENIED; from DENIED it may move to: APPEALED, CLOSED.");
    }

    @Test
    void filingRequiresAttorneyReviewFirst() {
        Set<CaseStatus> leadingToFiled = Arrays.stream(CaseStatus.values()).filter(s -> s.canMoveTo(CaseStatus.FILED))
                .collect(Collectors.toSet());
        assertThat(leadingToFiled).containsExactly(CaseStatus.ATTORNEY_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyStatusIsReachableFromIntakeAndCanReachClosed(CaseStatus status) {
        assertThat(reachable(CaseStatus.INTAKE)).contains(status);
        assertThat(reachable(status)).contains(CaseStatus.CLOSED);
    }

    @Test
    void onlyClosedIsFinal() {
        assertThat(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isFinal)).containsExactly(CaseStatus.CLOSED);
    }

    @Test
    void storedValuesReadBackAndUnknownOnesAreNamed() {
        assertThat(CaseStatus.fromModelValue("RFE_NOID_RECEIVED")).isEqualTo(CaseStatus.RFE_NOID_RECEIVED);
        assertThatThrownBy(() -> CaseStatus.fromModelValue("filed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown case status 'filed'; known statuses: INTAKE, DOCUMENT_COLLECTION,");
        assertThatThrownBy(() -> CaseStatus.fromModelValue(null)).hasMessageStartingWith("Unknown case status null;");
    }

    @Test
    void repositoryUpdatesAreCheckedFromTheStoredValues() {
        assertThat(CaseStatus.checkUpdate(null, "FILED")).contains(CaseStatus.FILED);
        assertThat(CaseStatus.checkUpdate("FILED", "FILED")).contains(CaseStatus.FILED);
        assertThat(CaseStatus.checkUpdate("FILED", "RFE_NOID_RECEIVED")).contains(CaseStatus.RFE_NOID_RECEIVED);
        assertThat(CaseStatus.checkUpdate(null, null)).isEmpty();
        assertThatThrownBy(() -> CaseStatus.checkUpdate("FILED", "DRAFTING"))
                .isInstanceOf(IllegalCaseStatusTransitionException.class)
                .hasMessageStartingWith("A case cannot move from FILED to DRAFTING;");
        assertThatThrownBy(() -> CaseStatus.checkUpdate("FILED", null))
                .isInstanceOf(IllegalCaseStatusTransitionException.class)
                .hasMessageStartingWith("No target status given for a case in FILED;");
        assertThatThrownBy(() -> CaseStatus.checkUpdate("FILED", "Filed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unknown case status 'Filed';");
    }

    private static Set<CaseStatus> reachable(CaseStatus start) {
        Set<CaseStatus> seen = EnumSet.of(start);
        Deque<CaseStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (CaseStatus next : todo.pop().allowedNext()) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
