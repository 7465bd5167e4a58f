package org.lpodesk.outsourcing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_AI_USED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_BENEFICIARY_NAME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_TYPE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED_TOTAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lpodesk.sharing.CaseConsent;

/** What a task form shows of a process that no longer stores it, and of processes that did. */
class TaskFormFactsTest {

    /** One case, "case-1", an EB-1A of Maria Gonzalez. */
    private final CasePort cases = new CasePort() {
        @Override
        public boolean exists(String caseId) {
            return caseId.equals("case-1");
        }

        @Override
        public Optional<CaseConsent> consent(String caseId) {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> deadline(String caseId) {
            return Optional.empty();
        }

        @Override
        public Optional<CaseFacts> facts(String caseId) {
            return exists(caseId) ? Optional.of(new CaseFacts("IMM-2026-00014", "EB1A", "Maria Gonzalez", List.of()))
                    : Optional.empty();
        }
    };

    private final TaskFormFacts facts = new TaskFormFacts(cases);

    @Test
    void theCaseAsItIsNowAndTheWorkSoFarFromTheAssignment() {
        Map<String, Object> process = new HashMap<>();
        process.put(VAR_CASE_ID, "case-1");
        process.put(Assignment.VARIABLE, "requester=paula\ndrafters=asha,ravi\ntotalHours=6.5\naiUsed=true");
        // a copy an old process kept gives way to the case as it is now
        process.put(VAR_CASE_TYPE, "H1B");

        assertThat(facts.of(process::get)).containsExactly(Map.entry(VAR_CASE_TYPE, "EB1A"),
                Map.entry(VAR_BENEFICIARY_NAME, "Maria Gonzalez"), Map.entry(VAR_HOURS_LOGGED_TOTAL, 6.5),
                Map.entry(VAR_AI_USED, true));
    }

    @Test
    void beforeAnyDraftingRoundNoHoursAndNoAiStatementAreShown() {
        Map<String, Object> process = Map.of(VAR_CASE_ID, "case-1", Assignment.VARIABLE, "requester=paula");

        assertThat(facts.of(process::get)).containsOnlyKeys(VAR_CASE_TYPE, VAR_BENEFICIARY_NAME);
    }

    @Test
    void aDraftingRoundWithoutAiShowsNoAiUse() {
        Map<String, Object> process = Map.of(VAR_CASE_ID, "case-1", Assignment.VARIABLE, "drafters=asha\ntotalHours=2.0");

        assertThat(facts.of(process::get)).containsEntry(VAR_AI_USED, false).containsEntry(VAR_HOURS_LOGGED_TOTAL, 2.0);
    }

    @Test
    void anOldProcessWhoseCaseIsGoneShowsWhatItStored() {
        Map<String, Object> process = new HashMap<>();
        process.put(VAR_CASE_ID, "deleted-case");
        process.put(VAR_CASE_TYPE, "H1B");
        process.put(VAR_BENEFICIARY_NAME, "Wei Chen");
        process.put(VAR_HOURS_LOGGED_TOTAL, 3.0);
        process.put(VAR_AI_USED, true);

        assertThat(facts.of(process::get)).containsExactly(Map.entry(VAR_CASE_TYPE, "H1B"),
                Map.entry(VAR_BENEFICIARY_NAME, "Wei Chen"), Map.entry(VAR_HOURS_LOGGED_TOTAL, 3.0),
                Map.entry(VAR_AI_USED, true));
    }

    @Test
    void aRequestWithoutACaseShowsNothing() {
        assertThat(facts.of(name -> null)).isEmpty();
    }
}
