package org.lpodesk.outsourcing.workflow;

import static org.lpodesk.review.workflow.WorkflowModel.VAR_AI_USED;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_BENEFICIARY_NAME;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_ID;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_CASE_TYPE;
import static org.lpodesk.review.workflow.WorkflowModel.VAR_HOURS_LOGGED_TOTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an outsourcing task's form shows (its {@code immwf:caseFacts}) that the process does not
 * keep as variables of their own: the case's type and beneficiary, read from the case when the
 * form opens (a vendor's associate sees them while the case folder stays closed to the vendor,
 * and they are never stale), and the hours logged and AI use stated so far, read from the
 * assignment state. At Alfresco's history level "full" each of them as a variable cost every
 * process a runtime row, history rows per write and a history lookup and update at its end, for
 * values only a form ever read. Processes that stored them as variables before keep theirs, shown
 * when the case or the state has nothing.
 */
public final class TaskFormFacts {

    /** The variables of a process this reads: the case, the assignment state, and the old copies. */
    public static final List<String> READ = List.of(VAR_CASE_ID, Assignment.VARIABLE, VAR_CASE_TYPE,
            VAR_BENEFICIARY_NAME, VAR_HOURS_LOGGED_TOTAL, VAR_AI_USED);

    private final CasePort cases;

    public TaskFormFacts(CasePort cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /**
     * @param variables the process's variables by name (running or ended), at least {@link #READ}
     * @return by variable name ({@code immwf_caseType}, {@code immwf_beneficiaryName},
     *         {@code immwf_hoursLoggedTotal}, {@code immwf_aiUsed}) what the form shows; a fact
     *         with nothing to show (no case, no drafting round yet) is absent
     */
    public Map<String, Object> of(Function<String, Object> variables) {
        Map<String, Object> shown = new LinkedHashMap<>();
        Object caseId = variables.apply(VAR_CASE_ID);
        Optional<CasePort.CaseFacts> facts = caseId == null ? Optional.empty() : cases.facts(caseId.toString());
        put(shown, VAR_CASE_TYPE, facts.map(CasePort.CaseFacts::caseType).orElse(null), variables);
        put(shown, VAR_BENEFICIARY_NAME, facts.map(CasePort.CaseFacts::beneficiaryName).orElse(null), variables);
        Object stored = variables.apply(Assignment.VARIABLE);
        Assignment assignment = Assignment.parse(stored == null ? null : stored.toString());
        // a drafting round records its drafter, its hours and its AI statement together
        boolean drafted = !assignment.list(Assignment.DRAFTERS).isEmpty();
        put(shown, VAR_HOURS_LOGGED_TOTAL,
                assignment.get(Assignment.TOTAL_HOURS) != null ? assignment.number(Assignment.TOTAL_HOURS) : null,
                variables);
        boolean used = assignment.aiUsed(variables.apply(VAR_AI_USED));
        put(shown, VAR_AI_USED, used ? Boolean.TRUE : drafted ? Boolean.FALSE : null, variables);
        return shown;
    }

    private static void put(Map<String, Object> shown, String name, Object value, Function<String, Object> variables) {
        Object shownValue = value != null ? value : variables.apply(name);
        if (shownValue != null) {
            shown.put(name, shownValue);
        }
    }
}
