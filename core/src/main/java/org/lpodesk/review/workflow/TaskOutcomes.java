package org.lpodesk.review.workflow;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.lpodesk.api.InvalidRequestException;

/**
 * Reads the outcome of a decision task the way Alfresco stores it (a task-local variable named
 * by the task type's {@code bpm:outcomePropertyName}), checks it against the model's values and
 * copies it to the process, where the gateways test it.
 */
public final class TaskOutcomes {

    private TaskOutcomes() {
    }

    /**
     * @return the outcome, copied to the execution
     * @throws IllegalArgumentException naming the task and the allowed values when the outcome is
     *                                  missing or not one of them (the task stays open)
     */
    public static String copyToProcess(DelegateTask task) {
        WorkflowModel.Outcome outcome = WorkflowModel.OUTCOMES.get(task.getFormKey());
        if (outcome == null) {
            throw new IllegalStateException(WorkflowMessages.format("outcome.unknownTaskType",
                    task.getTaskDefinitionKey(), String.valueOf(task.getFormKey())));
        }
        Object value = task.getVariableLocal(outcome.variable());
        if (value == null) {
            value = task.getVariable(outcome.variable());
        }
        if (value == null || String.valueOf(value).isBlank()) {
            throw new InvalidRequestException(WorkflowMessages.format("outcome.missing", task.getName(),
                    outcome.variable(), String.join(", ", outcome.allowedValues())));
        }
        String chosen = String.valueOf(value);
        if (!outcome.allowedValues().contains(chosen)) {
            throw new InvalidRequestException(WorkflowMessages.format("outcome.invalid", chosen, task.getName(),
                    String.join(", ", outcome.allowedValues())));
        }
        DelegateExecution execution = task.getExecution();
        // a round that decides as the previous one did finds its outcome on the process already:
        // writing it again would cost a runtime update, a history update and a detail row for nothing
        if (!chosen.equals(execution.getVariable(outcome.variable()))) {
            execution.setVariable(outcome.variable(), chosen);
        }
        return chosen;
    }
}
